package vn.innohub.reporting;

/** A period is planned (in the calendar), open (units report) or closed (no more submissions). */
public enum PeriodStatus { PLANNED, OPEN, CLOSED }
