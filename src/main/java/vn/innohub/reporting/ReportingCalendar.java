package vn.innohub.reporting;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lịch báo cáo: the reporting periods of a plan, generated from its rules over its years. A six-month period covers
 * January–June and is due in the same year; an annual period covers the calendar year and is due in December of
 * that year when the rule says so ("trước 15/12"), as provincial plans do (the report is written before the year ends).
 */
public final class ReportingCalendar {

  private ReportingCalendar() {}

  public static List<ReportingPeriodPlan> generate(int fromYear, int toYear, List<ReportingRule> rules) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    List<ReportingPeriodPlan> out = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      for (ReportingRule rule : rules) {
        switch (rule.kind()) {
          case SIX_MONTH -> out.add(new ReportingPeriodPlan(PeriodKind.SIX_MONTH, year, 1, LocalDate.of(year, 1, 1),
              LocalDate.of(year, 6, 30), on(year, rule.unitDue()), on(year, rule.dostDue())));
          case ANNUAL -> out.add(new ReportingPeriodPlan(PeriodKind.ANNUAL, year, 1, LocalDate.of(year, 1, 1),
              LocalDate.of(year, 12, 31), on(year, rule.unitDue()), on(year, rule.dostDue())));
          case QUARTERLY -> {
            for (int q = 1; q <= 4; q++) {
              YearMonth last = YearMonth.of(year, q * 3);
              YearMonth next = last.plusMonths(1);
              int unitDay = rule.unitDue() == null ? 10 : rule.unitDue().getDayOfMonth();
              int dostDay = rule.dostDue() == null ? 0 : rule.dostDue().getDayOfMonth();
              out.add(new ReportingPeriodPlan(PeriodKind.QUARTERLY, year, q, last.minusMonths(2).atDay(1), last.atEndOfMonth(),
                  next.atDay(Math.min(unitDay, next.lengthOfMonth())),
                  dostDay == 0 ? null : next.atDay(Math.min(dostDay, next.lengthOfMonth()))));
            }
          }
          default -> throw new IllegalStateException();
        }
      }
    }
    out.sort(Comparator.comparing(ReportingPeriodPlan::end).thenComparing(ReportingPeriodPlan::kind));
    return out;
  }

  private static LocalDate on(int year, MonthDay day) {
    return day == null ? null : day.atYear(year);
  }
}
