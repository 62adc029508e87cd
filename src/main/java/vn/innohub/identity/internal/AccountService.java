package vn.innohub.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.OrgDirectory;
import vn.innohub.shared.DomainException;

/** Opens, changes and looks up accounts; the source of principals for form and Basic login. */
@Service
public class AccountService implements Accounts, UserDetailsService {

  static final int MIN_PASSWORD = 10;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final OrgDirectory org;
  private final Clock clock;

  public AccountService(UserAccountRepository users, PasswordEncoder encoder, OrgDirectory org, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.org = org;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    UserAccount account = users.findByUsernameIgnoreCase(username.strip())
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return new SignedInUser(account, account.isLocked(clock));
  }

  /** Opened by ADMIN (or the demo loader): the administrator vouches for it, so it counts as verified. */
  @Override
  @Transactional
  public AccountView create(NewAccount a) {
    return open(a, true);
  }

  /** Self-registration: a MEMBER account that is verified only once its e-mail address is confirmed. */
  @Transactional
  public AccountView register(NewAccount a) {
    return open(new NewAccount(a.username(), a.displayName(), a.email(), a.password(), Set.of(Role.MEMBER), Set.of()),
        false);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean emailVerified(long userId) {
    return users.findById(userId).map(UserAccount::isEmailVerified).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AccountView> findByConfirmedEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return users.findByEmailIgnoreCase(email.strip()).stream()
        .filter(u -> u.isEnabled() && u.isEmailVerified())
        .findFirst()
        .map(u -> u.view(clock));
  }

  private AccountView open(NewAccount a, boolean verified) {
    String username = a.username() == null ? "" : a.username().strip().toLowerCase();
    if (!USERNAME.matcher(username).matches()) {
      throw DomainException.invalid("identity.username.invalid");
    }
    if (users.existsByUsernameIgnoreCase(username)) {
      throw DomainException.conflict("identity.username.taken", username);
    }
    requireEmail(a.email());
    requirePassword(a.password());
    requireUnits(a.unitIds());
    String displayName = a.displayName() == null || a.displayName().isBlank() ? username : a.displayName().strip();
    try {
      UserAccount account = new UserAccount(username, displayName, blankToNull(a.email()), encoder.encode(a.password()),
          a.roles(), a.unitIds(), clock.instant());
      if (verified) {
        account.verifyEmail(clock.instant());
      }
      return users.save(account).view(clock);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
  }

  @Transactional
  public AccountView update(long id, String displayName, String email, Set<Role> roles, Set<Long> unitIds,
      boolean enabled, long expectedVersion) {
    UserAccount account = get(id);
    if (account.getVersion() != expectedVersion) {
      throw DomainException.conflict("error.staleEdit");
    }
    if (displayName == null || displayName.isBlank()) {
      throw DomainException.invalid("identity.displayName.required");
    }
    requireEmail(email);
    requireUnits(unitIds);
    try {
      account.assign(roles, unitIds);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
    account.rename(displayName.strip(), blankToNull(email));
    account.setEnabled(enabled);
    return account.view(clock);
  }

  @Transactional
  public void setPassword(long id, String newPassword) {
    requirePassword(newPassword);
    get(id).changePassword(encoder.encode(newPassword));
  }

  @Transactional
  public void changeOwnPassword(long id, String currentPassword, String newPassword) {
    UserAccount account = get(id);
    if (account.getPasswordHash() == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
      throw DomainException.invalid("identity.password.wrongCurrent");
    }
    requirePassword(newPassword);
    account.changePassword(encoder.encode(newPassword));
  }

  @Transactional
  public void unlock(long id) {
    get(id).unlock();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AccountView> findByUsername(String username) {
    return users.findByUsernameIgnoreCase(username).map(u -> u.view(clock));
  }

  @Transactional(readOnly = true)
  public AccountView find(long id) {
    return get(id).view(clock);
  }

  @Transactional(readOnly = true)
  public long version(long id) {
    return get(id).getVersion();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AccountView> list() {
    return users.findAll(Sort.by("username")).stream().map(u -> u.view(clock)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long count() {
    return users.count();
  }

  private UserAccount get(long id) {
    return users.findById(id).orElseThrow(() -> DomainException.notFound("User", id));
  }

  private void requireUnits(Set<Long> unitIds) {
    if (unitIds == null) {
      return;
    }
    for (Long unitId : unitIds) {
      if (org.find(unitId).isEmpty()) {
        throw DomainException.invalid("identity.units.unknown", unitId);
      }
    }
  }

  static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new DomainException(HttpStatus.BAD_REQUEST, "identity.password.tooShort", MIN_PASSWORD);
    }
  }

  private static void requireEmail(String email) {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
      throw DomainException.invalid("identity.email.invalid");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
