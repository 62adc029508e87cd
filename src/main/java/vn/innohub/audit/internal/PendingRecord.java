package vn.innohub.audit.internal;

/** A record waiting to be chained and written at the end of its transaction. */
record PendingRecord(long occurredAtMillis, String actor, String action, String entityType, String entityId,
    String changes) {}
