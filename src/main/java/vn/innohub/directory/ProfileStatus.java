package vn.innohub.directory;

/** Where a profile stands in review. A verified profile edited by its member keeps its published copy while PENDING. */
public enum ProfileStatus {
  DRAFT, PENDING, VERIFIED, REJECTED;

  /** Waiting for ADMIN's review; the member cannot send it again. */
  public boolean pending() {
    return this == PENDING;
  }

  public boolean verified() {
    return this == VERIFIED;
  }
}
