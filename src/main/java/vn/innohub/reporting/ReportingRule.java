package vn.innohub.reporting;

import java.time.MonthDay;

/**
 * A plan's reporting rule: units report for each period of {@code kind} by {@code unitDue}; the DOST reports to the
 * province by {@code dostDue} (null when the plan names no second date). Quarterly rules give the due day as an offset
 * from the quarter's end instead: {@code unitDue} is then read as "day of the month after the quarter".
 */
public record ReportingRule(PeriodKind kind, MonthDay unitDue, MonthDay dostDue) {}
