package vn.innohub.plan;

import java.util.List;

/** The plans of the province. */
public interface Plans {

  PlanSummary create(NewPlan plan);

  List<PlanSummary> list();

  long count();
}
