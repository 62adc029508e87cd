package vn.innohub.reporting;

import java.time.LocalDate;

/** One reporting period of a plan's calendar, with the due date of each level. */
public record ReportingPeriodPlan(PeriodKind kind, int year, int index, LocalDate start, LocalDate end, LocalDate unitDue,
    LocalDate dostDue) {

  /** "6 tháng đầu năm 2026", "Năm 2026", "Quý II/2026". */
  public String label() {
    return switch (kind) {
      case SIX_MONTH -> "6 tháng đầu năm " + year;
      case ANNUAL -> "Năm " + year;
      case QUARTERLY -> "Quý " + new String[] {"I", "II", "III", "IV"}[index - 1] + "/" + year;
      case CUSTOM -> "Kỳ " + index + "/" + year;
    };
  }
}
