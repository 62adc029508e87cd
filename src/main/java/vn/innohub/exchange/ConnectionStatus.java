package vn.innohub.exchange;

/** A member's interest in a listing as the owner answered it. */
public enum ConnectionStatus {
  PENDING, ACCEPTED, DECLINED;

  /** Asked for and not yet answered. */
  public boolean pending() {
    return this == PENDING;
  }
}
