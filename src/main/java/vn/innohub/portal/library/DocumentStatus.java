package vn.innohub.portal.library;

/** Tình trạng hiệu lực: whether a library document is in force, expired, or replaced by another one. */
public enum DocumentStatus {
  /** Còn hiệu lực. */
  IN_FORCE,
  /** Hết hiệu lực. */
  EXPIRED,
  /** Đã bị thay thế: points to the replacing document. */
  REPLACED;

  public boolean inForce() {
    return this == IN_FORCE;
  }

  public boolean replaced() {
    return this == REPLACED;
  }
}
