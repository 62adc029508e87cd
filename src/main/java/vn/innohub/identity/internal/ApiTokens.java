package vn.innohub.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.DomainException;

/** Issues, checks and revokes personal API tokens ("ih_" + 43 random characters). */
@Service
public class ApiTokens {

  /** A freshly issued token: the raw value exists only in this object and is shown to the owner once. */
  public record Issued(long id, String name, String rawToken) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenRepository tokens;
  private final UserAccountRepository users;
  private final Clock clock;

  public ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
  }

  @Transactional
  public Issued issue(long userId, String name) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw DomainException.invalid("identity.token.nameRequired");
    }
    UserAccount owner = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String raw = "ih_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken token = tokens.save(new ApiToken(owner, name.strip(), hash(raw), raw.substring(0, 10), clock.instant()));
    return new Issued(token.getId(), token.getName(), raw);
  }

  @Transactional
  public void revoke(long userId, long tokenId) {
    ApiToken token = tokens.findById(tokenId)
        .filter(t -> t.getOwner().getId() == userId)
        .orElseThrow(() -> DomainException.notFound("ApiToken", tokenId));
    token.revoke(clock.instant());
  }

  @Transactional(readOnly = true)
  public List<ApiToken> of(long userId) {
    return tokens.findByOwnerIdOrderByCreatedAtDesc(userId);
  }

  /** The principal a raw token stands for, if the token is known, not revoked and its owner may sign in. */
  @Transactional
  public Optional<SignedInUser> authenticate(String raw) {
    return tokens.findByTokenHash(hash(raw))
        .filter(ApiToken::isActive)
        .filter(t -> t.getOwner().isEnabled() && !t.getOwner().isLocked(clock))
        .map(t -> {
          t.used(clock.instant());
          SignedInUser user = new SignedInUser(t.getOwner(), false);
          user.eraseCredentials();
          return user;
        });
  }

  static String hash(String raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
