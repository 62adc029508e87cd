package vn.innohub.contest.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.shared.FieldErrors;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.JudgeAssignment;
import vn.innohub.contest.internal.Judging;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** A judge's side: the assigned applications, the score form (own scores only), conflict declarations. */
@Controller
class JudgeController {

  private final Judging judging;
  private final ContestService contests;
  private final CurrentUser currentUser;
  private final Messages messages;

  JudgeController(Judging judging, ContestService contests, CurrentUser currentUser, Messages messages) {
    this.judging = judging;
    this.contests = contests;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/judge/contests")
  String queue(Model model) {
    List<JudgeAssignment> queue = judging.queue(currentUser.require());
    Map<Long, ContestApplication> apps = new HashMap<>();
    Map<Long, String> titles = new HashMap<>();
    for (JudgeAssignment x : queue) {
      apps.put(x.getApplicationId(), contests.getApplication(x.getApplicationId()));
      titles.computeIfAbsent(x.getContestId(), id -> contests.contest(id).getTitle());
    }
    model.addAttribute("queue", queue);
    model.addAttribute("apps", apps);
    model.addAttribute("titles", titles);
    return "contest/judge-queue";
  }

  @GetMapping("/judge/applications/{id}")
  String open(@PathVariable long id, Model model) {
    return page(model, judging.open(id, currentUser.require()), null, null, Map.of());
  }

  private String page(Model model, Judging.JudgeView view, List<String> scores, List<String> comments,
      Map<String, String> errors) {
    model.addAttribute("view", view);
    model.addAttribute("app", view.application());
    Map<Long, String> fileNames = judging.fileNames(view.application().getId());
    model.addAttribute("files", fileNames);
    // A file field's answer is the uploaded file's name: the judge sees the name they are shown for the file.
    Map<String, String> answers = new java.util.LinkedHashMap<>(view.application().answers());
    for (var field : view.contest().spec().form()) {
      if (field.type() == vn.innohub.contest.internal.ContestSpec.FieldType.FILE) {
        answers.put(field.key(), contests.files(view.application().getId()).stream()
            .filter(f -> field.key().equals(f.getFieldKey())).map(f -> fileNames.get(f.getId()))
            .collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    model.addAttribute("answers", answers);
    var sheet = view.assignment().scored() ? view.assignment().sheet() : null;
    model.addAttribute("scores", scores != null ? scores
        : sheet == null ? List.of() : sheet.scores().stream().map(d -> fmt(d)).toList());
    model.addAttribute("comments", comments != null ? comments : sheet == null ? List.of() : sheet.comments());
    model.addAttribute("errors", errors);
    return "contest/judge-application";
  }

  /** A file of an application assigned to the judge; in a blind contest under a neutral name. */
  @GetMapping("/judge/files/{id}")
  org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id) {
    Judging.JudgeFile f = judging.file(id, currentUser.require());
    return org.springframework.http.ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType(f.file().getContentType()))
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
            .attachment().filename(f.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff").body(f.file().getContent());
  }

  private static String fmt(Double d) {
    return d == null ? "" : d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
  }

  @PostMapping("/judge/applications/{id}/scores")
  String score(@PathVariable long id, @RequestParam(required = false) List<String> score,
      @RequestParam(required = false) List<String> comment, Model model, RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    try {
      try {
        judging.score(id, score, comment, actor);
      } catch (org.springframework.dao.OptimisticLockingFailureException e) {
        // The judge's own sheet was saved by another click in the meantime (a score sheet is the judge's alone):
        // save again over it rather than answer "someone else changed it".
        judging.score(id, score, comment, actor);
      }
      redirect.addFlashAttribute("notice", messages.get("contest.scoreSaved"));
      return "redirect:/judge/applications/" + id;
    } catch (FieldErrors e) {
      model.addAttribute("error", messages.get("contest.fixErrors"));
      return page(model, judging.open(id, actor), score, comment, e.fields());
    }
  }

  @PostMapping("/judge/applications/{id}/conflict")
  String conflict(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
    Actor actor = currentUser.require();
    judging.open(id, actor);
    judging.declareConflict(id, actor.userId(), reason, actor);
    redirect.addFlashAttribute("notice", messages.get("contest.conflictSaved"));
    return "redirect:/judge/contests";
  }

}
