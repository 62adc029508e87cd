package vn.innohub.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditRecordView;
import vn.innohub.audit.AuditTrail;
import vn.innohub.audit.ChainVerification;

@Service
class AuditService implements AuditTrail {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  AuditService(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(String action, String entityType, String entityId, Map<String, ?> before, Map<String, ?> after) {
    Map<String, Object> changes = new LinkedHashMap<>();
    if (before != null) {
      changes.put("before", before);
    }
    if (after != null) {
      changes.put("after", after);
    }
    String text;
    try {
      text = json.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details must be serialisable", e);
    }
    PendingRecord record = new PendingRecord(clock.millis(), CurrentActor.name(), action, entityType, entityId, text);
    var dataSource = jdbc.getDataSource();
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      AuditWriter.append(connection, List.of(record));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Audit record could not be written", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Page<AuditRecordView> search(AuditQuery q, Pageable pageable) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    List<Object> args = new ArrayList<>();
    if (notBlank(q.actor())) {
      where.append(" AND LOWER(actor) = LOWER(?)");
      args.add(q.actor().strip());
    }
    if (notBlank(q.action())) {
      where.append(" AND action = ?");
      args.add(q.action().strip());
    }
    if (notBlank(q.entityType())) {
      where.append(" AND entity_type = ?");
      args.add(q.entityType().strip());
    }
    if (notBlank(q.entityId())) {
      where.append(" AND entity_id = ?");
      args.add(q.entityId().strip());
    }
    ZoneId zone = clock.getZone();
    if (q.from() != null) {
      where.append(" AND occurred_at >= ?");
      args.add(Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
    }
    if (q.to() != null) {
      where.append(" AND occurred_at < ?");
      args.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(pageable.getPageSize());
    pageArgs.add(pageable.getOffset());
    List<AuditRecordView> rows = jdbc.query(
        "SELECT seq, occurred_at, actor, action, entity_type, entity_id, changes, hash FROM audit_record" + where
            + " ORDER BY seq DESC LIMIT ? OFFSET ?",
        (rs, i) -> new AuditRecordView(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
        pageArgs.toArray());
    return new PageImpl<>(rows, pageable, total == null ? 0 : total);
  }

  @Override
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    AtomicReference<ChainVerification> failure = new AtomicReference<>();
    AtomicLong checked = new AtomicLong();
    AtomicReference<String> previous = new AtomicReference<>(AuditHashing.GENESIS);
    AtomicLong expectedSeq = new AtomicLong(1);
    jdbc.query("SELECT seq, occurred_at, actor, action, entity_type, entity_id, changes, prev_hash, hash"
        + " FROM audit_record ORDER BY seq", rs -> {
          if (failure.get() != null) {
            return;
          }
          long seq = rs.getLong(1);
          checked.incrementAndGet();
          if (seq != expectedSeq.get()) {
            failure.set(ChainVerification.broken(checked.get(), expectedSeq.get(), "missing record"));
            return;
          }
          if (!previous.get().equals(rs.getString(8))) {
            failure.set(ChainVerification.broken(checked.get(), seq, "link to previous record does not match"));
            return;
          }
          String recomputed = AuditHashing.hash(seq, rs.getTimestamp(2).getTime(), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
          if (!recomputed.equals(rs.getString(9))) {
            failure.set(ChainVerification.broken(checked.get(), seq, "content does not match its hash"));
            return;
          }
          previous.set(rs.getString(9));
          expectedSeq.incrementAndGet();
        });
    if (failure.get() != null) {
      return failure.get();
    }
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    long lastSeq = ((Number) head.get("last_seq")).longValue();
    if (lastSeq != expectedSeq.get() - 1) {
      return ChainVerification.broken(checked.get(), expectedSeq.get(), "records after this one were removed");
    }
    if (!previous.get().equals(head.get("last_hash"))) {
      return ChainVerification.broken(checked.get(), lastSeq, "last record does not match the chain head");
    }
    return ChainVerification.ok(checked.get());
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

}
