package vn.innohub.plan.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.plan.NewPlan;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.Plans;
import vn.innohub.shared.DomainException;

@Service
class PlanService implements Plans {

  private final PlanRepository plans;
  private final PlanImports imports;
  private final Clock clock;

  PlanService(PlanRepository plans, PlanImports imports, Clock clock) {
    this.plans = plans;
    this.imports = imports;
    this.clock = clock;
  }

  @Override
  @Transactional
  public long importDocument(String name, byte[] content, vn.innohub.plan.PlanStatus status) {
    long id = imports.commit(imports.preview(name, content, null));
    plans.findById(id).ifPresent(p -> p.setStatus(status));
    return id;
  }

  @Override
  @Transactional
  public PlanSummary create(NewPlan p) {
    try {
      return plans.save(new Plan(p.number(), p.title(), p.issuerUnitId(), p.periodFrom(), p.periodTo(), p.status(),
          clock.instant())).summary();
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<PlanSummary> list() {
    return plans.findAllByOrderByPeriodFromDescIdDesc().stream().map(Plan::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return plans.count();
  }
}
