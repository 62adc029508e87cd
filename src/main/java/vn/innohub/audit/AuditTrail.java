package vn.innohub.audit;

import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Nhật ký thay đổi: the platform's audit trail. Entity writes are recorded automatically;
 * modules call {@link #record} for events that are not entity writes (exports, logins, reopenings).
 */
public interface AuditTrail {

  /** Appends one record in the caller's transaction (or its own, when there is none). */
  void record(String action, String entityType, String entityId, Map<String, ?> before, Map<String, ?> after);

  Page<AuditRecordView> search(AuditQuery query, Pageable pageable);

  /** Recomputes the hash chain from the first record and reports the first record that does not match. */
  ChainVerification verify();
}
