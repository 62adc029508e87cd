package vn.innohub.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login settings (innohub.security.*).
 *
 * @param maxFailedLogins failed logins in a row before an account locks
 * @param lockout how long a locked account stays locked
 * @param adminPassword password of the first "admin" account; random (printed once) when blank
 * @param oidcCreatesMembers whether a first OIDC login opens a MEMBER account
 */
@ConfigurationProperties(prefix = "innohub.security")
public record IdentityProperties(Integer maxFailedLogins, Duration lockout, String adminPassword,
    Boolean oidcCreatesMembers) {

  public IdentityProperties {
    maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
    lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    oidcCreatesMembers = oidcCreatesMembers == null || oidcCreatesMembers;
  }
}
