package vn.innohub.plan.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.plan.PlanStructure;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.importing.QuantityParser;
import vn.innohub.shared.DomainException;
import vn.innohub.plan.Plans;

@Service
class PlanService implements Plans {

  private final PlanRepository plans;
  private final PlanImports imports;

  PlanService(PlanRepository plans, PlanImports imports) {
    this.plans = plans;
    this.imports = imports;
  }

  @Override
  @Transactional
  public long importDocument(String name, byte[] content, vn.innohub.plan.PlanStatus status) {
    long id = imports.commit(imports.preview(name, content, null));
    plans.findById(id).ifPresent(p -> p.setStatus(status));
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PlanSummary> list() {
    return plans.findAllByOrderByPeriodFromDescIdDesc().stream().map(Plan::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public PlanStructure structure(long planId) {
    // Reporting reads the structure on every report save: it is cached per plan version (raised by every change to
    // the plan or its parts, on any node), so a save costs one version lookup instead of loading every task.
    long version = plans.versionOf(planId).orElseThrow(() -> DomainException.notFound("Plan", planId));
    Cached cached = structures.get(planId);
    if (cached != null && cached.version() == version) {
      return cached.structure();
    }
    PlanStructure built = build(planId);
    structures.put(planId, new Cached(version, built));
    return built;
  }

  private record Cached(long version, PlanStructure structure) {}

  private final java.util.Map<Long, Cached> structures = new java.util.concurrent.ConcurrentHashMap<>();

  private PlanStructure build(long planId) {
    Plan plan = plans.findById(planId).orElseThrow(() -> DomainException.notFound("Plan", planId));
    List<PlanStructure.Section> sections = plan.getSections().stream()
        .map(s -> new PlanStructure.Section(s.getId(), s.getCode(), s.getTitle())).toList();
    List<PlanStructure.Target> targets = plan.getTargets().stream().map(t -> {
      Set<Long> leads = unitsIn(t.getUnits(), UnitRole.Role.LEAD);
      Set<Long> aggregators = unitsIn(t.getUnits(), UnitRole.Role.AGGREGATOR);
      vn.innohub.plan.TargetMethod method = t.getMethod() != null ? t.getMethod()
          : vn.innohub.plan.TargetMethod.propose(t.getName(), t.getUnitOfMeasure(), t.getDataSource() != null);
      Long reportingUnit = method.singleAgency() ? TargetReporter.of(t.getReportingUnitId(), aggregators, leads) : null;
      Set<Long> reporting = new LinkedHashSet<>(leads.isEmpty() ? aggregators : leads);
      if (reportingUnit != null) {
        reporting.add(reportingUnit);
      }
      return new PlanStructure.Target(t.getId(), t.getCode(), t.getName(), t.getValueText(), t.getValueMin(),
          t.getUnitOfMeasure(), t.getTargetYear(), t.getBaseline(), t.getAggregation(), reporting,
          t.getComparator(), t.getDataSource(), method, reportingUnit, t.getMethod() == null || t.isMethodReview());
    }).toList();
    List<PlanStructure.Task> tasks = plan.getTasks().stream().map(t -> new PlanStructure.Task(t.getId(), t.getCode(),
        t.getSection() == null ? null : t.getSection().getId(), t.getName(), t.getContent(), t.getLeadText(),
        t.getCoordinatingText(), t.getScheduleText(), t.getScheduleKind(), impliedStart(t),
        t.getDueDate() != null ? t.getDueDate() : t.getEndDate(), t.getOutputs(),
        t.getOutputs() == null || t.getOutputs().isBlank() ? null : QuantityParser.value(t.getOutputs()),
        unitsIn(t.getUnits(), UnitRole.Role.LEAD), unitsIn(t.getUnits(), UnitRole.Role.COORDINATING))).toList();
    return new PlanStructure(plan.getId(), plan.getNumber(), plan.getTitle(), plan.getPeriodFrom(), plan.getPeriodTo(),
        plan.getStatus(), sections, targets, tasks, plan.getVersion(), plan.getIssuerUnitId());
  }

  /**
   * A task due "Năm 2027" is carried out during 2027, so it starts on 1 January of that year; a task due at a quarter,
   * month or date ("Quý III/2026") may be worked on from the plan's start, so it has no start.
   */
  static java.time.LocalDate impliedStart(PlanTask t) {
    if (t.getStartDate() != null || t.getDueDate() == null || t.getScheduleKind() != vn.innohub.plan.Schedule.Kind.DUE) {
      return t.getStartDate();
    }
    String f = vn.innohub.shared.text.VietnameseText.fold(t.getScheduleText() == null ? "" : t.getScheduleText());
    boolean yearOnly = t.getDueDate().getMonthValue() == 12 && t.getDueDate().getDayOfMonth() == 31
        && !f.contains("quy") && !f.contains("thang") && !f.contains("/") && !f.contains("truoc");
    return yearOnly ? t.getDueDate().withDayOfYear(1) : null;
  }

  private static Set<Long> unitsIn(Set<UnitRole> roles, UnitRole.Role role) {
    Set<Long> out = new LinkedHashSet<>();
    roles.stream().filter(r -> r.getRole() == role).forEach(r -> out.add(r.getUnitId()));
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return plans.count();
  }
}
