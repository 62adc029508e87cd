package vn.innohub.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
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
import vn.innohub.shared.text.Texts;

/** Opens, changes and looks up accounts; the source of principals for form and Basic login. */
@Service
public class AccountService implements Accounts, UserDetailsService, UserDetailsPasswordService {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UserAccountRepository users;
  private final PasswordEncoder encoder;
  private final OrgDirectory org;
  private final Clock clock;
  private final PasswordPolicy policy;
  private final ApiTokens tokens;
  private final SessionTermination sessions;
  private final LoginThrottle throttle;
  private final org.springframework.context.ApplicationEventPublisher events;

  public AccountService(UserAccountRepository users, PasswordEncoder encoder, OrgDirectory org, Clock clock,
      PasswordPolicy policy, ApiTokens tokens, SessionTermination sessions, LoginThrottle throttle,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.users = users;
    this.encoder = encoder;
    this.org = org;
    this.clock = clock;
    this.policy = policy;
    this.tokens = tokens;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  /** Stores a stronger hash of the password just verified (bcrypt → Argon2id); the password itself is unchanged. */
  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
    UserAccount account = users.findByUsernameIgnoreCase(user.getUsername())
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    account.changePassword(newEncodedPassword);
    return new SignedInUser(account, account.isLocked(clock));
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
    return users.findByEmailKey(UserAccount.emailKey(email))
        .filter(u -> u.isEnabled() && u.isEmailVerified())
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
    requireFreeEmail(a.email(), null);
    policy.check(a.password(), username);
    requireUnits(a.unitIds());
    String displayName = a.displayName() == null || a.displayName().isBlank() ? username : a.displayName().strip();
    try {
      UserAccount account = new UserAccount(username, displayName, Texts.blankToNull(a.email()),
          encoder.encode(a.password()),
          a.roles(), a.unitIds(), clock.instant());
      if (verified) {
        account.verifyEmail(clock.instant());
      }
      return users.saveAndFlush(account).view(clock);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    } catch (DataIntegrityViolationException e) {
      // Two registrations of one address at the same moment: the unique key decides.
      throw DomainException.conflict("identity.email.taken");
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
    requireFreeEmail(email, id);
    requireUnits(unitIds);
    boolean disabling = account.isEnabled() && !enabled;
    boolean rightsChanged = !account.getRoles().equals(roles == null ? Set.of() : Set.copyOf(roles))
        || !account.getUnitIds().equals(unitIds == null ? Set.of() : Set.copyOf(unitIds));
    try {
      account.assign(roles, unitIds);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
    account.rename(displayName.strip(), Texts.blankToNull(email));
    account.setEnabled(enabled);
    try {
      users.flush();
    } catch (DataIntegrityViolationException e) {
      throw DomainException.conflict("identity.email.taken");
    }
    if (disabling) {
      endSessions(account, null, "disabled");
      tokens.revokeAll(id);
    } else if (rightsChanged) {
      endSessions(account, null, "rights-changed");
    }
    return account.view(clock);
  }

  /** An administrator sets a new password: every session of the account ends and its API tokens are revoked. */
  @Transactional
  public void setPassword(long id, String newPassword) {
    UserAccount account = get(id);
    policy.check(newPassword, account.getUsername());
    account.changePassword(encoder.encode(newPassword));
    endSessions(account, null, "password-reset");
    tokens.revokeAll(id);
  }

  /**
   * The user changes their own password: the current password is checked (wrong guesses are throttled like sign-in
   * attempts, per client address), and every other session of the account ends; API tokens stay.
   */
  @Transactional(noRollbackFor = DomainException.class)
  public void changeOwnPassword(long id, String currentPassword, String newPassword, String clientAddress,
      String currentSessionId) {
    UserAccount account = get(id);
    java.util.Optional<java.time.Duration> wait = throttle.wait(clientAddress, account.getUsername());
    if (wait.isPresent()) {
      throttle.refused(clientAddress, account.getUsername(), wait.get());
      throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "identity.login.throttled",
          LoginThrottle.seconds(wait.get()));
    }
    if (account.getPasswordHash() == null || currentPassword == null
        || !encoder.matches(currentPassword, account.getPasswordHash())) {
      throttle.failed(clientAddress, account.getUsername());
      throw DomainException.invalid("identity.password.wrongCurrent");
    }
    policy.check(newPassword, account.getUsername());
    account.changePassword(encoder.encode(newPassword));
    endSessions(account, currentSessionId, "password-changed");
  }

  private void endSessions(UserAccount account, String keepSessionId, String reason) {
    account.endSessionsBefore(clock.instant());
    sessions.endSessions(account.getUsername(), keepSessionId, reason);
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

  /**
   * Refuses an address that another account has confirmed. An address another account only typed (never confirmed)
   * is taken from it: otherwise whoever registers someone's address first could keep its owner out for good. The
   * account that typed it keeps working without an address, and its pending confirmation links stop working.
   */
  private void requireFreeEmail(String email, Long self) {
    String key = UserAccount.emailKey(email);
    if (key == null) {
      return;
    }
    UserAccount holder = users.findByEmailKey(key).filter(u -> self == null || !u.getId().equals(self)).orElse(null);
    if (holder == null) {
      return;
    }
    if (holder.isEmailVerified()) {
      throw DomainException.conflict("identity.email.taken");
    }
    holder.rename(holder.getDisplayName(), null);
    users.flush();
    events.publishEvent(new vn.innohub.shared.audit.SecurityEvent("EMAIL_RELEASED", "User", holder.getUsername(),
        java.util.Map.of("reason", "unconfirmed-address-claimed-by-another-account")));
  }

  private static void requireEmail(String email) {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
      throw DomainException.invalid("identity.email.invalid");
    }
  }
}
