package vn.innohub.plan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.TargetMethod;
import vn.innohub.plan.importing.AgencyLookup;
import vn.innohub.plan.importing.AgencyText;
import vn.innohub.plan.importing.Flags;
import vn.innohub.plan.importing.QuantityParser;
import vn.innohub.plan.importing.ScheduleParser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;

/**
 * The plan editor's operations: header, targets, tasks and budget lines, with agencies and schedules typed as text
 * and read the same way the importer reads them. Every change goes through the plan aggregate and is audited.
 */
@Service
public class PlanEditor {

  /** The editable fields of a target. */
  public record TargetForm(String code, String name, String value, Integer year, String baseline, String milestones,
      Aggregation aggregation, String aggregator, String lead, String coordinating, long version) {}

  /** The editable fields of a task. */
  public record TaskForm(String code, Long sectionId, String name, String content, String lead, String coordinating,
      String schedule, String outputs, Set<Long> targetIds, long version) {}

  /** The editable fields of a plan's header. */
  public record HeaderForm(String number, LocalDate date, String place, String title, Long issuerUnitId, int from, int to,
      Long parentPlanId, PlanStatus status, String legalBases, long version) {}

  private final PlanRepository plans;
  private final Agencies agencies;
  private final Clock clock;

  @jakarta.persistence.PersistenceContext
  private jakarta.persistence.EntityManager entityManager;

  private final List<vn.innohub.shared.stats.LiveStatistics> statistics;

  private final vn.innohub.audit.AuditTrail trail;

  public PlanEditor(PlanRepository plans, Agencies agencies, Clock clock,
      List<vn.innohub.shared.stats.LiveStatistics> statistics, vn.innohub.audit.AuditTrail trail) {
    this.statistics = statistics;
    this.trail = trail;
    this.plans = plans;
    this.agencies = agencies;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Plan plan(long id) {
    Plan plan = plans.findById(id).orElseThrow(() -> DomainException.notFound("Plan", id));
    // Pages render after the transaction (open-in-view is off): load the whole aggregate now.
    plan.getLegalBases();
    plan.getSections();
    plan.getTargets();
    plan.getTasks();
    plan.getBudgetLines();
    return plan;
  }

  /**
   * The plan, loaded for a change to it or to one of its parts: its version is raised at commit even when only a
   * task or target changes, so readers that cache the plan's structure by version (reporting) see every change.
   */
  private Plan changing(long planId) {
    Plan plan = plan(planId);
    entityManager.lock(plan, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return plan;
  }

  @Transactional
  public long create(HeaderForm form) {
    Plan plan = guard(() -> new Plan(form.number(), form.title(), form.issuerUnitId(), form.from(), form.to(),
        form.status(), clock.instant()));
    guard(() -> {
      plan.describe(form.number(), form.date(), form.place(), form.title(), form.issuerUnitId(), form.from(), form.to(),
          form.parentPlanId());
      return plan;
    });
    plan.setLegalBases(lines(form.legalBases()));
    return plans.save(plan).getId();
  }

  @Transactional
  public void updateHeader(long planId, HeaderForm form) {
    Plan plan = changing(planId);
    stale(plan.getVersion(), form.version());
    if (form.parentPlanId() != null && plans.findById(form.parentPlanId()).isEmpty()) {
      throw DomainException.notFound("Plan", form.parentPlanId());
    }
    guard(() -> {
      plan.describe(form.number(), form.date(), form.place(), form.title(), form.issuerUnitId(), form.from(), form.to(),
          form.parentPlanId());
      return plan;
    });
    if (form.status() != null) {
      plan.setStatus(form.status());
    }
    plan.setLegalBases(lines(form.legalBases()));
  }

  /** The statistics a target may take its actual value from (keys of every LiveStatistics module). */
  public List<String> dataSources() {
    return statistics.stream().flatMap(s -> s.keys().stream()).toList();
  }

  /** Binds a target to a live statistic (or unbinds it with a blank key). */
  @Transactional
  public void bindTarget(long planId, long targetId, String source) {
    String key = Texts.blankToNull(source);
    if (key != null && !dataSources().contains(key)) {
      throw DomainException.invalid("plan.dataSource.unknown", key);
    }
    Plan plan = changing(planId);
    PlanTarget target = plan.target(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
    target.setDataSource(key);
    if (key != null && target.getMethod() != vn.innohub.plan.TargetMethod.LIVE) {
      changeMethod(target, vn.innohub.plan.TargetMethod.LIVE, null);
    } else if (key == null && target.getMethod() == vn.innohub.plan.TargetMethod.LIVE) {
      TargetMethod before = target.getMethod();
      target.proposeMethod(TargetMethod.propose(target.getName(), target.getUnitOfMeasure(), false));
      trail.record("TARGET_METHOD_CHANGED", "PlanTarget", String.valueOf(target.getId()),
          Map.of("method", before.name()), Map.of("method", target.getMethod().name(), "methodReview", true));
    }
  }

  /**
   * ADMIN sets how a target's provincial value is obtained (issue 17) and, for REPORTED_BY/RANK, the agency whose
   * value is the province's (null: the compiling agency, else the first lead). The method is confirmed (no review
   * left). Provincial values are computed on read from the stored unit values, so past periods follow the new
   * method; the audit trail keeps the old and the new method.
   */
  @Transactional
  public void chooseMethod(long planId, long targetId, TargetMethod method, Long reportingUnitId) {
    if (method == null) {
      throw DomainException.invalid("plan.target.methodRequired");
    }
    if (method == TargetMethod.LIVE && plan(planId).target(targetId).map(PlanTarget::getDataSource).isEmpty()) {
      throw DomainException.invalid("plan.target.methodLiveUnbound");
    }
    Plan plan = changing(planId);
    PlanTarget target = plan.target(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
    changeMethod(target, method, reportingUnitId);
  }

  /**
   * The units a REPORTED_BY/RANK target's value may come from (its compiling, lead and coordinating agencies, by
   * name) and the one used when ADMIN chose none: the compiling agency, else the first lead unit.
   */
  @Transactional(readOnly = true)
  public ReporterChoice reporterChoice(PlanTarget target) {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    java.util.Set<Long> aggregators = new java.util.LinkedHashSet<>();
    java.util.Set<Long> leads = new java.util.LinkedHashSet<>();
    target.getUnits().forEach(r -> {
      ids.add(r.getUnitId());
      if (r.getRole() == UnitRole.Role.AGGREGATOR) {
        aggregators.add(r.getUnitId());
      } else if (r.getRole() == UnitRole.Role.LEAD) {
        leads.add(r.getUnitId());
      }
    });
    if (target.getReportingUnitId() != null) {
      ids.add(target.getReportingUnitId());
    }
    Map<Long, String> names = new java.util.TreeMap<>(agencies.names(ids));
    return new ReporterChoice(names, TargetReporter.of(null, aggregators, leads));
  }

  /** Candidate reporting agencies by id → name, and the default one (null: none). */
  public record ReporterChoice(Map<Long, String> units, Long defaultUnitId) {}

  private void changeMethod(PlanTarget target, TargetMethod method, Long reportingUnitId) {
    Map<String, Object> before = new java.util.LinkedHashMap<>();
    before.put("method", target.getMethod() == null ? null : target.getMethod().name());
    before.put("reportingUnitId", target.getReportingUnitId());
    before.put("methodReview", target.isMethodReview());
    target.chooseMethod(method, reportingUnitId);
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("method", target.getMethod().name());
    after.put("reportingUnitId", target.getReportingUnitId());
    after.put("methodReview", target.isMethodReview());
    trail.record("TARGET_METHOD_CHANGED", "PlanTarget", String.valueOf(target.getId()), before, after);
  }

  @Transactional
  public long saveTarget(long planId, Long targetId, TargetForm form) {
    Plan plan = changing(planId);
    PlanTarget target = targetId == null ? plan.addTarget()
        : plan.target(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
    if (targetId != null) {
      stale(target.getVersion(), form.version());
    }
    Quantity value = QuantityParser.value(form.value());
    guard(() -> {
      target.describe(form.code(), form.name(), value, form.year() == null ? plan.getPeriodTo() : form.year());
      return target;
    });
    target.setAggregation(form.aggregation() != null ? form.aggregation() : Aggregation.defaultFor(form.name(), value.unit()));
    if (target.getMethod() == null) {
      target.proposeMethod(TargetMethod.propose(form.name(), value.unit(), target.getDataSource() != null));
    }
    BigDecimal baseline = vn.innohub.shared.text.VietnameseNumbers.parse(form.baseline());
    if (form.baseline() != null && !form.baseline().isBlank() && baseline == null) {
      throw DomainException.invalid("plan.number.invalid", form.baseline());
    }
    target.setBaseline(baseline);
    target.setMilestones(milestones(form.milestones(), plan.getPeriodFrom(), plan.getPeriodTo()));
    AgencyLookup lookup = agencies.lookup();
    AgencyText aggregator = Agencies.resolve(lookup, form.aggregator());
    AgencyText lead = Agencies.resolve(lookup, form.lead());
    AgencyText coordinating = Agencies.resolve(lookup, form.coordinating());
    Set<UnitRole> roles = new HashSet<>();
    roles.addAll(Agencies.roles(UnitRole.Role.AGGREGATOR, aggregator));
    roles.addAll(Agencies.roles(UnitRole.Role.LEAD, lead));
    roles.addAll(Agencies.roles(UnitRole.Role.COORDINATING, coordinating));
    target.assign(aggregator.text(), lead.text(), coordinating.text(), roles,
        Agencies.unresolved(aggregator, lead, coordinating));
    target.setFlags(Flags.stored(Flags.ofTarget(form.name(), value, aggregator, lead, coordinating)));
    plans.flush();
    return target.getId();
  }

  @Transactional
  public long saveTask(long planId, Long taskId, TaskForm form) {
    Plan plan = changing(planId);
    PlanTask task = taskId == null ? plan.addTask()
        : plan.task(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId));
    if (taskId != null) {
      stale(task.getVersion(), form.version());
    }
    PlanSection section = form.sectionId() == null ? null
        : plan.section(form.sectionId()).orElseThrow(() -> DomainException.notFound("Section", form.sectionId()));
    guard(() -> {
      task.describe(form.code(), section, form.name(), form.content(), form.outputs());
      return task;
    });
    Schedule schedule = ScheduleParser.parse(form.schedule(), plan.getPeriodFrom(), plan.getPeriodTo());
    task.schedule(schedule);
    AgencyLookup lookup = agencies.lookup();
    AgencyText lead = Agencies.resolve(lookup, form.lead());
    AgencyText coordinating = Agencies.resolve(lookup, form.coordinating());
    Set<UnitRole> roles = new HashSet<>();
    roles.addAll(Agencies.roles(UnitRole.Role.LEAD, lead));
    roles.addAll(Agencies.roles(UnitRole.Role.COORDINATING, coordinating));
    task.assign(lead.text(), coordinating.text(), roles, Agencies.unresolved(lead, coordinating));
    Set<Long> known = plan.getTargets().stream().map(PlanTarget::getId).collect(Collectors.toSet());
    Set<Long> targets = form.targetIds() == null ? Set.of() : form.targetIds();
    if (!known.containsAll(targets)) {
      throw DomainException.invalid("error.validation");
    }
    task.serves(targets);
    task.setFlags(Flags.stored(Flags.ofTask(form.name(), lead, coordinating, schedule)));
    plans.flush();
    return task.getId();
  }

  @Transactional
  public long saveBudgetLine(long planId, Long lineId, String label, String source, String total, Map<Integer, String> byYear) {
    Plan plan = changing(planId);
    BudgetLine line = lineId == null ? plan.addBudgetLine()
        : plan.budgetLine(lineId).orElseThrow(() -> DomainException.notFound("BudgetLine", lineId));
    Map<Integer, BigDecimal> amounts = new java.util.TreeMap<>();
    byYear.forEach((year, text) -> {
      if (text != null && !text.isBlank()) {
        BigDecimal amount = vn.innohub.shared.text.VietnameseNumbers.parse(text);
        if (amount == null) {
          throw DomainException.invalid("plan.number.invalid", text);
        }
        amounts.put(year, amount);
      }
    });
    BigDecimal totalValue = vn.innohub.shared.text.VietnameseNumbers.parse(total);
    if (total != null && !total.isBlank() && totalValue == null) {
      throw DomainException.invalid("plan.number.invalid", total);
    }
    guard(() -> {
      line.set(label, source, totalValue, amounts);
      return line;
    });
    plans.flush();
    return line.getId();
  }

  /** Adds a section (code as printed, e.g. "IX", and its title). */
  @Transactional
  public long addSection(long planId, String code, String title) {
    requireSection(code, title);
    Plan plan = changing(planId);
    PlanSection section = plan.addSection(code.strip(), title.strip());
    plans.flush();
    return section.getId();
  }

  @Transactional
  public void renameSection(long planId, long sectionId, String code, String title) {
    requireSection(code, title);
    changing(planId).section(sectionId).orElseThrow(() -> DomainException.notFound("Section", sectionId))
        .rename(code.strip(), title.strip());
  }

  private static void requireSection(String code, String title) {
    if (code == null || code.isBlank() || code.length() > 20 || title == null || title.isBlank() || title.length() > 1000) {
      throw DomainException.invalid("plan.section.invalid");
    }
  }

  @Transactional
  public void deleteTarget(long planId, long targetId) {
    Plan plan = changing(planId);
    plan.removeTarget(plan.target(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId)));
  }

  @Transactional
  public void deleteTask(long planId, long taskId) {
    Plan plan = changing(planId);
    plan.removeTask(plan.task(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId)));
  }

  @Transactional
  public void deleteBudgetLine(long planId, long lineId) {
    Plan plan = changing(planId);
    plan.removeBudgetLine(plan.budgetLine(lineId).orElseThrow(() -> DomainException.notFound("BudgetLine", lineId)));
  }

  /** "2026: 5; 2027: 10" (or one "year = value" per line) → yearly milestones within the plan period. */
  static Map<Integer, BigDecimal> milestones(String text, int from, int to) {
    Map<Integer, BigDecimal> out = new java.util.TreeMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String part : text.split("[;\\n]+")) {
      if (part.isBlank()) {
        continue;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\d{4})\\s*[:=]\\s*(\\S+)\\s*$").matcher(part);
      BigDecimal value = m.matches() ? vn.innohub.shared.text.VietnameseNumbers.parse(m.group(2)) : null;
      int year = m.matches() ? Integer.parseInt(m.group(1)) : 0;
      if (value == null || year < from || year > to) {
        throw DomainException.invalid("plan.milestones.invalid", part.strip());
      }
      out.put(year, value);
    }
    return out;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static void stale(long actual, long expected) {
    if (actual != expected) {
      throw DomainException.conflict("error.staleEdit");
    }
  }

  private static <T> T guard(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
  }
}
