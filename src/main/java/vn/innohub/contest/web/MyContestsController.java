package vn.innohub.contest.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.contest.internal.ApplicationFile;
import vn.innohub.contest.internal.Certificates;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestApplication.Facts;
import vn.innohub.shared.FieldErrors;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.Judging;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** A member's applications: fill the form, save drafts, upload files, invite co-members, submit, see results. */
@Controller
class MyContestsController {

  private final ContestService contests;
  private final Judging judging;
  private final Certificates certificates;
  private final CurrentUser currentUser;
  private final Messages messages;

  MyContestsController(ContestService contests, Judging judging, Certificates certificates, CurrentUser currentUser,
      Messages messages) {
    this.contests = contests;
    this.judging = judging;
    this.certificates = certificates;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/me/contests")
  String mine(Model model) {
    Actor actor = currentUser.require();
    model.addAttribute("applications", contests.mine(actor));
    model.addAttribute("invitations", contests.invitations(actor));
    Map<Long, Contest> byId = new HashMap<>();
    contests.all().forEach(c -> byId.put(c.getId(), c));
    model.addAttribute("contestsById", byId);
    Map<Long, ContestApplication> invited = new HashMap<>();
    contests.invitations(actor).forEach(m -> invited.put(m.getId(), contests.getApplication(m.getApplicationId())));
    model.addAttribute("invitedTo", invited);
    return "contest/my-list";
  }

  @PostMapping("/me/contests/{slug}/apply")
  org.springframework.web.servlet.View apply(@PathVariable String slug, RedirectAttributes redirect) {
    try {
      // 303 to the member's one application, also for the second click of a double-click.
      ContestApplication a = contests.apply(slug, currentUser.require());
      var to = new org.springframework.web.servlet.view.RedirectView("/me/contests/applications/" + a.getId(), true);
      to.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
      return to;
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
      return new org.springframework.web.servlet.view.RedirectView("/cuoc-thi/" + slug, true);
    }
  }

  @GetMapping("/me/contests/applications/{id}")
  String edit(@PathVariable long id, Model model) {
    ContestApplication a = contests.application(id, currentUser.require());
    return page(model, a, a.facts(), a.answers(), Map.of());
  }

  private String page(Model model, ContestApplication a, Facts facts, Map<String, String> answers,
      Map<String, String> errors) {
    Contest c = contests.contest(a.getContestId());
    Actor actor = currentUser.require();
    model.addAttribute("contest", c);
    model.addAttribute("spec", c.spec());
    model.addAttribute("app", a);
    model.addAttribute("facts", facts);
    model.addAttribute("answers", answers);
    model.addAttribute("errors", errors);
    model.addAttribute("owner", a.getOwnerUserId() == actor.userId());
    model.addAttribute("open", contests.now().isBefore(c.getIntakeEnd()));
    model.addAttribute("files", contests.files(a.getId()));
    model.addAttribute("team", contests.team(a.getId()));
    model.addAttribute("names", names(a));
    model.addAttribute("scores", judging.ownScores(a.getId(), actor));
    model.addAttribute("certificate", Certificates.earned(c, a));
    model.addAttribute("deadline", vn.innohub.shared.text.VnFormat.DATE_TIME.format(
        c.getIntakeEnd().atZone(contests.zone())));
    return "contest/application-edit";
  }

  private Map<Long, String> names(ContestApplication a) {
    Map<Long, String> names = new HashMap<>();
    // Keyed by invitation: an accepted member by their name, one still waiting by the address the owner typed.
    contests.team(a.getId()).forEach(m -> names.put(m.getId(),
        m.getUserId() != null ? contests.displayName(m.getUserId()) : m.getEmail()));
    return names;
  }

  @PostMapping("/me/contests/applications/{id}")
  String save(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    ContestApplication a = contests.application(id, actor);
    Map<String, String> answers = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith("answer-")) {
        answers.put(k.substring("answer-".length()), v);
      }
    });
    Map<String, String> errors = new LinkedHashMap<>();
    Facts facts = facts(params, errors);
    if (!errors.isEmpty()) {
      return page(model, a, facts, answers, errors);
    }
    long version;
    try {
      version = Long.parseLong(params.getOrDefault("version", "-1"));
    } catch (NumberFormatException e) {
      version = -1;
    }
    try {
      contests.save(id, version, facts, answers, actor);
      if ("submit".equals(params.get("action"))) {
        ContestApplication done = contests.submit(id, actor);
        redirect.addFlashAttribute("notice", messages.get("contest.submitted", done.getReference()));
      } else {
        redirect.addFlashAttribute("notice", messages.get("contest.draftSaved"));
      }
      return "redirect:/me/contests/applications/" + id;
    } catch (FieldErrors e) {
      ContestApplication now = contests.application(id, actor);
      return page(model, now, facts, answers, e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return page(model, contests.application(id, actor), facts, answers, Map.of());
    }
  }

  private Facts facts(Map<String, String> p, Map<String, String> errors) {
    EligibleGroup group = null;
    String g = p.get("group");
    if (g != null && !g.isBlank()) {
      try {
        group = EligibleGroup.valueOf(g);
      } catch (IllegalArgumentException e) {
        errors.put("group", messages.get("contest.error.group"));
      }
    }
    LocalDate born = null;
    String b = p.get("birthDate");
    if (b != null && !b.isBlank()) {
      try {
        born = LocalDate.parse(b.strip());
      } catch (DateTimeParseException e) {
        errors.put("birthDate", messages.get("contest.error.birthDate"));
      }
    }
    return new Facts(p.get("title"), p.get("theme"), p.get("applicantName"), p.get("organisation"),
        p.get("profileSlug"), group, born, p.get("commune"), p.get("province"), "true".equals(p.get("declared")));
  }

  @PostMapping("/me/contests/applications/{id}/files")
  String upload(@PathVariable long id, @RequestParam(required = false) String fieldKey,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
    Actor actor = currentUser.require();
    contests.application(id, actor);
    try {
      contests.upload(id, fieldKey, file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes(), actor);
      redirect.addFlashAttribute("notice", messages.get("contest.fileSaved"));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/me/contests/applications/" + id;
  }

  @GetMapping("/me/contests/files/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    ApplicationFile f = contests.file(id, currentUser.require());
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(f.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff").body(f.getContent());
  }

  @PostMapping("/me/contests/applications/{id}/invite")
  String invite(@PathVariable long id, @RequestParam(required = false) String email, RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    contests.application(id, actor);
    try {
      contests.invite(id, email, actor);
      redirect.addFlashAttribute("notice", messages.get("contest.invited", email.strip()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/me/contests/applications/" + id;
  }

  @PostMapping("/me/contests/invites/{id}/accept")
  String accept(@PathVariable long id, RedirectAttributes redirect) {
    contests.accept(id, currentUser.require());
    redirect.addFlashAttribute("notice", messages.get("contest.inviteAccepted"));
    return "redirect:/me/contests";
  }

  @GetMapping("/me/contests/applications/{id}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable long id) {
    byte[] pdf = certificates.pdf(id, currentUser.require());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"giay-chung-nhan-" + id + ".pdf\"").body(pdf);
  }
}
