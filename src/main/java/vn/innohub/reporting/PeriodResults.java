package vn.innohub.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.TargetMethod;

/**
 * What a period's approved reports add up to: each target's actual by its aggregation rule with every unit value
 * behind it, each task's status from its lead units, and the roll-up by section and for the whole plan.
 */
public record PeriodResults(long periodId, String periodLabel, long planId, String planTitle, List<TargetActual> targets,
    List<TaskResult> tasks, List<Rollup> sections, Rollup plan) {

  /**
   * A target's figure for the period and the approved unit values it was computed from. {@code actual}: the
   * province's value by the target's {@code method} (null: "Chưa có số liệu"); {@code methodLabel} names how it was
   * obtained ("Σ 12 xã", "Σ 45/60 (3 đơn vị)", "do Sở KH&CN báo cáo"); {@code breakdown}: every unit's value, used
   * or shown as a contribution only, with the reason; {@code reportingUnitId}: the agency of a REPORTED_BY/RANK
   * target; {@code methodReview}: the method was proposed by a rule and not yet confirmed.
   */
  public record TargetActual(long targetId, String code, String name, String valueText, String unitOfMeasure,
      Aggregation aggregation, BigDecimal actual, List<Source> sources, TargetMethod method, String methodName,
      String methodLabel, Long reportingUnitId, String reportingUnitName, boolean methodReview,
      List<UnitValue> breakdown) {}

  /** A unit's value in a target's breakdown: the value or a ratio's parts, used or a contribution only, and why. */
  public record UnitValue(long reportId, long unitId, String unitName, BigDecimal value, BigDecimal numerator,
      BigDecimal denominator, boolean used, String reason) {}

  /** One approved unit value, with the report and the evidence files behind it. */
  public record Source(long reportId, long unitId, String unitName, BigDecimal value, String note,
      List<ReportView.EvidenceView> evidence) {}

  /**
   * A task's status for the period: the least advanced status its lead units reported in approved reports; null is
   * "Chưa báo cáo" (not reported: no approved lead report gives a status — never "Chưa triển khai");
   * {@code behindSchedule} when the deadline has passed without it being done.
   */
  public record TaskResult(long taskId, String code, String title, String section, LocalDate deadline,
      TaskStatus status, Integer progress, boolean behindSchedule, List<Long> reportIds, Long sectionId,
      List<Long> leadUnitIds, String leadText, String results) {}

  /** Counts of tasks by status for a section or the plan; {@code noData}: tasks not reported (null status). */
  public record Rollup(String label, int tasks, Map<TaskStatus, Integer> byStatus, int noData, int behindSchedule,
      int done, int percentDone) {}
}
