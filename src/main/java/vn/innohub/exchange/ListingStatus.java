package vn.innohub.exchange;

/** Moderation: DRAFT → PENDING → PUBLISHED → CLOSED / EXPIRED; ADMIN may send a pending listing back for changes. */
public enum ListingStatus {
  DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED, CLOSED, EXPIRED;

  /** Waiting for ADMIN's review. */
  public boolean pending() {
    return this == PENDING;
  }

  /** Sent back to its owner with a review note. */
  public boolean changesRequested() {
    return this == CHANGES_REQUESTED;
  }

  /** Its owner may send it for review: a draft or a listing sent back. */
  public boolean submittable() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }
}
