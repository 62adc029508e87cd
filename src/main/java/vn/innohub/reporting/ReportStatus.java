package vn.innohub.reporting;

/** Where a unit's report stands: draft → submitted → returned → resubmitted → approved. */
public enum ReportStatus {
  DRAFT, SUBMITTED, RETURNED, RESUBMITTED, APPROVED;

  /** The unit may still change it. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  public boolean approved() {
    return this == APPROVED;
  }

  /** Waiting for the DOST's review. */
  public boolean awaitingReview() {
    return this == SUBMITTED || this == RESUBMITTED;
  }
}
