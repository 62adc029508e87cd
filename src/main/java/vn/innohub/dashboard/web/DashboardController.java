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

  private final org.thymeleaf.ITemplateEngine templates;

  DashboardController(DashboardService dashboards, Plans plans, ReportingFacts facts, CurrentUser currentUser,
      org.thymeleaf.ITemplateEngine templates) {
    this.templates = templates;
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

  /**
   * The page's body is rendered once per state of the data and cached as HTML: the key holds the plan, period,
   * filters, language, what the viewer may see, the plan's version and the reports' data stamp (both read from the
   * database on every request), so an approval anywhere shows at once; entries also expire after a minute. The
   * surrounding layout (user name, CSRF token, notices) is rendered per request.
   */
  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long period,
      @RequestParam(required = false) Long section, @RequestParam(required = false) Long agency,
      @RequestParam(required = false) String unitType, Model model, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    var actor = currentUser.require();
    long planId = planOrFirst(plan);
    Dashboard.Filters filters = new Dashboard.Filters(section, agency, blank(unitType));
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    String key = dashboards.cacheKey(planId, period, filters, actor) + "|" + locale.getLanguage() + "|" + plans.count();
    long now = System.nanoTime();
    Cached cached = html.get(key);
    String body;
    if (cached != null && now - cached.at() < TTL_NANOS) {
      body = cached.html();
    } else {
      Dashboard d = dashboards.build(planId, period, filters, actor);
      var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(request.getServletContext())
          .buildExchange(request, response);
      var context = new org.thymeleaf.context.WebContext(exchange, locale);
      context.setVariable("d", d);
      context.setVariable("plans", plans.list());
      context.setVariable("statuses", TaskStatus.values());
      body = templates.process("dashboard/body", java.util.Set.of("body"), context);
      if (html.size() > 500) {
        html.clear();
      }
      html.put(key, new Cached(body, now));
    }
    model.addAttribute("bodyHtml", body);
    return "dashboard/dashboard";
  }

  private record Cached(String html, long at) {}

  private static final long TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
  private final java.util.Map<String, Cached> html = new java.util.concurrent.ConcurrentHashMap<>();

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
