package vn.innohub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 link of the chain: each record's hash covers its own fields and the previous record's hash. */
final class AuditHashing {

  static final String GENESIS = "0".repeat(64);

  private AuditHashing() {}

  static String hash(long seq, long occurredAtMillis, String actor, String action, String entityType,
      String entityId, String changes, String previousHash) {
    String canonical = String.join("\u001f", Long.toString(seq), Long.toString(occurredAtMillis),
        nz(actor), nz(action), nz(entityType), nz(entityId), nz(changes), nz(previousHash));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
