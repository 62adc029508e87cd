package vn.innohub.audit;

import java.time.LocalDate;

/** Filters for the audit list; any field may be null. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null);
  }
}
