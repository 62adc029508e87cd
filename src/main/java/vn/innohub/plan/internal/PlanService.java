package vn.innohub.plan.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.plan.PlanSummary;
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
  public long count() {
    return plans.count();
  }
}
