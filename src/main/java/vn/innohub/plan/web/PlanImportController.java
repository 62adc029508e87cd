package vn.innohub.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.plan.Plans;
import vn.innohub.plan.importing.ParseOptions;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.importing.PlanTemplate;
import vn.innohub.plan.internal.PlanImport;
import vn.innohub.plan.internal.PlanImportJobs;
import vn.innohub.plan.internal.PlanImports;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/**
 * Import of plan documents in two steps: upload (file or pasted text) → preview with flagged fields, corrections
 * and unused lines (and the diff when replacing a plan) → commit.
 */
@Controller
@RequestMapping("/plans/import")
@PreAuthorize("hasRole('ADMIN')")
class PlanImportController {

  private static final int MAX_PASTE = 2_000_000;

  private final PlanImports imports;
  private final PlanImportJobs jobs;
  private final Plans plans;
  private final Messages messages;

  PlanImportController(PlanImports imports, PlanImportJobs jobs, Plans plans, Messages messages) {
    this.imports = imports;
    this.jobs = jobs;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping
  String form(@RequestParam(required = false) Long replaces, Model model) {
    model.addAttribute("plans", plans.list());
    model.addAttribute("replaces", replaces);
    return "plan/plan-import";
  }

  @PostMapping
  String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
      @RequestParam(required = false) Long replaces, Model model) throws IOException {
    try {
      long id;
      if (file != null && !file.isEmpty() && PlanImports.paged(file.getBytes())) {
        // a PDF or a scan: read in the background, the officer watches the pages being read
        return "redirect:/plans/import/jobs/" + jobs.start(file.getOriginalFilename(), file.getBytes(), replaces);
      } else if (file != null && !file.isEmpty()) {
        id = imports.preview(file.getOriginalFilename(), file.getBytes(), replaces);
      } else if (text != null && !text.isBlank()) {
        if (text.length() > MAX_PASTE) {
          throw DomainException.invalid("error.tooLarge");
        }
        id = imports.preview("van-ban-dan.txt", text.getBytes(StandardCharsets.UTF_8), replaces);
      } else {
        throw DomainException.invalid("upload.empty");
      }
      return "redirect:/plans/import/" + id;
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      model.addAttribute("plans", plans.list());
      model.addAttribute("replaces", replaces);
      model.addAttribute("text", text);
      return "plan/plan-import";
    }
  }

  /**
   * The progress page of a background read. Shown even when the read is already done (a short PDF), with the link to
   * the preview, so that the officer sees the document was read before its first poll takes them to the preview.
   */
  @GetMapping("/jobs/{id}")
  String job(@PathVariable long id, Model model) {
    PlanImportJobs.View job = jobs.view(id);
    model.addAttribute("job", job);
    model.addAttribute("jobError", error(job));
    return "plan/plan-import-job";
  }

  /**
   * What the progress page polls every second (htmx): the bar and its text while reading; the message and 286
   * (htmx stops polling) when the document could not be read; HX-Redirect to the preview when it is done.
   */
  @GetMapping("/jobs/{id}/progress")
  String jobProgress(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    PlanImportJobs.View job = jobs.view(id);
    if (job.importId() != null) {
      response.setHeader("HX-Redirect", request.getContextPath() + "/plans/import/" + job.importId());
    } else if (!job.running()) {
      response.setStatus(286);
    }
    model.addAttribute("job", job);
    model.addAttribute("jobError", error(job));
    return "plan/plan-import-job :: progress";
  }

  private String error(PlanImportJobs.View job) {
    if (job.messageKey() == null) {
      return null;
    }
    // the arguments were stored as text: numbers go back to numbers for the message's own formatting
    Object[] args = job.messageArgs().stream().map(a -> a.matches("-?\\d{1,18}") ? (Object) Long.valueOf(a)
        : a.matches("-?\\d{1,15}\\.\\d{1,6}") ? (Object) Double.valueOf(a) : a).toArray();
    return messages.get(job.messageKey(), args);
  }

  @GetMapping("/template")
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-ke-hoach.xlsx").build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(PlanTemplate.blank());
  }

  @GetMapping("/{id}")
  String preview(@PathVariable long id, Model model) {
    PlanImport record = imports.importRecord(id);
    if (record.getStatus() == PlanImport.Status.COMMITTED) {
      return "redirect:/plans/" + record.getPlanId();
    }
    ParsedPlan plan = imports.draft(id);
    Map<String, Integer> flagged = new HashMap<>();
    plan.targets().forEach(t -> t.flags().forEach(f -> flagged.merge(f.name(), 1, Integer::sum)));
    plan.tasks().forEach(t -> t.flags().forEach(f -> flagged.merge(f.name(), 1, Integer::sum)));
    plan.budget().forEach(b -> b.flags().forEach(f -> flagged.merge(f.name(), 1, Integer::sum)));
    plan.budgetTotals().forEach(b -> b.flags().forEach(f -> flagged.merge(f.name(), 1, Integer::sum)));
    model.addAttribute("importId", id);
    model.addAttribute("record", record);
    model.addAttribute("parsed", plan);
    model.addAttribute("flagged", flagged);
    model.addAttribute("ocr", imports.lineConfidence(id));
    model.addAttribute("diff", imports.diff(id));
    model.addAttribute("replacing", record.getPlanId() == null ? null
        : plans.list().stream().filter(p -> p.id() == record.getPlanId()).findFirst().orElse(null));
    return "plan/plan-import-preview";
  }

  @PostMapping("/{id}/header")
  String header(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam String title,
      @RequestParam int from, @RequestParam int to, RedirectAttributes flash) {
    return correct(id, flash, () -> imports.correctHeader(id, number, title, from, to), "");
  }

  @PostMapping("/{id}/tasks/{seq}")
  String task(@PathVariable long id, @PathVariable int seq, @RequestParam(required = false) String name,
      @RequestParam(required = false) String lead, @RequestParam(required = false) String coordinating,
      @RequestParam(required = false) String schedule, RedirectAttributes flash) {
    return correct(id, flash, () -> imports.correctTask(id, seq, name, lead, coordinating, schedule), "#task-" + seq);
  }

  @PostMapping("/{id}/targets/{seq}")
  String target(@PathVariable long id, @PathVariable int seq, @RequestParam(required = false) String name,
      @RequestParam(required = false) String value, @RequestParam(required = false) String lead,
      RedirectAttributes flash) {
    return correct(id, flash, () -> imports.correctTarget(id, seq, name, value, lead), "#target-" + seq);
  }

  /** Parent rows of the task tables as groups or as tasks with sub-tasks, re-arranged from the stored preview. */
  @PostMapping("/{id}/parent-rows")
  String parentRows(@PathVariable long id, @RequestParam(required = false) String parentRows, RedirectAttributes flash) {
    return correct(id, flash, () -> imports.arrangeParentRows(id, parentRows(parentRows)), "#previewTasks");
  }

  private static ParseOptions.ParentRows parentRows(String value) {
    try {
      return ParseOptions.ParentRows.valueOf(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("plans.import.parentRowsInvalid");
    }
  }

  @PostMapping("/{id}/commit")
  String commit(@PathVariable long id, RedirectAttributes flash) {
    try {
      long planId = imports.commit(id);
      flash.addFlashAttribute("notice", messages.get("plans.imported"));
      return "redirect:/plans/" + planId;
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
      return "redirect:/plans/import/" + id;
    }
  }

  private String correct(long id, RedirectAttributes flash, Runnable action, String anchor) {
    try {
      action.run();
      flash.addFlashAttribute("notice", messages.get("plans.import.corrected"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/plans/import/" + id + anchor;
  }
}
