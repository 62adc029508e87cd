package vn.innohub.identity.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords (form or HTTP Basic). The counter lives in
 * the database, so every node behind the load balancer sees the same lock.
 */
@Component
class LoginThrottle {

  private final UserAccountRepository users;
  private final IdentityProperties properties;
  private final Clock clock;

  LoginThrottle(UserAccountRepository users, IdentityProperties properties, Clock clock) {
    this.users = users;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    users.findByUsernameIgnoreCase(String.valueOf(event.getAuthentication().getName()))
        .ifPresent(u -> u.loginFailed(properties.maxFailedLogins(), properties.lockout(), clock));
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
      users.findById(user.id()).ifPresent(u -> u.loginSucceeded(clock));
    }
  }
}
