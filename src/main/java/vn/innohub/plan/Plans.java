package vn.innohub.plan;

import java.util.List;

/** The plans of the province. */
public interface Plans {

  List<PlanSummary> list();

  long count();

  /** A plan's sections, targets and tasks with the units that carry them; NOT_FOUND when there is no such plan. */
  PlanStructure structure(long planId);

  /** Reads a plan document and saves it as a plan at once (no preview): for set-up code such as the demo province. */
  long importDocument(String name, byte[] content, PlanStatus status);
}
