package vn.innohub.dashboard.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.internal.DashboardService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.DomainException;

/** The leaders' dashboard, its click-through task list, and the same data as JSON. */
@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final Plans plans;
  private final ReportingFacts facts;
  private final CurrentUser currentUser;

  DashboardController(DashboardService dashboards, Plans plans, ReportingFacts facts, CurrentUser currentUser) {
    this.dashboards = dashboards;
    this.plans = plans;
    this.facts = facts;
    this.currentUser = currentUser;
  }

  private long planOrFirst(Long plan) {
    if (plan != null) {
      return plan;
    }
    return plans.list().stream().filter(p -> p.status() != vn.innohub.plan.PlanStatus.DRAFT).findFirst()
        .or(() -> plans.list().stream().findFirst()).map(PlanSummary::id)
        .orElseThrow(() -> DomainException.notFound("Plan", "—"));
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long period,
      @RequestParam(required = false) Long section, @RequestParam(required = false) Long agency,
      @RequestParam(required = false) String unitType, Model model) {
    Dashboard d = dashboards.build(planOrFirst(plan), period, new Dashboard.Filters(section, agency, blank(unitType)),
        currentUser.require());
    model.addAttribute("d", d);
    model.addAttribute("plans", plans.list());
    model.addAttribute("statuses", TaskStatus.values());
    return "dashboard/dashboard";
  }

  /** The tasks behind a number of the dashboard: by section, status ("NONE" = no data), lateness and agency. */
  @GetMapping("/dashboard/tasks")
  String tasks(@RequestParam long plan, @RequestParam(required = false) Long period,
      @RequestParam(required = false) Long section, @RequestParam(required = false) Long agency,
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean late, Model model) {
    Dashboard d = dashboards.build(plan, period, new Dashboard.Filters(section, agency, null), currentUser.require());
    List<PeriodResults.TaskResult> tasks = d.period() == null ? List.of() : facts.results(d.period().id()).tasks().stream()
        .filter(t -> section == null || section.equals(t.sectionId()))
        .filter(t -> agency == null || t.leadUnitIds().contains(agency))
        .filter(t -> !late || t.behindSchedule())
        .filter(t -> status == null || status.isBlank() || (status.equals("NONE") ? t.status() == null
            : t.status() != null && t.status().name().equals(status)))
        .toList();
    model.addAttribute("d", d);
    model.addAttribute("tasks", tasks);
    model.addAttribute("status", status);
    model.addAttribute("late", late);
    return "dashboard/tasks";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
