package vn.innohub.exchange;

/** Moderation: DRAFT → PENDING → PUBLISHED → CLOSED / EXPIRED; ADMIN may send a pending listing back for changes. */
public enum ListingStatus {
  DRAFT, PENDING, CHANGES_REQUESTED, PUBLISHED, CLOSED, EXPIRED
}
