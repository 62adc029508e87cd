package vn.innohub.dashboard.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.internal.DashboardService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.SplicedPage;

/** The leaders' dashboard, its click-through task list, and the same data as JSON. */
@Controller
class DashboardController {

  private final DashboardService dashboards;
  private final Plans plans;
  private final ReportingFacts facts;
  private final CurrentUser currentUser;

  private final org.thymeleaf.ITemplateEngine templates;
  private final SplicedPage pages;

  DashboardController(DashboardService dashboards, Plans plans, ReportingFacts facts, CurrentUser currentUser,
      org.thymeleaf.ITemplateEngine templates, SplicedPage pages) {
    this.templates = templates;
    this.pages = pages;
    this.dashboards = dashboards;
    this.plans = plans;
    this.facts = facts;
    this.currentUser = currentUser;
  }

  /** A query parameter as a number; anything else (garbage, empty) counts as not given. */
  private static Long number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The request's choices reconciled with the chosen plan (see {@link DashboardService#select}). */
  private DashboardService.Selection select(String plan, String period, String section, String agency, String unitType) {
    return dashboards.select(number(plan), number(period), new Dashboard.Filters(number(section), number(agency),
        Texts.nullIfBlank(unitType))).orElseThrow(() -> DomainException.notFound("Plan", "—"));
  }

  /**
   * The page's body is rendered once per state of the data and cached as HTML: the key holds the plan, period,
   * filters, language, what the viewer may see, the plan's version and the reports' data stamp (re-read after any
   * write on this node, and at least every second for writes on other nodes); entries also expire after a minute. The
   * surrounding layout (user name, CSRF token, notices) is rendered per request.
   */
  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) String plan, @RequestParam(required = false) String period,
      @RequestParam(required = false) String section, @RequestParam(required = false) String agency,
      @RequestParam(required = false) String unitType, Model model, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) throws Exception {
    var actor = currentUser.require();
    if (number(plan) == null && plans.list().isEmpty()) {
      return "dashboard/empty"; // nothing to follow yet: say so rather than answer "not found"
    }
    DashboardService.Selection selection = select(plan, period, section, agency, unitType);
    long planId = selection.planId();
    Long periodId = selection.periodId();
    Dashboard.Filters filters = selection.filters();
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    String key = dashboards.cacheKey(planId, periodId, filters, actor) + "|" + locale.getLanguage();
    Cached cached = html.get(key);
    if (cached == null || System.nanoTime() - cached.at() >= TTL_NANOS) {
      if (html.size() > 500) {
        html.clear();
      }
      // One request renders a missing or expired body; the others asking for it meanwhile wait for that one.
      cached = html.compute(key, (k, old) -> old != null && System.nanoTime() - old.at() < TTL_NANOS ? old
          : new Cached(render(planId, periodId, filters, actor, locale, request, response), System.nanoTime()));
    }
    pages.write("dashboard/dashboard", model.asMap(), cached.html(), request, response);
    return null;
  }

  private byte[] render(long planId, Long period, Dashboard.Filters filters, vn.innohub.identity.Actor actor,
      java.util.Locale locale, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    Dashboard d = dashboards.build(planId, period, filters, actor);
    var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, response);
    var context = new org.thymeleaf.context.WebContext(exchange, locale);
    context.setVariable("d", d);
    context.setVariable("plans", plans.list());
    context.setVariable("statuses", TaskStatus.values());
    return SplicedPage.encode(templates.process("dashboard/body", java.util.Set.of("body"), context));
  }

  private record Cached(byte[] html, long at) {}

  private static final long TTL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
  private final java.util.Map<String, Cached> html = new java.util.concurrent.ConcurrentHashMap<>();

  /** The tasks behind a number of the dashboard: by section, status ("NONE" = not reported), lateness and agency. */
  @GetMapping("/dashboard/tasks")
  String tasks(@RequestParam(required = false) String plan, @RequestParam(required = false) String period,
      @RequestParam(name = "section", required = false) String sectionParam,
      @RequestParam(name = "agency", required = false) String agencyParam,
      @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") String late, Model model) {
    DashboardService.Selection selection = select(plan, period, sectionParam, agencyParam, null);
    Long section = selection.filters().sectionId();
    Long agency = selection.filters().agencyId();
    boolean lateOnly = "true".equalsIgnoreCase(late.strip());
    Dashboard d = dashboards.build(selection.planId(), selection.periodId(), selection.filters(), currentUser.require());
    List<PeriodResults.TaskResult> tasks = d.period() == null ? List.of() : facts.results(d.period().id()).tasks().stream()
        .filter(t -> section == null || section.equals(t.sectionId()))
        .filter(t -> agency == null || t.leadUnitIds().contains(agency))
        .filter(t -> !lateOnly || t.behindSchedule())
        .filter(t -> status == null || status.isBlank() || (status.equals("NONE") ? t.status() == null
            : t.status() != null && t.status().name().equals(status)))
        .toList();
    model.addAttribute("d", d);
    model.addAttribute("tasks", tasks);
    model.addAttribute("status", status);
    model.addAttribute("late", lateOnly);
    return "dashboard/tasks";
  }
}
