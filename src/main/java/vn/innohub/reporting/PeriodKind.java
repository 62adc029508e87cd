package vn.innohub.reporting;

/** Kỳ báo cáo: how often units report on a plan. */
public enum PeriodKind {
  /** Báo cáo 6 tháng: January–June. */
  SIX_MONTH,
  /** Báo cáo năm. */
  ANNUAL,
  /** Báo cáo quý. */
  QUARTERLY,
  /** Báo cáo đột xuất / chuyên đề: dates set by hand. */
  CUSTOM
}
