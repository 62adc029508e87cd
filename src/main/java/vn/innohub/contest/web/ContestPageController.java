package vn.innohub.contest.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestService;

/** Public contest pages: open calls, the archive of past contests with their winners, and one contest's page. */
@Controller
class ContestPageController {

  private final ContestService contests;

  ContestPageController(ContestService contests) {
    this.contests = contests;
  }

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
    model.addAttribute("open", c.intakeOpen(contests.now()));
    model.addAttribute("closed", !contests.now().isBefore(c.getIntakeEnd()));
    model.addAttribute("deadline", vn.innohub.shared.text.VnFormat.DATE_TIME.format(
        c.getIntakeEnd().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
    List<Winner> winners = !c.resultsPublished() ? List.of() : contests.applicationsOf(c.getId()).stream()
        .filter(a -> a.getAward() != null)
        .sorted(java.util.Comparator.comparing(ContestApplication::getAwardRank))
        .map(a -> new Winner(a.getAwardRank(), a.getAward(), a.getTitle(),
            a.getApplicantName() != null ? a.getApplicantName() : contests.displayName(a.getOwnerUserId())))
        .toList();
    model.addAttribute("winners", winners);
    return "contest/contest";
  }
}
