package vn.innohub.shared.audit;

import java.util.Map;

/**
 * A security event that is not an entity write — a login throttled, an account locked, sessions ended by an account
 * change — published by any module and written to the audit trail by the audit module (which modules such as
 * identity cannot call directly without a dependency cycle).
 *
 * @param action upper-case action, e.g. {@code LOGIN_THROTTLED}
 * @param entityType the kind of thing concerned, e.g. {@code User}
 * @param entityId which one (a username, an id)
 * @param details what the auditor needs to know (no secrets)
 */
public record SecurityEvent(String action, String entityType, String entityId, Map<String, ?> details) {}
