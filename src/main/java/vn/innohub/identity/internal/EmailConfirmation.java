package vn.innohub.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.innohub.shared.audit.Redacted;

/** Xác nhận thư điện tử: a single-use link sent to an address; only the SHA-256 hash of its token is kept. */
@Entity
@Table(name = "email_confirmation")
public class EmailConfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Redacted
  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 200)
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected EmailConfirmation() {}

  EmailConfirmation(long userId, String tokenHash, String email, Instant createdAt, Instant expiresAt) {
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.email = email;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Valid until {@code expiresAt} (exclusive) and only once. */
  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  boolean used() {
    return usedAt != null;
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  public long getUserId() {
    return userId;
  }

  public String getEmail() {
    return email;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
