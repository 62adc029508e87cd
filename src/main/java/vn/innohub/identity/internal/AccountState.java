package vn.innohub.identity.internal;

import java.time.Instant;
import java.util.Set;
import vn.innohub.identity.Role;

/** What a signed-in request must agree with: the account's roles, units and enabled flag, read fresh. */
record AccountState(long id, String username, String displayName, Set<Role> roles, Set<Long> unitIds,
    boolean enabled, Instant sessionsValidAfter) {

  static AccountState of(UserAccount a) {
    return new AccountState(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.getUnitIds(),
        a.isEnabled(), a.getSessionsValidAfter());
  }
}
