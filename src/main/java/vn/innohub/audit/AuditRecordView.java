package vn.innohub.audit;

import java.time.Instant;

/** One audit record as shown to administrators; {@code changes} is JSON {"field": {"before": …, "after": …}}. */
public record AuditRecordView(long seq, Instant occurredAt, String actor, String action, String entityType,
    String entityId, String changes, String hash) {}
