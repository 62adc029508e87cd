package vn.innohub.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as listed to administrators and in the API; never carries a password hash. {@code emailVerified}: the
 * e-mail address is confirmed (or the account was opened by ADMIN, or by an SSO login whose provider verified it).
 */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
    Set<Long> unitIds, boolean enabled, boolean locked, Instant lastLoginAt,
    boolean emailVerified) {}
