package vn.innohub.exchange;

/** Chào bán (OFFER) or nhu cầu (DEMAND). */
public enum ListingKind {
  OFFER, DEMAND;

  public boolean offer() {
    return this == OFFER;
  }

  public boolean demand() {
    return this == DEMAND;
  }

  public ListingKind other() {
    return this == OFFER ? DEMAND : OFFER;
  }
}
