package vn.innohub.audit.internal;

import vn.innohub.shared.Sha256;

/** SHA-256 link of the chain: each record's hash covers its own fields and the previous record's hash. */
final class AuditHashing {

  static final String GENESIS = "0".repeat(64);

  private AuditHashing() {}

  static String hash(long seq, long occurredAtMillis, String actor, String action, String entityType,
      String entityId, String changes, String previousHash) {
    String canonical = String.join("\u001f", Long.toString(seq), Long.toString(occurredAtMillis),
        nz(actor), nz(action), nz(entityType), nz(entityId), nz(changes), nz(previousHash));
    return Sha256.hex(canonical);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
