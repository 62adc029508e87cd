package vn.innohub.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Role;
import vn.innohub.shared.audit.NotAudited;
import vn.innohub.shared.audit.Redacted;

/** Tài khoản người dùng: a person who signs in, with roles and the units they act for. */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 200)
  private String email;

  /** The address trimmed and in lower case, unique across accounts (null when the address is someone else's). */
  @NotAudited
  @Column(name = "email_key", length = 200)
  private String emailKey;

  /** Sessions signed in before this instant are over (set when the account is disabled, changed or re-keyed). */
  @NotAudited
  @Column(name = "sessions_valid_after")
  private Instant sessionsValidAfter;

  @Redacted
  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_unit", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "unit_id")
  private Set<Long> unitIds = new HashSet<>();

  private boolean enabled = true;

  @NotAudited
  @Column(name = "failed_attempts")
  private int failedAttempts;

  @NotAudited
  @Column(name = "locked_until")
  private Instant lockedUntil;

  @NotAudited
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** When the e-mail address was confirmed (or vouched for by ADMIN or the SSO provider); null = unverified. */
  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Version
  private long version;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
      Set<Long> unitIds, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.emailKey = emailKey(email);
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
    assign(roles, unitIds);
  }

  /** Sets roles and units together, so that a unit officer always has at least one unit. */
  public void assign(Set<Role> newRoles, Set<Long> newUnits) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new IllegalArgumentException("identity.roles.required");
    }
    if (newRoles.contains(Role.UNIT_OFFICER) && (newUnits == null || newUnits.isEmpty())) {
      throw new IllegalArgumentException("identity.units.requiredForOfficer");
    }
    roles.clear();
    roles.addAll(EnumSet.copyOf(newRoles));
    unitIds.clear();
    if (newUnits != null) {
      unitIds.addAll(newUnits);
    }
  }

  public void rename(String newDisplayName, String newEmail) {
    this.displayName = newDisplayName;
    this.emailKey = emailKey(newEmail);
    this.email = newEmail;
  }

  /** The normalised form of an address under which it is unique: trimmed, lower case; null for none. */
  public static String emailKey(String email) {
    return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Ends every session signed in before {@code at} (the caller also deletes them from the session store). */
  public void endSessionsBefore(Instant at) {
    this.sessionsValidAfter = at;
  }

  public Instant getSessionsValidAfter() {
    return sessionsValidAfter;
  }

  /** Whether this account holds its address as its own (false for an old duplicate of another account's address). */
  public boolean ownsEmail() {
    return emailKey != null && emailKey.equals(emailKey(email));
  }

  public void changePassword(String newHash) {
    this.passwordHash = newHash;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Locks password logins (form and Basic; never API tokens) until the instant: a distributed guessing attack. */
  public void lockUntil(Instant until) {
    lockedUntil = until;
  }

  /** Clears the failure count; remembers the login time at most every five minutes (Basic logs in on every call). */
  public void loginSucceeded(Clock clock) {
    failedAttempts = 0;
    lockedUntil = null;
    if (lastLoginAt == null || lastLoginAt.plusSeconds(300).isBefore(clock.instant())) {
      lastLoginAt = clock.instant();
    }
  }

  /** Marks the account verified (first confirmation wins; a later one keeps the first instant). */
  public void verifyEmail(Instant at) {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = at;
    }
  }

  public boolean isEmailVerified() {
    return emailVerifiedAt != null && (email == null || ownsEmail());
  }

  public void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public boolean isLocked(Clock clock) {
    return lockedUntil != null && lockedUntil.isAfter(clock.instant());
  }

  public AccountView view(Clock clock) {
    return new AccountView(id, username, displayName, email, Set.copyOf(roles), Set.copyOf(unitIds), enabled,
        isLocked(clock), lastLoginAt, emailVerifiedAt != null);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public Set<Long> getUnitIds() {
    return Set.copyOf(unitIds);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public long getVersion() {
    return version;
  }
}
