package vn.innohub.exchange;

/** Chào bán (OFFER) or nhu cầu (DEMAND). */
public enum ListingKind {
  OFFER, DEMAND;

  public ListingKind other() {
    return this == OFFER ? DEMAND : OFFER;
  }
}
