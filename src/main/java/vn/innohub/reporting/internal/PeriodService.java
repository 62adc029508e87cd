package vn.innohub.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.PlanStructure;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.PeriodKind;
import vn.innohub.reporting.PeriodStatus;
import vn.innohub.reporting.ReportingCalendar;
import vn.innohub.reporting.ReportingPeriodPlan;
import vn.innohub.reporting.ReportingRuleReader;
import vn.innohub.shared.DomainException;

/** The reporting calendar of each plan: generating periods, editing their dates, opening and closing them. */
@Service
public class PeriodService implements vn.innohub.reporting.ReportingCalendars {

  /** The rule text a new calendar starts from when the plan names none: the seeds' usual six-month and annual dates. */
  public static final String DEFAULT_RULES = "Báo cáo 6 tháng trước ngày 15/6; báo cáo năm trước ngày 15/12.";

  private final PeriodRepository periods;
  private final UnitReportRepository reports;
  private final Plans plans;
  private final OrgDirectory org;
  private final FollowUp followUp;
  private final Clock clock;

  PeriodService(PeriodRepository periods, UnitReportRepository reports, Plans plans, OrgDirectory org,
      FollowUp followUp, Clock clock) {
    this.periods = periods;
    this.reports = reports;
    this.plans = plans;
    this.org = org;
    this.followUp = followUp;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ReportingPeriod> ofPlan(long planId) {
    return periods.findByPlanIdOrderByEndAscKindAsc(planId);
  }

  @Transactional(readOnly = true)
  public List<ReportingPeriod> all() {
    return periods.findAllByOrderByEndDescIdDesc();
  }

  @Transactional(readOnly = true)
  public ReportingPeriod get(long periodId) {
    return periods.findById(periodId).orElseThrow(() -> DomainException.notFound("Period", periodId));
  }

  /**
   * Adds the periods the rules call for over the plan's years ("Báo cáo 6 tháng trước 15/6 …"); periods already in
   * the calendar are kept as they are. Returns how many were added.
   */
  @Override
  @Transactional
  public int generate(long planId, String rulesText) {
    PlanStructure plan = plans.structure(planId);
    var rules = ReportingRuleReader.read(List.of((rulesText == null || rulesText.isBlank() ? DEFAULT_RULES : rulesText)
        .split("\\R")));
    Set<String> existing = new HashSet<>();
    periods.findByPlanIdOrderByEndAscKindAsc(planId)
        .forEach(p -> existing.add(p.getKind() + "/" + p.getYear() + "/" + p.getIndex()));
    int added = 0;
    for (ReportingPeriodPlan p : ReportingCalendar.generate(plan.periodFrom(), plan.periodTo(), rules)) {
      if (existing.add(p.kind() + "/" + p.year() + "/" + p.index())) {
        LocalDate unitDue = p.unitDue() != null ? p.unitDue() : p.end();
        periods.save(new ReportingPeriod(planId, p.kind(), p.year(), p.index(), p.label(), p.start(), p.end(), unitDue,
            p.dostDue()));
        added++;
      }
    }
    return added;
  }

  /** Creates a custom period (periodId null) or changes a period's label and dates. */
  @Transactional
  public long save(long planId, Long periodId, String label, LocalDate start, LocalDate end, LocalDate unitDue,
      LocalDate dostDue) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (label == null || label.isBlank()) {
      fields.put("label", "reporting.period.label");
    }
    if (start == null || end == null || end.isBefore(start)) {
      fields.put("end", "reporting.period.range");
    }
    if (unitDue == null || (start != null && unitDue.isBefore(start))) {
      fields.put("unitDue", "reporting.period.unitDue");
    }
    if (dostDue != null && unitDue != null && dostDue.isBefore(unitDue)) {
      fields.put("dostDue", "reporting.period.dostDue");
    }
    if (!fields.isEmpty()) {
      throw DomainException.invalid(fields.values().iterator().next());
    }
    if (periodId == null) {
      plans.structure(planId);
      int index = (int) periods.findByPlanIdOrderByEndAscKindAsc(planId).stream()
          .filter(p -> p.getKind() == PeriodKind.CUSTOM && p.getYear() == end.getYear()).count() + 1;
      return periods.save(new ReportingPeriod(planId, PeriodKind.CUSTOM, end.getYear(), index, label.strip(), start, end,
          unitDue, dostDue)).getId();
    }
    ReportingPeriod period = get(periodId);
    if (period.getPlanId() != planId) {
      throw DomainException.notFound("Period", periodId);
    }
    if (period.getStatus() == PeriodStatus.CLOSED) {
      throw DomainException.conflict("reporting.periodClosed", period.getLabel());
    }
    period.describe(label.strip(), start, end, unitDue, dostDue);
    return period.getId();
  }

  /**
   * Opens the period: one report per obligated unit — every unit leading or coordinating a task active in the period,
   * or answering for a target — each with an item per such task and target. Opening again (after the plan changed)
   * adds the reports and items that are missing and removes nothing. Returns the number of new reports.
   */
  @Transactional
  public OpenResult open(long periodId) {
    ReportingPeriod period = get(periodId);
    if (period.getStatus() == PeriodStatus.CLOSED) {
      throw DomainException.conflict("reporting.periodClosed", period.getLabel());
    }
    PlanStructure plan = plans.structure(period.getPlanId());
    Map<Long, Obligation> byUnit = obligations(plan, period.getStart(), period.getEnd());
    if (byUnit.isEmpty()) {
      throw DomainException.conflict("reporting.noObligations", period.getLabel());
    }
    period.open(clock.instant());
    Map<Long, UnitReport> existing = new LinkedHashMap<>();
    reports.findByPeriodIdOrderByUnitId(periodId).forEach(r -> existing.put(r.getUnitId(), r));
    List<UnitReport> created = new ArrayList<>();
    int items = 0;
    for (Map.Entry<Long, Obligation> e : byUnit.entrySet()) {
      UnitReport report = existing.get(e.getKey());
      boolean isNew = report == null;
      if (isNew) {
        report = new UnitReport(period, e.getKey());
      }
      Set<Long> hasTask = new HashSet<>();
      report.getTaskItems().forEach(i -> hasTask.add(i.getTaskId()));
      Set<Long> hasTarget = new HashSet<>();
      report.getTargetItems().forEach(i -> hasTarget.add(i.getTargetId()));
      for (Map.Entry<Long, Boolean> t : e.getValue().tasks().entrySet()) {
        if (hasTask.add(t.getKey())) {
          report.addTask(t.getKey(), t.getValue());
          items++;
        }
      }
      for (PlanStructure.Target t : e.getValue().targets()) {
        if (hasTarget.add(t.id())) {
          report.addTarget(t.id(), t.unitOfMeasure());
          items++;
        }
      }
      if (isNew) {
        created.add(reports.save(report));
      }
    }
    reports.flush();
    followUp.opened(period, plan.title(), created);
    return new OpenResult(created.size(), byUnit.size(), items);
  }

  /** What opening a period did. */
  public record OpenResult(int newReports, int obligatedUnits, int newItems) {}

  @Transactional
  public void close(long periodId) {
    get(periodId).close(clock.instant());
  }

  /**
   * Who must report what: units in document order of the tasks, each with its tasks (true = leads) and targets. Only
   * active units with a report obligation count: an agency outside the province (a ministry, a telecom enterprise)
   * named in the plan gets no report unless ADMIN switched reporting on for it.
   */
  Map<Long, Obligation> obligations(PlanStructure plan, LocalDate from, LocalDate to) {
    Set<Long> active = new HashSet<>();
    org.all().stream().filter(u -> u.active() && u.reports()).forEach(u -> active.add(u.id()));
    Map<Long, Obligation> byUnit = new TreeMap<>();
    for (PlanStructure.Task task : plan.tasks()) {
      if (!task.activeIn(from, to)) {
        continue;
      }
      task.leadUnitIds().stream().filter(active::contains)
          .forEach(u -> byUnit.computeIfAbsent(u, k -> new Obligation()).tasks().put(task.id(), true));
      task.coordinatingUnitIds().stream().filter(active::contains)
          .forEach(u -> byUnit.computeIfAbsent(u, k -> new Obligation()).tasks().putIfAbsent(task.id(), false));
    }
    for (PlanStructure.Target target : plan.targets()) {
      target.reportingUnitIds().stream().filter(active::contains)
          .forEach(u -> byUnit.computeIfAbsent(u, k -> new Obligation()).targets().add(target));
    }
    return byUnit;
  }

  /** One unit's obligations in a period. */
  record Obligation(Map<Long, Boolean> tasks, List<PlanStructure.Target> targets) {
    Obligation() {
      this(new LinkedHashMap<>(), new ArrayList<>());
    }
  }
}
