package vn.innohub.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.identity.Role;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.ReportItemKey;
import vn.innohub.shared.FieldErrors;
import vn.innohub.reporting.ReportView;
import vn.innohub.reporting.StaleReport;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** A unit's report: filling it in (with autosave), evidence files, and the DOST's review. */
@Controller
class ReportPageController {

  private final ReportService reports;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final java.time.Clock clock;

  ReportPageController(ReportService reports, CurrentUser currentUser, Messages messages, java.time.Clock clock) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/reports/{id}")
  String show(@PathVariable long id, Model model) {
    Actor actor = currentUser.require();
    ReportView report = reports.view(id, actor);
    // values kept as typed but invalid are marked again at their fields
    return page(model, report, actor, report.invalid(), Map.of(), null);
  }

  @PostMapping("/reports/{id}")
  String save(@PathVariable long id, @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
    Actor actor = currentUser.require();
    ReportView current = reports.view(id, actor);
    ReportDraft draft = ReportForms.draft(current, params);
    try {
      if ("submit".equals(action)) {
        reports.submit(id, draft, actor);
        flash.addFlashAttribute("notice", messages.get("reporting.submittedOk"));
      } else {
        reports.saveDraft(id, draft, actor);
        flash.addFlashAttribute("notice", messages.get("reporting.saved"));
      }
      return "redirect:/reports/" + id;
    } catch (FieldErrors e) {
      model.addAttribute("error", messages.of(e));
      return page(model, current, actor, e.fields(), params, null);
    } catch (StaleReport e) {
      model.addAttribute("error", messages.of(e));
      return page(model, e.current(), actor, e.current().invalid(), Map.of(), params);
    }
  }

  /**
   * Autosave (app.js, forms marked {@code data-autosave}): answers JSON the page acts on. 200: saved, with the new
   * version and the fields not saved because their value is invalid (kept at their saved value, named with the
   * message to show at the field). 409: nothing saved (someone else saved in between, or the report is no longer
   * editable). 403/404 and server failures answer as every page does; the page keeps the changes and retries.
   */
  @PostMapping(value = "/reports/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AutosaveAnswer> autosave(@PathVariable long id, @RequestParam Map<String, String> params) {
    Actor actor = currentUser.require();
    try {
      ReportView current = reports.view(id, actor);
      ReportService.Autosaved result = reports.autosave(id, ReportForms.draft(current, params), actor);
      String time = LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
      return ResponseEntity.ok(new AutosaveAnswer(true, result.saved().version(), time,
          messages.get("reporting.autosaved", time), result.invalid(), false, kept(result.invalid())));
    } catch (StaleReport e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(new AutosaveAnswer(false, null, null,
          messages.get("reporting.staleShort"), Map.of(), true, java.util.List.of()));
    } catch (DomainException e) {
      if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
        throw e;
      }
      return ResponseEntity.status(e.status().is4xxClientError() ? e.status() : HttpStatus.CONFLICT).body(new AutosaveAnswer(false, null, null,
          messages.get("reporting.autosaveFailed", messages.of(e)), Map.of(), false, java.util.List.of()));
    }
  }

  /**
   * An autosave's answer: whether it was stored, the version to send next, the time, the status line, the fields
   * not stored (field name → message), and whether someone else's save is in the way ({@code conflict}).
   */
  record AutosaveAnswer(boolean saved, Long version, String savedAt, String message, Map<String, String> invalid,
      boolean conflict, java.util.List<String> kept) {}

  /**
   * The invalid fields whose text the autosave stored as typed (issue 17): numbers, dates and a cancellation's missing
   * reason. The page takes them as saved (no "leave the page?"), marked until fixed; other invalid fields were not
   * stored and are retried.
   */
  private static final java.util.Set<String> KEPT_AS_TYPED =
      java.util.Set.of("progress", "quantity", "completedOn", "actual", "cancelReason");

  private static java.util.List<String> kept(Map<String, String> invalid) {
    return invalid.keySet().stream().filter(k -> ReportItemKey.parse(k).map(ReportItemKey::field)
        .filter(KEPT_AS_TYPED::contains).isPresent()).toList();
  }

  @PostMapping("/reports/{id}/evidence")
  String attach(@PathVariable long id, @RequestParam(required = false) String item,
      @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
    Actor actor = currentUser.require();
    try {
      reports.attach(id, item, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
          actor);
      flash.addFlashAttribute("notice", messages.get("reporting.attachedOk"));
    } catch (DomainException e) {
      if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
        throw e;
      }
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/reports/" + id + (item == null ? "" : "#" + item);
  }

  @PostMapping("/reports/{id}/evidence/{evidenceId}/delete")
  String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, RedirectAttributes flash) {
    reports.removeEvidence(id, evidenceId, currentUser.require());
    flash.addFlashAttribute("notice", messages.get("reporting.removedOk"));
    return "redirect:/reports/" + id;
  }

  @GetMapping("/evidence/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    ReportService.EvidenceFile f = reports.file(id, currentUser.require());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(f.contentType()))
        .body(f.content());
  }

  @PostMapping("/admin/reporting/reports/{id}/return")
  String returnToUnit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
      RedirectAttributes flash) {
    Actor actor = currentUser.require();
    Map<String, String> comments = new HashMap<>();
    params.forEach((k, v) -> {
      if (k.startsWith("comment-")) {
        comments.put(k.substring("comment-".length()), v);
      }
    });
    try {
      reports.returnToUnit(id, version(params), params.get("reviewComment"), comments, actor);
      flash.addFlashAttribute("notice", messages.get("reporting.returnedOk"));
    } catch (FieldErrors | StaleReport e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/reports/" + id;
  }

  @PostMapping("/admin/reporting/reports/{id}/approve")
  String approve(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes flash) {
    try {
      reports.approve(id, version(params), currentUser.require());
      flash.addFlashAttribute("notice", messages.get("reporting.approvedOk"));
    } catch (StaleReport e) {
      flash.addFlashAttribute("error", messages.of(e));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/reports/" + id;
  }

  @PostMapping("/admin/reporting/reports/{id}/reopen")
  String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
    try {
      reports.reopen(id, reason, currentUser.require());
      flash.addFlashAttribute("notice", messages.get("reporting.reopenedOk"));
    } catch (FieldErrors e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/reports/" + id;
  }

  /** The saved values under the form's field names, as the form shows them. */
  static Map<String, String> values(ReportView report) {
    Map<String, String> v = new HashMap<>();
    v.put("difficulties", nz(report.difficulties()));
    v.put("proposals", nz(report.proposals()));
    for (ReportView.TaskLine t : report.tasks()) {
      ReportItemKey k = ReportItemKey.task(t.itemId());
      v.put(k.name("status"), t.status() == null ? "" : t.status().name());
      v.put(k.name("progress"), t.progress() == null ? "" : t.progress().toString());
      v.put(k.name("results"), nz(t.results()));
      v.put(k.name("quantity"), t.quantity() == null ? "" : t.quantity().stripTrailingZeros().toPlainString());
      v.put(k.name("completedOn"), t.completedOn() == null ? "" : t.completedOn().toString());
      v.put(k.name("cancelReason"), nz(t.cancelReason()));
    }
    for (ReportView.TargetLine t : report.targets()) {
      ReportItemKey k = ReportItemKey.target(t.itemId());
      v.put(k.name("actual"), t.actual() == null ? "" : t.actual().stripTrailingZeros().toPlainString());
      v.put(k.name("note"), nz(t.note()));
      v.put(k.name("numerator"), t.numerator() == null ? "" : t.numerator().stripTrailingZeros().toPlainString());
      v.put(k.name("denominator"), t.denominator() == null ? ""
          : t.denominator().stripTrailingZeros().toPlainString());
    }
    // numbers and dates as the unit typed them ("60 %", "12 doanh nghiệp"), valid or not
    v.putAll(report.typed());
    return v;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static Long version(Map<String, String> params) {
    try {
      return params.get("version") == null ? null : Long.valueOf(params.get("version"));
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  private String page(Model model, ReportView report, Actor actor, Map<String, String> errors,
      Map<String, String> typed, Map<String, String> mine) {
    Map<String, String> values = values(report);
    Map<String, String> conflicts = new HashMap<>();
    if (mine != null) {
      values.forEach((k, v) -> {
        String typedValue = mine.get(k);
        if (typedValue != null && !typedValue.strip().equals(v.strip())) {
          conflicts.put(k, typedValue);
        }
      });
    }
    model.addAttribute("report", report);
    model.addAttribute("layout", ReportLayout.of(report, errors, messages));
    model.addAttribute("values", values);
    model.addAttribute("conflicts", conflicts);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("statuses", TaskStatus.values());
    model.addAttribute("reviewer", actor.has(Role.ADMIN));
    model.addAttribute("maxMb", Math.max(1, reports.maxEvidenceBytes() / (1024 * 1024)));
    // the browser keeps unsaved autosave changes per account, so that another officer on the same computer never
    // gets them restored into their form
    model.addAttribute("autosaveUser", actor.username());
    return "reporting/report";
  }
}
