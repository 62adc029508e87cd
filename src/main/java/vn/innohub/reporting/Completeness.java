package vn.innohub.reporting;

import java.util.List;

/** Tình hình báo cáo: who was expected to report in a period, who did, on time, and what is approved. */
public record Completeness(long periodId, String periodLabel, java.time.LocalDate unitDue, Row total,
    List<Row> byUnitType, List<UnitRow> byUnit) {

  /** Counts for a group of units. {@code overdue}: not submitted although the due date has passed. */
  public record Row(String label, int expected, int submitted, int onTime, int late, int approved, int overdue) {

    public int rate() {
      return expected == 0 ? 0 : Math.round(100f * submitted / expected);
    }
  }

  /** One unit's report in the period; {@code enteredOnBehalf}: an ADMIN wrote or submitted it for the unit. */
  public record UnitRow(long reportId, long unitId, String unitName, String unitType, ReportStatus status,
      boolean submitted, boolean late, boolean overdue, java.time.Instant firstSubmittedAt, boolean enteredOnBehalf) {}
}
