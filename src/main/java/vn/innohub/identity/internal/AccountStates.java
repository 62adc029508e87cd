package vn.innohub.identity.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.cache.DataChanges;
import vn.innohub.shared.cache.FreshCache;

/**
 * The accounts' current roles, units and enabled flags for every signed-in request, through a {@link FreshCache}: any
 * write on this node drops it, a write on another node is seen within {@code innohub.cache.cross-node-delay}.
 */
@Component
class AccountStates {

  private final UserAccountRepository users;
  private final FreshCache<Long, Optional<AccountState>> cache;

  AccountStates(UserAccountRepository users, DataChanges changes) {
    this.users = users;
    this.cache = changes.cache(10_000);
  }

  @Transactional(readOnly = true)
  public Optional<AccountState> of(long userId) {
    return cache.get(userId, id -> users.findById(id).map(AccountState::of));
  }
}
