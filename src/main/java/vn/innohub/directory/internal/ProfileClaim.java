package vn.innohub.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.innohub.shared.DomainException;

/**
 * Yêu cầu nhận quản lý hồ sơ: a member's request to manage a profile the DOST entered. Approving it makes the member
 * the owner; a profile has at most one owner, so the other open claims on it are then refused.
 */
@Entity
@Table(name = "directory_claim")
public class ProfileClaim {

  public enum Status { PENDING, APPROVED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "profile_id", nullable = false)
  private long profileId;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(nullable = false, length = 2000)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(length = 2000)
  private String note;

  @Version
  private long version;

  /** 1 while the claim is pending, NULL once decided: one pending claim per (profile, member), by unique key. */
  @jakarta.persistence.Column(name = "pending_slot")
  private Short pendingSlot;

  protected ProfileClaim() {}

  ProfileClaim(long profileId, long userId, String message, Instant now) {
    this.profileId = profileId;
    this.userId = userId;
    this.message = message;
    this.status = Status.PENDING;
    this.pendingSlot = 1;
    this.createdAt = now;
  }

  void decide(boolean approve, String note, String by, Instant now) {
    if (status != Status.PENDING) {
      throw DomainException.conflict("directory.claim.decided");
    }
    this.status = approve ? Status.APPROVED : Status.REFUSED;
    this.pendingSlot = null;
    this.note = note;
    this.decidedBy = by;
    this.decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getProfileId() {
    return profileId;
  }

  public long getUserId() {
    return userId;
  }

  public String getMessage() {
    return message;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getNote() {
    return note;
  }
}
