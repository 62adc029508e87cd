package vn.innohub.plan;

/** Where a plan stands: being drafted, in force, or closed. */
public enum PlanStatus {
  DRAFT, IN_FORCE, CLOSED;

  public boolean draft() {
    return this == DRAFT;
  }
}
