package vn.innohub.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.PlanStructure;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.Aggregations;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.DelayedTask;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ProvincialValue;
import vn.innohub.reporting.ReportItemKey;
import vn.innohub.reporting.ReportStatus;
import vn.innohub.reporting.ReportView;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Reporting rate, period results with their trail, and the late-task list. */
@Service
public class Insights implements vn.innohub.reporting.ReportingFacts {

  private final PeriodRepository periods;
  private final UnitReportRepository reports;
  private final TargetItemRepository targetItems;
  private final TaskItemRepository taskItems;
  private final EvidenceRepository evidence;
  private final Plans plans;
  private final OrgDirectory org;
  private final Messages messages;
  private final Clock clock;

  Insights(PeriodRepository periods, UnitReportRepository reports, TargetItemRepository targetItems,
      TaskItemRepository taskItems, EvidenceRepository evidence, Plans plans, OrgDirectory org, Messages messages,
      Clock clock) {
    this.periods = periods;
    this.reports = reports;
    this.targetItems = targetItems;
    this.taskItems = taskItems;
    this.evidence = evidence;
    this.plans = plans;
    this.org = org;
    this.messages = messages;
    this.clock = clock;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  @Transactional(readOnly = true)
  public List<PeriodSummary> periods(long planId) {
    return periods.findByPlanIdOrderByEndAscKindAsc(planId).stream().map(Insights::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public PeriodSummary period(long periodId) {
    return summary(periods.findById(periodId).orElseThrow(() -> DomainException.notFound("Period", periodId)));
  }

  static PeriodSummary summary(ReportingPeriod p) {
    return new PeriodSummary(p.getId(), p.getPlanId(), p.getKind(), p.getYear(), p.getIndex(), p.getLabel(),
        p.getStart(), p.getEnd(), p.getUnitDue(), p.getDostDue(), p.getStatus());
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitNote> notes(long periodId) {
    List<UnitReport> approved = reports.findByPeriodIdAndStatus(periodId, ReportStatus.APPROVED);
    Map<Long, String> names = org.names(approved.stream().map(UnitReport::getUnitId).toList());
    return approved.stream()
        .filter(r -> r.getDifficulties() != null || r.getProposals() != null)
        .map(r -> new UnitNote(r.getId(), r.getUnitId(), names.getOrDefault(r.getUnitId(), "#" + r.getUnitId()),
            r.getDifficulties(), r.getProposals()))
        .sorted(java.util.Comparator.comparing(UnitNote::unitName)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, List<HistoryPoint>> targetHistory(long planId) {
    PlanStructure plan = plans.structure(planId);
    Map<Long, Map<Long, List<ReportTargetItem>>> byTargetPeriod = new HashMap<>();
    Map<Long, ReportingPeriod> periodById = new HashMap<>();
    for (ReportTargetItem i : targetItems.approvedInPlan(planId)) {
      ReportingPeriod p = i.getReport().getPeriod();
      periodById.put(p.getId(), p);
      byTargetPeriod.computeIfAbsent(i.getTargetId(), k -> new HashMap<>())
          .computeIfAbsent(p.getId(), k -> new ArrayList<>()).add(i);
    }
    Map<Long, List<HistoryPoint>> out = new LinkedHashMap<>();
    for (PlanStructure.Target t : plan.targets()) {
      List<HistoryPoint> points = new ArrayList<>();
      byTargetPeriod.getOrDefault(t.id(), Map.of()).forEach((periodId, items) -> {
        ReportingPeriod p = periodById.get(periodId);
        BigDecimal v = ProvincialValues.compute(t, items, Map.of()).value();
        if (v != null) {
          points.add(new HistoryPoint(periodId, p.getLabel(), p.getEnd(), v));
        }
      });
      points.sort(java.util.Comparator.comparing(HistoryPoint::end).thenComparing(HistoryPoint::periodId));
      out.put(t.id(), points);
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public long dataStamp(long planId) {
    return reports.stamp(planId);
  }

  @Override
  @Transactional(readOnly = true)
  public Completeness completeness(long periodId) {
    ReportingPeriod period = periods.findById(periodId).orElseThrow(() -> DomainException.notFound("Period", periodId));
    Map<Long, UnitSummary> units = org.all().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    boolean pastDue = today().isAfter(period.getUnitDue());
    List<Completeness.UnitRow> rows = new ArrayList<>();
    for (UnitReport r : reports.findByPeriodIdOrderByUnitId(periodId)) {
      UnitSummary u = units.get(r.getUnitId());
      boolean submitted = r.getFirstSubmittedAt() != null;
      rows.add(new Completeness.UnitRow(r.getId(), r.getUnitId(), u == null ? "#" + r.getUnitId() : u.name(),
          u == null ? "" : u.type().name(), r.getStatus(), submitted, r.isLate(), !submitted && pastDue,
          r.getFirstSubmittedAt(), r.isEnteredOnBehalf()));
    }
    rows.sort(java.util.Comparator.comparing(Completeness.UnitRow::unitName));
    Map<String, List<Completeness.UnitRow>> byType = new java.util.TreeMap<>();
    rows.forEach(r -> byType.computeIfAbsent(r.unitType(), k -> new ArrayList<>()).add(r));
    List<Completeness.Row> typeRows = new ArrayList<>();
    byType.forEach((type, list) -> typeRows.add(count(type.isEmpty() ? "—" : messages.get("unitType." + type), list)));
    return new Completeness(periodId, period.getLabel(), period.getUnitDue(), count(messages.get("reporting.total"), rows),
        typeRows, rows);
  }

  private static Completeness.Row count(String label, List<Completeness.UnitRow> rows) {
    int submitted = (int) rows.stream().filter(Completeness.UnitRow::submitted).count();
    int late = (int) rows.stream().filter(r -> r.submitted() && r.late()).count();
    int approved = (int) rows.stream().filter(r -> r.status() == ReportStatus.APPROVED).count();
    int overdue = (int) rows.stream().filter(Completeness.UnitRow::overdue).count();
    return new Completeness.Row(label, rows.size(), submitted, submitted - late, late, approved, overdue);
  }

  @Override
  @Transactional(readOnly = true)
  public PeriodResults results(long periodId) {
    ReportingPeriod period = periods.findById(periodId).orElseThrow(() -> DomainException.notFound("Period", periodId));
    PlanStructure plan = plans.structure(period.getPlanId());
    Map<Long, UnitSummary> unitsById = org.all().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<Long, String> names = unitsById.values().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    List<UnitReport> periodReports = reports.findByPeriodIdOrderByUnitId(periodId);
    Map<ReportItemKey, List<ReportView.EvidenceView>> files = new HashMap<>();
    List<Long> approvedIds = periodReports.stream().filter(r -> r.getStatus() == ReportStatus.APPROVED)
        .map(UnitReport::getId).toList();
    if (!approvedIds.isEmpty()) {
      for (Evidence e : evidence.findByReportIdInOrderById(approvedIds)) {
        files.computeIfAbsent(e.item(), k -> new ArrayList<>())
            .add(new ReportView.EvidenceView(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes()));
      }
    }
    Map<Long, List<ReportTargetItem>> byTarget = new LinkedHashMap<>();
    targetItems.approvedInPeriod(periodId).forEach(i -> byTarget.computeIfAbsent(i.getTargetId(), k -> new ArrayList<>()).add(i));
    List<PeriodResults.TargetActual> targets = new ArrayList<>();
    for (PlanStructure.Target t : plan.targets()) {
      List<ReportTargetItem> items = byTarget.getOrDefault(t.id(), List.of());
      List<PeriodResults.Source> sources = items.stream().map(i -> new PeriodResults.Source(i.getReport().getId(),
          i.getReport().getUnitId(), names.getOrDefault(i.getReport().getUnitId(), "?"), i.getActual(), i.getNote(),
          files.getOrDefault(ReportItemKey.target(i.getId()), List.of()))).toList();
      ProvincialValue.Result provincial = ProvincialValues.compute(t, items, unitsById);
      String reporter = t.reportingUnitId() == null ? null : names.getOrDefault(t.reportingUnitId(), "#" + t.reportingUnitId());
      targets.add(new PeriodResults.TargetActual(t.id(), t.code(), t.name(), t.valueText(), t.unitOfMeasure(),
          t.aggregation(), provincial.value(), sources, t.method(), messages.get("targetMethod." + t.method()),
          text(provincial.label()), t.reportingUnitId(), reporter, t.methodReview(),
          provincial.lines().stream().map(l -> new PeriodResults.UnitValue(l.reportId(), l.unitId(), l.unitName(),
              l.value(), l.numerator(), l.denominator(), l.used(), text(l.reason()))).toList()));
    }
    Map<Long, List<ReportTaskItem>> leadItems = new HashMap<>();
    List<Long> taskIds = plan.tasks().stream().map(PlanStructure.Task::id).toList();
    if (!taskIds.isEmpty()) {
      for (ReportTaskItem i : taskItems.inPeriod(periodId, taskIds)) {
        if (i.isLead() && i.getReport().getStatus() == ReportStatus.APPROVED) {
          leadItems.computeIfAbsent(i.getTaskId(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    LocalDate asOf = today().isBefore(period.getEnd()) ? today() : period.getEnd().plusDays(1);
    List<PeriodResults.TaskResult> tasks = new ArrayList<>();
    Set<Long> obligated = periodReports.stream().flatMap(r -> r.getTaskItems().stream()).map(ReportTaskItem::getTaskId)
        .collect(Collectors.toSet());
    for (PlanStructure.Task t : plan.tasks()) {
      if (!obligated.contains(t.id())) {
        continue;
      }
      List<ReportTaskItem> items = leadItems.getOrDefault(t.id(), List.of());
      TaskStatus status = Aggregations.rollUp(items.stream().map(ReportTaskItem::getStatus).toList());
      Integer progress = items.isEmpty() ? null : items.stream().map(ReportTaskItem::getProgress)
          .filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
      tasks.add(new PeriodResults.TaskResult(t.id(), t.code(), t.title(),
          plan.section(t.sectionId()).map(PlanStructure.Section::label).orElse(""), t.deadline(), status, progress,
          Aggregations.behind(t.deadline(), status, asOf), items.stream().map(i -> i.getReport().getId()).toList(),
          t.sectionId(), List.copyOf(t.leadUnitIds()), t.leadText(),
          items.stream().map(ReportTaskItem::getResults).filter(java.util.Objects::nonNull)
              .collect(Collectors.joining("\n"))));
    }
    Map<String, List<PeriodResults.TaskResult>> bySection = new LinkedHashMap<>();
    tasks.forEach(t -> bySection.computeIfAbsent(t.section(), k -> new ArrayList<>()).add(t));
    List<PeriodResults.Rollup> sections = new ArrayList<>();
    bySection.forEach((label, list) -> sections.add(Aggregations.rollup(label.isEmpty() ? "—" : label, list)));
    return new PeriodResults(periodId, period.getLabel(), plan.id(), plan.title(), targets, tasks, sections,
        Aggregations.rollup(plan.title(), tasks));
  }



  private String text(ProvincialValue.Text t) {
    return messages.get(t.key(), t.args().toArray());
  }

  /** Late tasks of every plan being reported on, most overdue first. */
  @Override
  @Transactional(readOnly = true)
  public List<DelayedTask> delays() {
    return delays(null);
  }

  /**
   * Tasks whose deadline is before today and whose latest report (past the draft stage) does not say done or
   * cancelled, most overdue first — of the given plan, or (null) of every plan being reported on: a plan in force or
   * closed, and a draft plan as soon as one of its periods has been opened (reports are filed on it).
   */
  @Override
  @Transactional(readOnly = true)
  public List<DelayedTask> delays(Long planId) {
    LocalDate today = today();
    Map<Long, String> names = org.all().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    List<DelayedTask> out = new ArrayList<>();
    for (PlanSummary summary : reportedOn()) {
      if (planId != null && summary.id() != planId) {
        continue;
      }
      PlanStructure plan = plans.structure(summary.id());
      List<PlanStructure.Task> overdue = plan.tasks().stream()
          .filter(t -> t.deadline() != null && t.deadline().isBefore(today)).toList();
      if (overdue.isEmpty()) {
        continue;
      }
      Map<Long, ReportTaskItem> latest = new HashMap<>();
      for (ReportTaskItem i : taskItems.reported(overdue.stream().map(PlanStructure.Task::id).toList())) {
        if (i.isLead()) {
          latest.putIfAbsent(i.getTaskId(), i);
        }
      }
      for (PlanStructure.Task t : overdue) {
        ReportTaskItem last = latest.get(t.id());
        TaskStatus status = last == null ? null : last.getStatus();
        if (status != null && status.closed()) {
          continue;
        }
        out.add(new DelayedTask(plan.id(), plan.title(), t.id(), t.code(), t.title(), t.deadline(),
            ChronoUnit.DAYS.between(t.deadline(), today), status,
            last == null ? null : last.getReport().getPeriod().getLabel(),
            t.leadUnitIds().stream().map(u -> names.getOrDefault(u, "#" + u)).toList()));
      }
    }
    out.sort(java.util.Comparator.comparingLong(DelayedTask::daysLate).reversed());
    return out;
  }

  /** Plans being reported on: in force or closed, or still a draft but with a period opened (open or closed). */
  @Override
  @Transactional(readOnly = true)
  public List<PlanSummary> reportedOn() {
    Set<Long> withPeriods = periods.findAll().stream().filter(p -> p.getStatus() != vn.innohub.reporting.PeriodStatus.PLANNED)
        .map(ReportingPeriod::getPlanId).collect(Collectors.toSet());
    return plans.list().stream().filter(p -> p.status() != PlanStatus.DRAFT || withPeriods.contains(p.id())).toList();
  }
}
