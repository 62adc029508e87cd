package vn.innohub.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.identity.Role;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.ReportStatus;
import vn.innohub.reporting.internal.FollowUp;
import vn.innohub.reporting.internal.Insights;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.reporting.internal.ReportingPeriod;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** The reporting calendar, the overview of periods, completeness and results, and the late-task list. */
@Controller
class PeriodPageController {

  private final PeriodService periods;
  private final ReportService reports;
  private final Insights insights;
  private final FollowUp followUp;
  private final Plans plans;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final vn.innohub.reporting.internal.SteeringCommittee steering;

  PeriodPageController(PeriodService periods, ReportService reports, Insights insights, FollowUp followUp, Plans plans,
      CurrentUser currentUser, Messages messages, vn.innohub.reporting.internal.SteeringCommittee steering) {
    this.steering = steering;
    this.periods = periods;
    this.reports = reports;
    this.insights = insights;
    this.followUp = followUp;
    this.plans = plans;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/reporting")
  String overview(Model model) {
    Actor actor = currentUser.require();
    model.addAttribute("mine", reports.mine(actor).stream()
        .filter(r -> r.status() != ReportStatus.APPROVED || r.periodStatus() == vn.innohub.reporting.PeriodStatus.OPEN)
        .toList());
    boolean overseer = actor.has(Role.ADMIN) || actor.has(Role.LEADER);
    model.addAttribute("overseer", overseer);
    if (overseer) {
      Map<Long, String> titles = new LinkedHashMap<>();
      plans.list().forEach(p -> titles.put(p.id(), p.title()));
      model.addAttribute("planTitles", titles);
      List<ReportingPeriod> active = periods.all().stream()
          .filter(p -> p.getStatus() != vn.innohub.reporting.PeriodStatus.PLANNED).toList();
      model.addAttribute("periods", active);
      Map<Long, vn.innohub.reporting.Completeness.Row> totals = new LinkedHashMap<>();
      active.forEach(p -> totals.put(p.getId(), insights.completeness(p.getId()).total()));
      model.addAttribute("totals", totals);
    }
    model.addAttribute("plans", plans.list());
    return "reporting/overview";
  }

  @GetMapping("/plans/{planId}/periods")
  String calendar(@PathVariable long planId, Model model) {
    var plan = plans.structure(planId);
    model.addAttribute("plan", plan);
    model.addAttribute("periods", periods.ofPlan(planId));
    model.addAttribute("defaultRules", PeriodService.DEFAULT_RULES);
    return "reporting/calendar";
  }

  @PostMapping("/admin/reporting/plans/{planId}/periods/generate")
  String generate(@PathVariable long planId, @RequestParam(required = false) String rules, RedirectAttributes flash) {
    int added = periods.generate(planId, rules);
    flash.addFlashAttribute("notice", messages.get("reporting.periods.generated", added));
    return "redirect:/plans/" + planId + "/periods";
  }

  @PostMapping("/admin/reporting/plans/{planId}/periods")
  String savePeriod(@PathVariable long planId, @RequestParam(required = false) Long periodId,
      @RequestParam(required = false) String label,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate start,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate end,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate unitDue,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dostDue,
      RedirectAttributes flash) {
    try {
      periods.save(planId, periodId, label, start, end, unitDue, dostDue);
      flash.addFlashAttribute("notice", messages.get("reporting.period.saved"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/plans/" + planId + "/periods";
  }

  @PostMapping("/admin/reporting/periods/{id}/open")
  String open(@PathVariable long id, RedirectAttributes flash) {
    ReportingPeriod period = periods.get(id);
    try {
      PeriodService.OpenResult r = periods.open(id);
      flash.addFlashAttribute("notice", messages.get("reporting.period.opened", r.newReports(), r.obligatedUnits(),
          r.newItems()));
      return "redirect:/reporting/periods/" + id;
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
      return "redirect:/plans/" + period.getPlanId() + "/periods";
    }
  }

  @PostMapping("/admin/reporting/periods/{id}/close")
  String close(@PathVariable long id, RedirectAttributes flash) {
    periods.close(id);
    flash.addFlashAttribute("notice", messages.get("reporting.period.closed"));
    return "redirect:/reporting/periods/" + id;
  }

  @GetMapping("/reporting/periods/{id}")
  String period(@PathVariable long id, Model model) {
    ReportingPeriod period = periods.get(id);
    model.addAttribute("period", period);
    model.addAttribute("completeness", insights.completeness(id));
    model.addAttribute("results", insights.results(id));
    return "reporting/period";
  }

  @GetMapping("/reporting/delays")
  String delays(@RequestParam(required = false) String plan, Model model) {
    Actor actor = currentUser.require();
    Long asked = planParam(plan);
    List<vn.innohub.plan.PlanSummary> reported = insights.reportedOn();
    Long planId = asked != null && reported.stream().anyMatch(p -> p.id() == asked) ? asked : null;
    model.addAttribute("delays", insights.delays(planId));
    model.addAttribute("plans", reported);
    model.addAttribute("planId", planId);
    model.addAttribute("steeringNamed", steering.named());
    if (actor.has(Role.ADMIN)) {
      model.addAttribute("steeringMembers", steering.members());
    }
    return "reporting/delays";
  }

  /** A plan id from the query; garbage or empty counts as "every plan". */
  private static Long planParam(String plan) {
    if (plan == null || plan.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(plan.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @PostMapping("/reporting/delays/send")
  String sendDelays(@RequestParam(required = false) String plan, RedirectAttributes flash) {
    Long planId = planParam(plan);
    flash.addFlashAttribute("notice", messages.get("reporting.delays.sent", followUp.delayDigest(true, planId)));
    return planId == null ? "redirect:/reporting/delays" : "redirect:/reporting/delays?plan=" + planId;
  }

  @PostMapping("/admin/reporting/steering-committee")
  String addSteeringMember(@RequestParam(required = false) String username, RedirectAttributes flash) {
    try {
      steering.add(username, currentUser.require().username());
      flash.addFlashAttribute("notice", messages.get("reporting.steering.added"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/reporting/delays";
  }

  @PostMapping("/admin/reporting/steering-committee/{id}/remove")
  String removeSteeringMember(@PathVariable long id, RedirectAttributes flash) {
    steering.remove(id);
    flash.addFlashAttribute("notice", messages.get("reporting.steering.removed"));
    return "redirect:/reporting/delays";
  }

}
