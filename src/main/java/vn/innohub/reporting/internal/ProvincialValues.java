package vn.innohub.reporting.internal;

import java.util.List;
import java.util.Map;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.PlanStructure;
import vn.innohub.reporting.ProvincialValue;

/** Feeds a target's approved report items to {@link ProvincialValue}. */
final class ProvincialValues {

  private ProvincialValues() {}

  /** The target's provincial value from its items of approved reports, in approval order. */
  static ProvincialValue.Result compute(PlanStructure.Target t, List<ReportTargetItem> approvedItems,
      Map<Long, UnitSummary> units) {
    List<ProvincialValue.Entry> entries = approvedItems.stream().map(i -> {
      long unitId = i.getReport().getUnitId();
      UnitSummary u = units.get(unitId);
      return new ProvincialValue.Entry(i.getReport().getId(), unitId, u == null ? "#" + unitId : u.name(),
          u != null && u.type() != null && u.type().isLocal(), i.getActual(), i.getNumerator(), i.getDenominator());
    }).toList();
    UnitSummary reporter = t.reportingUnitId() == null ? null : units.get(t.reportingUnitId());
    String reporterName = t.reportingUnitId() == null ? null
        : reporter == null ? "#" + t.reportingUnitId() : reporter.name();
    return ProvincialValue.compute(t.method(), t.unitOfMeasure(), t.reportingUnitId(), reporterName, t.aggregation(),
        entries);
  }
}
