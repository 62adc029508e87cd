package vn.innohub.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.innohub.shared.audit.NotAudited;
import vn.innohub.shared.audit.Redacted;

/** Personal API token: stored as a SHA-256 hash, shown to its owner once, revocable. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "user_id")
  private UserAccount owner;

  @Column(nullable = false, length = 100)
  private String name;

  @Redacted
  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 12)
  private String prefix;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** After this instant the token no longer works (null: until revoked). */
  @Column(name = "expires_at")
  private Instant expiresAt;

  protected ApiToken() {}

  ApiToken(UserAccount owner, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
    this.expiresAt = expiresAt;
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.prefix = prefix;
    this.createdAt = createdAt;
  }

  void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  /** Remembers use at most every five minutes, so API calls do not each write a row. */
  void used(Instant at) {
    if (lastUsedAt == null || lastUsedAt.plusSeconds(300).isBefore(at)) {
      lastUsedAt = at;
    }
  }

  /** Not revoked (it may still have expired: see {@link #isUsable}). */
  public boolean isActive() {
    return revokedAt == null;
  }

  public boolean isUsable(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
