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

  protected Vote() {}

  Vote(long contestId, long applicationId, long userId, Instant createdAt) {
    this.contestId = contestId;
    this.applicationId = applicationId;
    this.userId = userId;
    this.createdAt = createdAt;
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
