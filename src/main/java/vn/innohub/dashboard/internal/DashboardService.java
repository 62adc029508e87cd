package vn.innohub.dashboard.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.Light;
import vn.innohub.dashboard.Trajectory;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStructure;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.PeriodStatus;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.DomainException;

/**
 * Builds a plan's dashboard. The expensive part (results, history, reporting rates of all periods) is computed once
 * per plan, period and state of the data — keyed by the plan's version and the reports' data stamp, both read from the
 * database, so every node sees changes at once — and filters are applied on that in memory.
 */
@Service
public class DashboardService {

  private final Plans plans;
  private final ReportingFacts facts;
  private final OrgDirectory org;
  private final Clock clock;
  private final Map<String, Base> cache = new ConcurrentHashMap<>();

  private final vn.innohub.shared.cache.FreshCache<Long, String> dataState;
  private final List<vn.innohub.shared.stats.LiveStatistics> statistics;

  DashboardService(Plans plans, ReportingFacts facts, OrgDirectory org, Clock clock,
      vn.innohub.shared.cache.DataChanges changes, List<vn.innohub.shared.stats.LiveStatistics> statistics) {
    this.statistics = statistics;
    this.dataState = changes.cache(1000);
    this.plans = plans;
    this.facts = facts;
    this.org = org;
    this.clock = clock;
  }

  /** What a dashboard is computed from, before filters. */
  record Base(PlanStructure plan, ReportingFacts.PeriodSummary period, List<ReportingFacts.PeriodSummary> periods,
      PeriodResults results, Completeness completeness, List<Dashboard.TargetRow> targets,
      Map<Long, UnitSummary> units, Map<Long, int[]> onTimeByUnit) {}

  /**
   * A key that changes whenever the dashboard would: plan, period, filters, what the viewer may see, the plan's
   * version, the reports' data stamp and the day. Unknown plans answer NOT_FOUND.
   */
  public String cacheKey(long planId, Long periodId, Dashboard.Filters filters, Actor actor) {
    // The plan's version, its reports' data stamp and the number of plans (the plan selector) are read from the
    // database at most once per write on this node or per cross-node delay, not on every page view.
    String state = dataState.get(planId, id -> {
      PlanStructure plan = plans.structure(id);
      return plan.version() + "|" + facts.dataStamp(id) + "|" + plans.count() + "|" + live(plan);
    });
    boolean overseer = actor.has(Role.ADMIN) || actor.has(Role.LEADER);
    return planId + "|" + periodId + "|" + filters + "|" + (overseer ? "all" : new java.util.TreeSet<>(actor.unitIds()))
        + "|" + actor.has(Role.ADMIN) + "|" + state + "|" + LocalDate.now(clock);
  }

  /** What the dashboard page shows once the request's choices are reconciled with the chosen plan. */
  public record Selection(long planId, Long periodId, Dashboard.Filters filters) {}

  /**
   * Reconciles what a dashboard request asked for with the plan it names, so that every combination of filters gives
   * a page: an unknown plan falls back to the default plan (the first in force, else the first); a period that is not
   * one of the plan's (typically the period of the previously chosen plan, carried over by the filter form) falls
   * back to the plan's latest open or closed period; a section of another plan, an unknown unit and an unknown unit
   * type are dropped. Empty when there is no plan at all.
   */
  public java.util.Optional<Selection> select(Long planId, Long periodId, Dashboard.Filters filters) {
    List<vn.innohub.plan.PlanSummary> all = plans.list();
    java.util.Optional<vn.innohub.plan.PlanSummary> plan = all.stream()
        .filter(p -> planId != null && p.id() == planId).findFirst()
        .or(() -> all.stream().filter(p -> p.status() != vn.innohub.plan.PlanStatus.DRAFT).findFirst())
        .or(() -> all.stream().findFirst());
    if (plan.isEmpty()) {
      return java.util.Optional.empty();
    }
    long id = plan.get().id();
    List<ReportingFacts.PeriodSummary> periods = facts.periods(id);
    Long period = periodId != null && periods.stream().anyMatch(p -> p.id() == periodId) ? periodId : null;
    PlanStructure structure = plans.structure(id);
    Long section = filters.sectionId() != null && structure.section(filters.sectionId()).isPresent()
        ? filters.sectionId() : null;
    Long agency = filters.agencyId() != null && org.find(filters.agencyId()).isPresent() ? filters.agencyId() : null;
    String type = filters.unitType() != null
        && java.util.Arrays.stream(UnitType.values()).anyMatch(t -> t.name().equals(filters.unitType()))
        ? filters.unitType() : null;
    return java.util.Optional.of(new Selection(id, period, new Dashboard.Filters(section, agency, type)));
  }

  public Dashboard build(long planId, Long periodId, Dashboard.Filters filters, Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.LEADER) && !actor.has(Role.UNIT_OFFICER)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    PlanStructure plan = plans.structure(planId);
    List<ReportingFacts.PeriodSummary> periods = facts.periods(planId);
    ReportingFacts.PeriodSummary period = choose(periods, periodId);
    Base base = base(plan, periods, period);
    if (filters.sectionId() != null && plan.section(filters.sectionId()).isEmpty()) {
      throw DomainException.notFound("Section", filters.sectionId());
    }
    if (filters.agencyId() != null && !base.units().containsKey(filters.agencyId())) {
      throw DomainException.notFound("Unit", filters.agencyId());
    }
    if (filters.unitType() != null) {
      try {
        UnitType.valueOf(filters.unitType());
      } catch (IllegalArgumentException e) {
        throw DomainException.notFound("UnitType", filters.unitType());
      }
    }
    boolean overseer = actor.has(Role.ADMIN) || actor.has(Role.LEADER);
    Set<Long> agencies = filters.agencyId() != null ? Set.of(filters.agencyId()) : overseer ? null : actor.unitIds();
    if (!overseer && filters.agencyId() != null && !actor.unitIds().contains(filters.agencyId())) {
      throw new DomainException(HttpStatus.FORBIDDEN, "dashboard.notYourUnit");
    }
    return view(base, filters, agencies);
  }

  private ReportingFacts.PeriodSummary choose(List<ReportingFacts.PeriodSummary> periods, Long periodId) {
    if (periodId != null) {
      return periods.stream().filter(p -> p.id() == periodId).findFirst()
          .orElseThrow(() -> DomainException.notFound("Period", periodId));
    }
    LocalDate today = LocalDate.now(clock);
    return periods.stream().filter(p -> p.status() != PeriodStatus.PLANNED)
        .max(Comparator.comparing(ReportingFacts.PeriodSummary::end)
            .thenComparing(p -> p.end().isAfter(today) ? 0 : 1))
        .orElse(null);
  }

  /** Current values of the live statistics the plan's targets are bound to (sorted, so usable in cache keys). */
  private Map<String, BigDecimal> live(PlanStructure plan) {
    Map<String, BigDecimal> values = new java.util.TreeMap<>();
    for (PlanStructure.Target t : plan.targets()) {
      if (t.dataSource() != null) {
        statistics.stream().filter(s -> s.keys().contains(t.dataSource())).findFirst()
            .flatMap(s -> s.value(t.dataSource())).ifPresent(v -> values.put(t.dataSource(), v));
      }
    }
    return values;
  }

  Base base(PlanStructure plan, List<ReportingFacts.PeriodSummary> periods, ReportingFacts.PeriodSummary period) {
    String key = plan.id() + "/" + (period == null ? "-" : period.id()) + "/" + plan.version() + "/"
        + facts.dataStamp(plan.id()) + "/" + LocalDate.now(clock) + "/" + live(plan);
    Base cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    cache.keySet().removeIf(k -> k.startsWith(plan.id() + "/" + (period == null ? "-" : period.id()) + "/"));
    Base built = compute(plan, periods, period);
    cache.put(key, built);
    return built;
  }

  private Base compute(PlanStructure plan, List<ReportingFacts.PeriodSummary> periods,
      ReportingFacts.PeriodSummary period) {
    Map<Long, UnitSummary> units = org.all().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    PeriodResults results = period == null ? null : facts.results(period.id());
    Completeness completeness = period == null ? null : facts.completeness(period.id());
    Map<Long, List<ReportingFacts.HistoryPoint>> history = facts.targetHistory(plan.id());
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = period == null ? today : period.end().isBefore(today) ? period.end() : today;
    List<Dashboard.TargetRow> targets = new ArrayList<>();
    Map<String, BigDecimal> liveValues = live(plan);
    for (PlanStructure.Target t : plan.targets()) {
      List<ReportingFacts.HistoryPoint> points = history.getOrDefault(t.id(), List.of()).stream()
          .filter(p -> period == null || !p.end().isAfter(period.end())).toList();
      PeriodResults.TargetActual provincial = results == null ? null : results.targets().stream()
          .filter(a -> a.targetId() == t.id()).findFirst().orElse(null);
      BigDecimal reported = provincial == null ? null : provincial.actual();
      // A target bound to a live statistic takes its actual value from it; the units' value is shown beside.
      BigDecimal actual = t.dataSource() != null ? liveValues.get(t.dataSource()) : reported;
      Light light = Trajectory.light(t.comparator(), t.baseline(), t.value(), t.year(), plan.periodFrom(), plan.periodTo(),
          actual, asOf);
      targets.add(new Dashboard.TargetRow(t.id(), t.code(), t.name(), t.valueText(), t.unitOfMeasure(), t.baseline(),
          actual, t.value(), t.year(), Trajectory.progress(t.baseline(), t.value(), actual), light, points,
          Svg.sparkline(points.stream().map(ReportingFacts.HistoryPoint::actual).toList(), t.value()),
          t.dataSource(), reported, provincial));
    }
    Map<Long, int[]> onTime = new HashMap<>();
    if (period != null) {
      for (ReportingFacts.PeriodSummary p : periods) {
        if (p.status() == PeriodStatus.PLANNED || p.end().isAfter(period.end())) {
          continue;
        }
        Completeness c = p.id() == period.id() ? completeness : facts.completeness(p.id());
        for (Completeness.UnitRow r : c.byUnit()) {
          int[] counts = onTime.computeIfAbsent(r.unitId(), k -> new int[2]);
          counts[0]++;
          counts[1] += r.submitted() && !r.late() ? 1 : 0;
        }
      }
    }
    return new Base(plan, period, periods, results, completeness, targets, units, onTime);
  }

  private Dashboard view(Base b, Dashboard.Filters f, Set<Long> agencies) {
    PlanStructure plan = b.plan();
    List<PeriodResults.TaskResult> tasks = b.results() == null ? List.of() : b.results().tasks().stream()
        .filter(t -> f.sectionId() == null || f.sectionId().equals(t.sectionId()))
        .filter(t -> agencies == null || t.leadUnitIds().stream().anyMatch(agencies::contains))
        .toList();
    Map<Long, Boolean> typeOk = new HashMap<>();
    b.units().forEach((id, u) -> typeOk.put(id, f.unitType() == null || u.type().name().equals(f.unitType())));
    // Task counts by section.
    Map<Long, List<PeriodResults.TaskResult>> bySection = new LinkedHashMap<>();
    plan.sections().forEach(s -> bySection.put(s.id(), new ArrayList<>()));
    List<PeriodResults.TaskResult> unsectioned = new ArrayList<>();
    tasks.forEach(t -> (t.sectionId() == null ? unsectioned : bySection.computeIfAbsent(t.sectionId(), k -> new ArrayList<>())).add(t));
    List<Dashboard.SectionRow> sections = new ArrayList<>();
    bySection.forEach((id, list) -> {
      if (!list.isEmpty()) {
        sections.add(section(id, plan.section(id).map(PlanStructure.Section::label).orElse("—"), list));
      }
    });
    if (!unsectioned.isEmpty()) {
      sections.add(section(null, "—", unsectioned));
    }
    // Late tasks by lead agency.
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = b.period() == null || !b.period().end().isBefore(today) ? today : b.period().end().plusDays(1);
    Map<Long, List<Dashboard.LateTask>> late = new TreeMap<>();
    for (PeriodResults.TaskResult t : tasks) {
      if (!t.behindSchedule()) {
        continue;
      }
      Dashboard.LateTask lt = new Dashboard.LateTask(t.taskId(), t.code(), t.title(), t.deadline(),
          t.deadline() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(t.deadline(), asOf)), t.status());
      for (Long unit : t.leadUnitIds()) {
        if ((agencies == null || agencies.contains(unit)) && typeOk.getOrDefault(unit, true)) {
          late.computeIfAbsent(unit, k -> new ArrayList<>()).add(lt);
        }
      }
    }
    List<Dashboard.LateGroup> lateGroups = late.entrySet().stream()
        .map(e -> new Dashboard.LateGroup(e.getKey(), name(b, e.getKey()), e.getValue()))
        .sorted(Comparator.comparing((Dashboard.LateGroup g) -> -g.tasks().size()).thenComparing(Dashboard.LateGroup::unitName))
        .toList();
    // Reporting rate per unit.
    List<Dashboard.RateRow> rates = b.completeness() == null ? List.of() : b.completeness().byUnit().stream()
        .filter(r -> (agencies == null || agencies.contains(r.unitId())) && typeOk.getOrDefault(r.unitId(), true))
        .map(r -> new Dashboard.RateRow(r.unitId(), r.unitName(), r.unitType(), r.reportId(), r.status(), r.submitted(),
            r.late(), r.overdue()))
        .toList();
    int expected = rates.size();
    int submitted = (int) rates.stream().filter(Dashboard.RateRow::submitted).count();
    int lateCount = (int) rates.stream().filter(r -> r.submitted() && r.late()).count();
    int approved = (int) rates.stream().filter(r -> r.status() == vn.innohub.reporting.ReportStatus.APPROVED).count();
    int overdue = (int) rates.stream().filter(Dashboard.RateRow::overdue).count();
    Completeness.Row reporting = new Completeness.Row("", expected, submitted, submitted - lateCount, lateCount, approved,
        overdue);
    // Ranking.
    Map<Long, int[]> led = new HashMap<>();
    List<PeriodResults.TaskResult> allTasks = b.results() == null ? List.of() : b.results().tasks();
    for (PeriodResults.TaskResult t : allTasks) {
      for (Long unit : t.leadUnitIds()) {
        int[] c = led.computeIfAbsent(unit, k -> new int[2]);
        c[0]++;
        c[1] += t.status() != null && t.status().done() ? 1 : 0;
      }
    }
    List<Long> ranked = new ArrayList<>(b.onTimeByUnit().keySet());
    led.keySet().stream().filter(u -> !b.onTimeByUnit().containsKey(u)).forEach(ranked::add);
    List<Dashboard.RankRow> rows = new ArrayList<>();
    for (Long unit : ranked) {
      if ((agencies != null && !agencies.contains(unit)) || !typeOk.getOrDefault(unit, true)) {
        continue;
      }
      UnitSummary summary = b.units().get(unit);
      if (summary != null && !summary.reports()) {
        continue; // an agency outside the province without a reporting duty is not ranked among the province's units
      }
      int[] l = led.getOrDefault(unit, new int[2]);
      int[] o = b.onTimeByUnit().getOrDefault(unit, new int[2]);
      int completion = l[0] == 0 ? 0 : Math.round(100f * l[1] / l[0]);
      int onTime = o[0] == 0 ? 0 : Math.round(100f * o[1] / o[0]);
      int parts = (l[0] > 0 ? 1 : 0) + (o[0] > 0 ? 1 : 0);
      int score = parts == 0 ? 0 : Math.round(((l[0] > 0 ? completion : 0) + (o[0] > 0 ? onTime : 0)) / (float) parts);
      rows.add(new Dashboard.RankRow(0, unit, name(b, unit), l[0], l[1], completion, o[0], o[1], onTime, score));
    }
    rows.sort(Comparator.comparingInt((Dashboard.RankRow r) -> -r.score()).thenComparing(Dashboard.RankRow::unitName));
    List<Dashboard.RankRow> ranking = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Dashboard.RankRow r = rows.get(i);
      ranking.add(new Dashboard.RankRow(i + 1, r.unitId(), r.unitName(), r.tasksLed(), r.tasksDone(), r.completion(),
          r.reportsExpected(), r.reportsOnTime(), r.onTime(), r.score()));
    }
    List<Dashboard.TargetRow> targets = b.targets().stream()
        .filter(t -> agencies == null || plan.target(t.id()).map(x -> x.reportingUnitIds().stream()
            .anyMatch(agencies::contains)).orElse(false))
        .toList();
    boolean hasData = b.results() != null && (b.results().tasks().stream().anyMatch(t -> t.status() != null)
        || b.results().targets().stream().anyMatch(t -> !t.sources().isEmpty()));
    List<Dashboard.Option> sectionOptions = plan.sections().stream()
        .map(s -> new Dashboard.Option(s.id(), s.label())).toList();
    Map<Long, String> agencyNames = new TreeMap<>();
    plan.tasks().forEach(t -> t.leadUnitIds().forEach(u -> agencyNames.put(u, name(b, u))));
    List<Dashboard.Option> agencyOptions = agencyNames.entrySet().stream()
        .map(e -> new Dashboard.Option(e.getKey(), e.getValue())).sorted(Comparator.comparing(Dashboard.Option::label)).toList();
    List<String> types = b.units().values().stream().map(u -> u.type().name()).distinct().sorted().toList();
    return new Dashboard(plan.id(), plan.title(), b.period(), b.periods(), hasData, f, sectionOptions, agencyOptions,
        types, targets, sections, section(null, "", tasks), lateGroups, reporting, rates, ranking);
  }

  private static String name(Base b, long unitId) {
    UnitSummary u = b.units().get(unitId);
    return u == null ? "#" + unitId : u.name();
  }

  static Dashboard.SectionRow section(Long id, String label, List<PeriodResults.TaskResult> tasks) {
    PeriodResults.Rollup r = vn.innohub.reporting.Aggregations.rollup(label, tasks);
    return new Dashboard.SectionRow(id, label, r.tasks(), r.byStatus(), r.noData(), r.behindSchedule(), r.percentDone());
  }

}
