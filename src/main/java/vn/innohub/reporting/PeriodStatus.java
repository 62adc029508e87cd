package vn.innohub.reporting;

/** A period is planned (in the calendar), open (units report) or closed (no more submissions). */
public enum PeriodStatus {
  PLANNED, OPEN, CLOSED;

  /** Not opened yet: it has no page of its own. */
  public boolean planned() {
    return this == PLANNED;
  }

  public boolean open() {
    return this == OPEN;
  }

  public boolean closed() {
    return this == CLOSED;
  }
}
