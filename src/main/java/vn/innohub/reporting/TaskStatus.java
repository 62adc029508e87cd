package vn.innohub.reporting;

/** Tình hình thực hiện: a task's state as its unit reports it. */
public enum TaskStatus {
  NOT_STARTED, IN_PROGRESS, DONE, DONE_LATE, BEHIND_SCHEDULE, ONGOING, CANCELLED;

  /** Finished one way or another: nothing more is expected of the task. */
  public boolean closed() {
    return this == DONE || this == DONE_LATE || this == CANCELLED;
  }

  public boolean done() {
    return this == DONE || this == DONE_LATE;
  }
}
