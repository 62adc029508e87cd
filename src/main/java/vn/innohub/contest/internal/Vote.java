package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Phiếu bình chọn: one account's audience vote in one contest (unique per contest and account). */
@Entity
@Table(name = "contest_vote")
public class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id", nullable = false)
  private long contestId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The voter's confirmed address, trimmed and in lower case: unique per contest. */
  @Column(name = "voter_email", length = 200)
  private String voterEmail;

  /** Pseudonymous key of the client address the vote came from (see V41). */
  @Column(name = "client_key", length = 16)
  private String clientKey;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "void_reason", length = 500)
  private String voidReason;

  @Column(name = "voided_by", length = 60)
  private String voidedBy;

  protected Vote() {}

  Vote(long contestId, long applicationId, long userId, String voterEmail, String clientKey, Instant createdAt) {
    this.contestId = contestId;
    this.applicationId = applicationId;
    this.userId = userId;
    this.voterEmail = voterEmail;
    this.clientKey = clientKey;
    this.createdAt = createdAt;
  }

  /** Voids the vote with a reason; a voided vote stays voided. */
  void voidIt(String reason, String by, Instant at) {
    if (voidedAt == null) {
      voidedAt = at;
      voidReason = reason;
      voidedBy = by;
    }
  }

  public boolean isVoided() {
    return voidedAt != null;
  }

  public String getClientKey() {
    return clientKey;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public Long getId() {
    return id;
  }

  public long getContestId() {
    return contestId;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getUserId() {
    return userId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
