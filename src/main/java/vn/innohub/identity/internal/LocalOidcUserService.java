package vn.innohub.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.Role;

/**
 * Binds an SSO login to a local account (by username, then e-mail); a first-time visitor becomes a MEMBER
 * when innohub.security.oidc-creates-members is on. Roles and units always come from the local account.
 */
class LocalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService delegate = new OidcUserService();
  private final UserAccountRepository users;
  private final IdentityProperties properties;
  private final PasswordEncoder encoder;
  private final Clock clock;

  LocalOidcUserService(UserAccountRepository users, IdentityProperties properties, PasswordEncoder encoder,
      Clock clock) {
    this.users = users;
    this.properties = properties;
    this.encoder = encoder;
    this.clock = clock;
  }

  @Override
  @Transactional
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser sso = delegate.loadUser(request);
    String username = sso.getPreferredUsername() != null ? sso.getPreferredUsername() : sso.getSubject();
    username = username.toLowerCase(Locale.ROOT);
    String email = sso.getEmail();
    // The provider vouches for the address when its email_verified claim is true (OIDC Core 5.1).
    boolean ssoVerified = Boolean.TRUE.equals(sso.getEmailVerified()) && email != null;
    UserAccount account = users.findByUsernameIgnoreCase(username)
        .or(() -> email == null ? java.util.Optional.empty() : users.findByEmailKey(UserAccount.emailKey(email)))
        .orElse(null);
    if (account == null) {
      if (!properties.oidcCreatesMembers()) {
        throw new OAuth2AuthenticationException(new OAuth2Error("no_local_account"));
      }
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      String unusablePassword = encoder.encode(Base64.getEncoder().encodeToString(random));
      String name = sso.getFullName() != null ? sso.getFullName() : username;
      UserAccount fresh = new UserAccount(username, name, email, unusablePassword, Set.of(Role.MEMBER), Set.of(),
          clock.instant());
      if (ssoVerified) {
        fresh.verifyEmail(clock.instant());
      }
      account = users.save(fresh);
    } else if (ssoVerified && !account.isEmailVerified() && email.equalsIgnoreCase(account.getEmail())) {
      account.verifyEmail(clock.instant());
      account = users.save(account);
    }
    if (!account.isEnabled() || account.isLocked(clock)) {
      throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
    }
    account.loginSucceeded(clock);
    SignedInUser local = new SignedInUser(account, false);
    local.eraseCredentials();
    return new LocalOidcUser(sso, local);
  }
}
