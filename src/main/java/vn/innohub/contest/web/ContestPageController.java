package vn.innohub.contest.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.contest.internal.AudienceVote;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/**
 * Public contest pages: open calls, the archive of past contests with their winners, one contest's page and its
 * audience vote.
 */
@Controller
class ContestPageController {

  private final ContestService contests;
  private final AudienceVote audience;
  private final CurrentUser currentUser;
  private final Messages messages;

  ContestPageController(ContestService contests, AudienceVote audience, CurrentUser currentUser, Messages messages) {
    this.contests = contests;
    this.audience = audience;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** An application in the audience vote as shown publicly; {@code votes} only after publication. */
  record Candidate(long id, String title, String name, Long votes) {}

  /** A winner as shown publicly: rank, prize, idea and the applicant's name. */
  record Winner(int rank, String prize, String title, String name) {}

  @GetMapping("/cuoc-thi")
  String list(Model model) {
    List<Contest> all = contests.announced();
    model.addAttribute("open", all.stream().filter(c -> !c.resultsPublished()).toList());
    model.addAttribute("archive", all.stream().filter(Contest::resultsPublished).toList());
    return "contest/list";
  }

  @GetMapping("/cuoc-thi/{slug}")
  String contest(@PathVariable String slug, Model model) {
    Contest c = contests.announcedBySlug(slug);
    model.addAttribute("contest", c);
    model.addAttribute("spec", c.spec());
    model.addAttribute("open", c.intakeOpen(contests.now(), contests.zone()));
    model.addAttribute("closed", !contests.now().isBefore(c.getIntakeEnd()));
    model.addAttribute("deadline", vn.innohub.shared.text.VnFormat.DATE_TIME.format(
        c.getIntakeEnd().atZone(contests.zone())));
    List<Winner> winners = !c.resultsPublished() ? List.of() : contests.applicationsOf(c.getId()).stream()
        .filter(a -> a.getAward() != null)
        .sorted(java.util.Comparator.comparing(ContestApplication::getAwardRank))
        .map(a -> new Winner(a.getAwardRank(), a.getAward(), a.getTitle(),
            a.getApplicantName() != null ? a.getApplicantName() : contests.displayName(a.getOwnerUserId())))
        .toList();
    model.addAttribute("winners", winners);
    audienceVote(c, model);
    return "contest/contest";
  }

  private void audienceVote(Contest c, Model model) {
    AudienceVote.Window window = audience.window(c, contests.now());
    model.addAttribute("voteWindow", window);
    if (window == AudienceVote.Window.OFF) {
      return;
    }
    if (window == AudienceVote.Window.CLOSED) {
      List<AudienceVote.Tally> tally = audience.tally(c);
      model.addAttribute("candidates", tally.stream().map(t -> candidate(t.application(), t.votes())).toList());
      model.addAttribute("audiencePrize", audience.prize(c).map(t -> candidate(t.application(), t.votes())).orElse(null));
    } else {
      model.addAttribute("candidates", audience.candidates(c).stream().map(a -> candidate(a, null)).toList());
    }
    currentUser.get().flatMap(me -> audience.votedFor(c.getId(), me.userId()))
        .ifPresent(id -> model.addAttribute("myVote", id));
  }

  /** A blind contest names no applicant publicly until its results are published (judges could look them up). */
  private Candidate candidate(ContestApplication a, Long votes) {
    Contest c = contests.contest(a.getContestId());
    String name = c.spec().settings().blind() && !c.resultsPublished() ? null
        : a.getApplicantName() != null ? a.getApplicantName() : contests.displayName(a.getOwnerUserId());
    return new Candidate(a.getId(), a.getTitle(), name, votes);
  }

  /** Bình chọn: one vote per verified member account per contest, until results are published. */
  @PostMapping("/cuoc-thi/{slug}/binh-chon")
  String vote(@PathVariable String slug, @RequestParam(required = false) Long applicationId,
      jakarta.servlet.http.HttpServletRequest request, RedirectAttributes flash) {
    Actor me = currentUser.require();
    contests.announcedBySlug(slug);
    try {
      if (applicationId == null) {
        throw DomainException.invalid("contest.vote.notCandidate");
      }
      audience.vote(slug, applicationId, me, request.getRemoteAddr());
      flash.addFlashAttribute("notice", messages.get("contest.vote.thanks"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
      if ("contest.vote.unverified".equals(e.code())) {
        flash.addFlashAttribute("voteUnverified", true);
      }
    }
    return "redirect:/cuoc-thi/" + slug + "#audienceVote";
  }
}
