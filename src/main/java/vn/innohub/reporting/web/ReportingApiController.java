package vn.innohub.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.innohub.identity.CurrentUser;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.DelayedTask;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.ReportView;
import vn.innohub.reporting.internal.Insights;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.reporting.internal.ReportingPeriod;

/** Periodic reporting over HTTP, for the province's other systems and for scripted submissions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reporting", description = "Reporting periods, unit reports, review, completeness and results")
class ReportingApiController {

  private final ReportService reports;
  private final PeriodService periods;
  private final Insights insights;
  private final CurrentUser currentUser;

  ReportingApiController(ReportService reports, PeriodService periods, Insights insights, CurrentUser currentUser) {
    this.reports = reports;
    this.periods = periods;
    this.insights = insights;
    this.currentUser = currentUser;
  }

  /** A reporting period as the API shows it. */
  record PeriodJson(long id, long planId, String kind, int year, int index, String label, LocalDate start,
      LocalDate end, LocalDate unitDue, LocalDate dostDue, String status) {
    static PeriodJson of(ReportingPeriod p) {
      return new PeriodJson(p.getId(), p.getPlanId(), p.getKind().name(), p.getYear(), p.getIndex(), p.getLabel(),
          p.getStart(), p.getEnd(), p.getUnitDue(), p.getDostDue(), p.getStatus().name());
    }
  }

  /** Rules text for generating a calendar. */
  record GenerateRequest(String rules) {}

  /** A reviewer's decision: the version reviewed, an overall comment and comments per item ("task-12", "target-3"). */
  record ReviewRequest(Long version, String comment, Map<String, String> items, String reason) {}

  @GetMapping("/reports")
  @Operation(summary = "My obligations: the reports of the units I act for, latest period first")
  List<ReportView> mine() {
    return reports.mine(currentUser.require());
  }

  @GetMapping("/reports/{id}")
  @Operation(summary = "A report with its task and target items")
  ReportView report(@PathVariable long id) {
    return reports.view(id, currentUser.require());
  }

  @PutMapping("/reports/{id}")
  @Operation(summary = "Save a draft. Send the version you read; answers the new version; 409 with the current report "
      + "if someone saved since")
  ReportService.SavedDraft save(@PathVariable long id, @RequestBody ReportDraft draft) {
    return reports.saveDraft(id, draft, currentUser.require());
  }

  @PostMapping("/reports/{id}/submit")
  @Operation(summary = "Submit (optionally with last changes); 200 means it is stored")
  ReportView submit(@PathVariable long id, @RequestBody(required = false) ReportDraft draft) {
    return reports.submit(id, draft, currentUser.require());
  }

  @PostMapping(path = "/reports/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Attach an evidence file to an item (item = task-{itemId} or target-{itemId})")
  ReportView.EvidenceView attach(@PathVariable long id, @RequestParam String item, @RequestParam MultipartFile file)
      throws IOException {
    return reports.attach(id, item, file.getOriginalFilename(), file.getBytes(), currentUser.require());
  }

  @PostMapping("/reports/{id}/return")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Return a submitted report to its unit with comments (ADMIN)")
  ReportView returnToUnit(@PathVariable long id, @RequestBody ReviewRequest review) {
    return reports.returnToUnit(id, review.version(), review.comment(),
        review.items() == null ? Map.of() : review.items(), currentUser.require());
  }

  @PostMapping("/reports/{id}/approve")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Approve a submitted report (ADMIN)")
  ReportView approve(@PathVariable long id, @RequestBody(required = false) ReviewRequest review) {
    return reports.approve(id, review == null ? null : review.version(), currentUser.require());
  }

  @PostMapping("/reports/{id}/reopen")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Reopen an approved report, with a reason (ADMIN)")
  ReportView reopen(@PathVariable long id, @RequestBody ReviewRequest review) {
    return reports.reopen(id, review.reason(), currentUser.require());
  }

  @GetMapping("/plans/{planId}/periods")
  @Operation(summary = "A plan's reporting calendar")
  List<PeriodJson> calendar(@PathVariable long planId) {
    return periods.ofPlan(planId).stream().map(PeriodJson::of).toList();
  }

  @PostMapping("/plans/{planId}/periods/generate")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Add the periods the rules call for (ADMIN)")
  List<PeriodJson> generate(@PathVariable long planId, @RequestBody(required = false) GenerateRequest request) {
    periods.generate(planId, request == null ? null : request.rules());
    return calendar(planId);
  }

  @PostMapping("/periods/{id}/open")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Open a period: one report per obligated unit (ADMIN)")
  PeriodService.OpenResult open(@PathVariable long id) {
    return periods.open(id);
  }

  @PostMapping("/periods/{id}/close")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Close a period: no more submissions (ADMIN)")
  PeriodJson close(@PathVariable long id) {
    periods.close(id);
    return PeriodJson.of(periods.get(id));
  }

  @GetMapping("/periods/{id}/completeness")
  @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
  @Operation(summary = "Expected, submitted, on time and approved reports, by unit type and unit")
  Completeness completeness(@PathVariable long id) {
    return insights.completeness(id);
  }

  @GetMapping("/periods/{id}/results")
  @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
  @Operation(summary = "Target actuals and task roll-ups from approved reports, with their sources")
  PeriodResults results(@PathVariable long id) {
    return insights.results(id);
  }

  @GetMapping("/reporting/delays")
  @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
  @Operation(summary = "Tasks past their deadline and not reported done, of one plan or of every plan being reported on")
  List<DelayedTask> delays(@RequestParam(required = false) Long plan) {
    return insights.delays(plan);
  }

}
