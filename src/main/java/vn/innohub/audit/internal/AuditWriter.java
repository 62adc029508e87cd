package vn.innohub.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Appends records to the chain on a given connection. The single head row is locked
 * (SELECT … FOR UPDATE), so concurrent transactions — on one node or many — chain one after another.
 */
final class AuditWriter {

  private AuditWriter() {}

  static void append(Connection connection, List<PendingRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    long seq;
    String previous;
    try (PreparedStatement head = connection.prepareStatement(
        "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = head.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("audit_head row is missing");
      }
      seq = rs.getLong(1);
      previous = rs.getString(2);
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, changes, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (PendingRecord r : records) {
        seq++;
        String hash = AuditHashing.hash(seq, r.occurredAtMillis(), r.actor(), r.action(), r.entityType(),
            r.entityId(), r.changes(), previous);
        insert.setLong(1, seq);
        insert.setTimestamp(2, Timestamp.from(Instant.ofEpochMilli(r.occurredAtMillis())));
        insert.setString(3, r.actor());
        insert.setString(4, r.action());
        insert.setString(5, r.entityType());
        insert.setString(6, r.entityId());
        insert.setString(7, r.changes());
        insert.setString(8, previous);
        insert.setString(9, hash);
        insert.addBatch();
        previous = hash;
      }
      insert.executeBatch();
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      update.setLong(1, seq);
      update.setString(2, previous);
      update.executeUpdate();
    }
  }
}
