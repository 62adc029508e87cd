package vn.innohub.reporting;

/** The reporting calendars of plans, for modules that set plans up (the demo province, imports). */
public interface ReportingCalendars {

  /** Adds the periods the rules call for over the plan's years (default rules when blank); returns how many. */
  int generate(long planId, String rulesText);
}
