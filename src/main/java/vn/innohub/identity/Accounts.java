package vn.innohub.identity;

import java.util.List;
import java.util.Optional;

/** Tài khoản: opening, changing and listing accounts. */
public interface Accounts {

  AccountView create(NewAccount account);

  Optional<AccountView> findByUsername(String username);

  List<AccountView> list();

  long count();

  /** Whether the account is verified: e-mail confirmed, or opened by ADMIN, or an SSO login with a verified e-mail. */
  boolean emailVerified(long userId);

  /**
   * The enabled account that has <em>confirmed</em> this e-mail address (compared case-insensitively), if any. Only
   * such an account may receive what is addressed to the e-mail (contest invitations); an account that merely typed
   * the address does not.
   */
  Optional<AccountView> findByConfirmedEmail(String email);

  /** Enabled unit officers who act for the unit: the people a unit's reminders go to. */
  default List<AccountView> officersOf(long unitId) {
    return list().stream().filter(a -> a.enabled() && a.roles().contains(Role.UNIT_OFFICER) && a.unitIds().contains(unitId))
        .toList();
  }

  /** Enabled accounts with the role (e.g. every LEADER for the steering committee's digest). */
  default List<AccountView> withRole(Role role) {
    return list().stream().filter(a -> a.enabled() && a.roles().contains(role)).toList();
  }
}
