package vn.innohub.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.ReportStatus;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.reporting.TaskStatus;

/** A plan's dashboard for one period, after filters. */
public record Dashboard(long planId, String planTitle, ReportingFacts.PeriodSummary period,
    List<ReportingFacts.PeriodSummary> periods, boolean hasApprovedData, Filters filters,
    List<Option> sectionOptions, List<Option> agencyOptions, List<String> unitTypes,
    List<TargetRow> targets, List<SectionRow> sections, SectionRow planTotals, List<LateGroup> late,
    Completeness.Row reporting, List<RateRow> rates, List<RankRow> ranking) {

  /** The filters in force (null = all). */
  public record Filters(Long sectionId, Long agencyId, String unitType) {}

  /** A choice in a filter list. */
  public record Option(long id, String label) {}

  /**
   * A target with its light and history. {@code sparkline} holds SVG polyline points (0..100 × 0..24).
   * {@code provincial}: the period's provincial value with its method and breakdown by unit (issue 17), or null.
   */
  public record TargetRow(long id, String code, String name, String valueText, String unitOfMeasure,
      BigDecimal baseline, BigDecimal actual, BigDecimal target, Integer year, Integer progress, Light light,
      List<ReportingFacts.HistoryPoint> history, String sparkline, String dataSource, BigDecimal reported,
      vn.innohub.reporting.PeriodResults.TargetActual provincial) {}

  /** Tasks of a section by status in the period; {@code noData}: not reported ("Chưa báo cáo"). */
  public record SectionRow(Long sectionId, String label, int tasks, Map<TaskStatus, Integer> byStatus, int noData,
      int behind, int percentDone) {}

  /** Late tasks of one lead agency. */
  public record LateGroup(long unitId, String unitName, List<LateTask> tasks) {}

  /** A task past its deadline and not done; {@code status} null: not reported. */
  public record LateTask(long taskId, String code, String title, LocalDate deadline, long daysLate, TaskStatus status) {}

  /** One unit's report in the period. */
  public record RateRow(long unitId, String unitName, String unitType, long reportId, ReportStatus status,
      boolean submitted, boolean late, boolean overdue) {}

  /** A unit's standing: tasks it leads done in the period, and reports on time over the plan's periods so far. */
  public record RankRow(int rank, long unitId, String unitName, int tasksLed, int tasksDone, int completion,
      int reportsExpected, int reportsOnTime, int onTime, int score) {}
}
