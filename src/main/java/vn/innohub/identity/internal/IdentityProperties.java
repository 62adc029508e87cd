package vn.innohub.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and session settings (innohub.security.*).
 *
 * @param maxFailedLogins wrong passwords for one account from one client address (within {@code failureWindow})
 *     before each further try from there must wait, doubling from one second
 * @param addressFailures wrong passwords from one client address, whatever the accounts, before the same delays apply
 *     to every login from that address
 * @param failureWindow how long a wrong password counts for the delays above
 * @param maxDelay the longest delay a client address is made to wait
 * @param accountLockFailures wrong passwords for one account (from anywhere) within {@code accountLockWindow} that,
 *     coming from at least {@code accountLockAddresses} different addresses, lock the account's password logins
 * @param accountLockAddresses see above: a single address never locks an account
 * @param accountLockWindow see above
 * @param lockout how long such a lock lasts (API tokens keep working)
 * @param adminPassword password of the first "admin" account; random (printed once) when blank
 * @param oidcCreatesMembers whether a first OIDC login opens a MEMBER account
 * @param sessionAbsoluteTimeout a signed-in session ends this long after sign-in, however active
 * @param tokenValidity how long a new API token is valid unless its owner chooses otherwise
 */
@ConfigurationProperties(prefix = "innohub.security")
public record IdentityProperties(Integer maxFailedLogins, Integer addressFailures, Duration failureWindow,
    Duration maxDelay, Integer accountLockFailures, Integer accountLockAddresses, Duration accountLockWindow,
    Duration lockout, String adminPassword, Boolean oidcCreatesMembers, Duration sessionAbsoluteTimeout,
    Duration tokenValidity) {

  public IdentityProperties {
    maxFailedLogins = maxFailedLogins == null ? 5 : maxFailedLogins;
    addressFailures = addressFailures == null ? 10 : addressFailures;
    failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
    maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    accountLockFailures = accountLockFailures == null ? 50 : accountLockFailures;
    accountLockAddresses = accountLockAddresses == null ? 5 : accountLockAddresses;
    accountLockWindow = accountLockWindow == null ? Duration.ofHours(1) : accountLockWindow;
    lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    oidcCreatesMembers = oidcCreatesMembers == null || oidcCreatesMembers;
    sessionAbsoluteTimeout = sessionAbsoluteTimeout == null ? Duration.ofHours(12) : sessionAbsoluteTimeout;
    tokenValidity = tokenValidity == null ? Duration.ofDays(365) : tokenValidity;
  }
}
