package vn.innohub.identity;

import java.time.Instant;
import java.util.Set;

/** An account as listed to administrators and in the API; never carries a password hash. */
public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
    Set<Long> unitIds, boolean enabled, boolean locked, Instant lastLoginAt) {}
