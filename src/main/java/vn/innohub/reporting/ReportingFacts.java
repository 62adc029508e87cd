package vn.innohub.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What reporting knows, for dashboards and official reports: periods, rates, approved results, notes, history. */
public interface ReportingFacts {

  /** A reporting period as other modules see it. */
  record PeriodSummary(long id, long planId, PeriodKind kind, int year, int index, String label, LocalDate start,
      LocalDate end, LocalDate unitDue, LocalDate dostDue, PeriodStatus status) {}

  /** A target's combined approved value in one period. */
  record HistoryPoint(long periodId, String label, LocalDate end, BigDecimal actual) {}

  /** Difficulties and proposals written in an approved unit report. */
  record UnitNote(long reportId, long unitId, String unitName, String difficulties, String proposals) {}

  List<PeriodSummary> periods(long planId);

  /** NOT_FOUND for an unknown period. */
  PeriodSummary period(long periodId);

  Completeness completeness(long periodId);

  PeriodResults results(long periodId);

  List<DelayedTask> delays();

  /** Late tasks of one plan (null: of every plan being reported on, see {@link #reportedOn()}). */
  List<DelayedTask> delays(Long planId);

  /** Plans being reported on: in force or closed, or a draft with an opened period. */
  List<vn.innohub.plan.PlanSummary> reportedOn();

  List<UnitNote> notes(long periodId);

  /** For each target of the plan, its combined approved value per period (periods without approved data left out). */
  Map<Long, List<HistoryPoint>> targetHistory(long planId);

  /** A number that changes whenever any report or period of the plan changes: a cache key for derived views. */
  long dataStamp(long planId);
}
