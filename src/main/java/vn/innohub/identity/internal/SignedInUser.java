package vn.innohub.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;

/**
 * The security principal of a form, Basic or token login: a snapshot of the account taken at login,
 * kept in the (database-backed) session; the password hash is erased once authentication is done.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

  private final long id;
  private final String username;
  private final String displayName;
  private String passwordHash;
  private final Set<Role> roles;
  private final Set<Long> unitIds;
  private final boolean enabled;
  private final boolean locked;

  SignedInUser(UserAccount account, boolean locked) {
    this.id = account.getId();
    this.username = account.getUsername();
    this.displayName = account.getDisplayName();
    this.passwordHash = account.getPasswordHash();
    this.roles = Set.copyOf(account.getRoles());
    this.unitIds = Set.copyOf(account.getUnitIds());
    this.enabled = account.isEnabled();
    this.locked = locked;
  }

  /** A fresh principal for the same sign-in, from the account as it is now (roles, units, name, enabled). */
  SignedInUser(AccountState now) {
    this.id = now.id();
    this.username = now.username();
    this.displayName = now.displayName();
    this.passwordHash = null;
    this.roles = Set.copyOf(now.roles());
    this.unitIds = Set.copyOf(now.unitIds());
    this.enabled = now.enabled();
    this.locked = false;
  }

  /** Whether this principal still says what the account says. */
  boolean sameAs(AccountState now) {
    return now.roles().equals(roles) && now.unitIds().equals(unitIds) && now.enabled() == enabled
        && now.displayName().equals(displayName) && now.username().equals(username);
  }

  Set<Role> roles() {
    return roles;
  }

  public Actor actor() {
    return new Actor(id, username, displayName, roles, unitIds);
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return authorities(roles);
  }

  static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedInUser other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "SignedInUser[" + username + "]";
  }
}
