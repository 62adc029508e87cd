package vn.innohub.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.Sha256;

/** Issues, checks and revokes personal API tokens ("ih_" + 43 random characters). */
@Service
public class ApiTokens {

  /** A freshly issued token: the raw value exists only in this object and is shown to the owner once. */
  public record Issued(long id, String name, String rawToken, Instant expiresAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenRepository tokens;
  private final UserAccountRepository users;
  private final Clock clock;
  private final IdentityProperties properties;

  public ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Clock clock, IdentityProperties properties) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
    this.properties = properties;
  }

  /** The expiry date a new token gets unless its owner chooses another (today + innohub.security.token-validity). */
  public LocalDate defaultExpiry() {
    return LocalDate.now(clock).plusDays(Math.max(1, properties.tokenValidity().toDays()));
  }

  /** A token valid until the default expiry. */
  @Transactional
  public Issued issue(long userId, String name) {
    return issue(userId, name, defaultExpiry());
  }

  /**
   * A token valid through the end of {@code expiresOn} (Asia/Ho_Chi_Minh, the clock's zone), or until revoked when
   * {@code expiresOn} is null; the date must be after today.
   */
  @Transactional
  public Issued issue(long userId, String name, LocalDate expiresOn) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw DomainException.invalid("identity.token.nameRequired");
    }
    ZoneId zone = clock.getZone();
    if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
      throw DomainException.invalid("identity.token.expiryPast");
    }
    if (expiresOn != null && expiresOn.isAfter(LocalDate.now(clock).plusYears(5))) {
      throw DomainException.invalid("identity.token.expiryTooFar", 5);
    }
    Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    UserAccount owner = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String raw = "ih_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken token = tokens.save(new ApiToken(owner, name.strip(), hash(raw), raw.substring(0, 10), clock.instant(),
        expiresAt));
    return new Issued(token.getId(), token.getName(), raw, expiresAt);
  }

  @Transactional
  public void revoke(long userId, long tokenId) {
    ApiToken token = tokens.findById(tokenId)
        .filter(t -> t.getOwner().getId() == userId)
        .orElseThrow(() -> DomainException.notFound("ApiToken", tokenId));
    token.revoke(clock.instant());
  }

  /** Revokes every token of the account (disabled, or its password reset by an administrator); answers how many. */
  @Transactional
  public int revokeAll(long userId) {
    int revoked = 0;
    for (ApiToken t : tokens.findByOwnerIdOrderByCreatedAtDesc(userId)) {
      if (t.isActive()) {
        t.revoke(clock.instant());
        revoked++;
      }
    }
    return revoked;
  }

  @Transactional(readOnly = true)
  public List<ApiToken> of(long userId) {
    return tokens.findByOwnerIdOrderByCreatedAtDesc(userId);
  }

  /**
   * The principal a raw token stands for, if the token is known, not revoked, not expired and its owner is enabled. A
   * lock on password logins (a guessing attack) does not stop tokens: they are not guessable.
   */
  @Transactional
  public Optional<SignedInUser> authenticate(String raw) {
    Instant now = clock.instant();
    return tokens.findByTokenHash(hash(raw))
        .filter(t -> t.isUsable(now))
        .filter(t -> t.getOwner().isEnabled())
        .map(t -> {
          t.used(clock.instant());
          SignedInUser user = new SignedInUser(t.getOwner(), false);
          user.eraseCredentials();
          return user;
        });
  }

  static String hash(String raw) {
    return Sha256.hex(raw);
  }
}
