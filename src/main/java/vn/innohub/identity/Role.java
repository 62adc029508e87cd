package vn.innohub.identity;

/** Vai trò: what a person may see and do on the platform. */
public enum Role {
  /** Provincial DOST coordinating staff: everything. */
  ADMIN,
  /** Steering committee and provincial leaders: read everything, dashboards. */
  LEADER,
  /** Focal officer of one or more units: sees and edits only their units' data. */
  UNIT_OFFICER,
  /** Contest judge. */
  JUDGE,
  /** Self-registered public user: founder, enterprise, researcher, investor. */
  MEMBER;

  public String authority() {
    return "ROLE_" + name();
  }
}
