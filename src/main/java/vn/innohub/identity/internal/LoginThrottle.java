package vn.innohub.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.innohub.shared.audit.SecurityEvent;
import vn.innohub.shared.limits.RateLimits;

/**
 * Slows down password guessing without handing attackers a way to lock people out (OWASP ASVS V2.2.1):
 * <ul>
 *   <li>wrong passwords are counted per client address, per account, and per account from one address, in the shared
 *   database (every node sees the same counts);</li>
 *   <li>after {@code max-failed-logins} wrong passwords for one account from one address — or {@code address-failures}
 *   from one address for any accounts — every further try from that address must wait, 1 s, 2 s, 4 s … up to
 *   {@code max-delay} after the last failure (HTTP 429 with Retry-After); the account's owner elsewhere is not
 *   affected;</li>
 *   <li>only a distributed attack — {@code account-lock-failures} wrong passwords for one account from at least
 *   {@code account-lock-addresses} different addresses — locks the account's password logins for {@code lockout};
 *   its API tokens keep working, and the lock is shown only to someone who gives the right password;</li>
 *   <li>unknown and known usernames are counted and answered alike.</li>
 * </ul>
 */
@Component
public class LoginThrottle {

  static final String ADDRESS = "login.fail.address";
  static final String PAIR = "login.fail.pair";
  static final String ACCOUNT = "login.fail.account";

  private final RateLimits limits;
  private final UserAccountRepository users;
  private final IdentityProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LoginThrottle(RateLimits limits, UserAccountRepository users, IdentityProperties properties,
      ApplicationEventPublisher events, Clock clock) {
    this.limits = limits;
    this.users = users;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /** How long the client address must wait before trying this username again (empty: it may try now). */
  public Optional<Duration> wait(String address, String username) {
    Optional<Duration> byAddress = delay(ADDRESS, address, properties.addressFailures());
    Optional<Duration> byPair = delay(PAIR, pair(username, address), properties.maxFailedLogins());
    if (byAddress.isEmpty()) {
      return byPair;
    }
    return byPair.isEmpty() || byAddress.get().compareTo(byPair.get()) >= 0 ? byAddress : byPair;
  }

  /** Records a refused attempt (the answer the client got), for the audit trail. */
  public void refused(String address, String username, Duration wait) {
    events.publishEvent(new SecurityEvent("LOGIN_THROTTLED", "User", name(username),
        Map.of("address", address, "retryAfterSeconds", seconds(wait))));
  }

  /** Counts a wrong password (or wrong current password on the password form) for the username from the address. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String address, String username) {
    String name = name(username);
    limits.record(ADDRESS, address);
    limits.record(PAIR, pair(name, address));
    limits.record(ACCOUNT, name);
    Duration window = properties.accountLockWindow();
    if (limits.count(ACCOUNT, name, window) >= properties.accountLockFailures()
        && limits.distinctSubjects(PAIR, name + "|", window) >= properties.accountLockAddresses()) {
      users.findByUsernameIgnoreCase(name).filter(u -> !u.isLocked(clock)).ifPresent(u -> {
        Instant until = clock.instant().plus(properties.lockout());
        u.lockUntil(until);
        limits.clear(ACCOUNT, name);
        events.publishEvent(new SecurityEvent("ACCOUNT_LOCKED", "User", name,
            Map.of("until", until.toString(), "reason", "distributed-guessing")));
      });
    }
  }

  /** A right password: the account's failures from this address no longer count. */
  public void succeeded(String address, String username) {
    limits.clear(PAIR, pair(name(username), address));
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    failed(address(event.getAuthentication()), String.valueOf(event.getAuthentication().getName()));
  }

  @EventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
      succeeded(address(event.getAuthentication()), user.getUsername());
      users.findById(user.id()).ifPresent(u -> u.loginSucceeded(clock));
    }
  }

  /** The failures that count before delays begin, and the delay after the last of them. */
  private Optional<Duration> delay(String bucket, String subject, int free) {
    Duration window = properties.failureWindow();
    long failures = limits.count(bucket, subject, window);
    if (failures < free) {
      return Optional.empty();
    }
    long exponent = Math.min(30, failures - free);
    Duration delay = Duration.ofSeconds(1L << exponent);
    if (delay.compareTo(properties.maxDelay()) > 0) {
      delay = properties.maxDelay();
    }
    Instant last = limits.latest(bucket, subject, window).orElse(clock.instant());
    Duration left = Duration.between(clock.instant(), last.plus(delay));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static String pair(String username, String address) {
    return name(username) + "|" + address;
  }

  private static String name(String username) {
    String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return n.length() > 100 ? n.substring(0, 100) : n;
  }

  /** The client address of the request being authenticated (the real peer unless it is a trusted proxy). */
  static String address(Authentication authentication) {
    if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      return details.getRemoteAddress();
    }
    return currentAddress();
  }

  static String currentAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return "unknown";
  }
}
