package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Xung đột lợi ích: a judge's declared conflict with one application. */
@Entity
@Table(name = "contest_conflict")
public class Conflict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "judge_user_id", nullable = false)
  private long judgeUserId;

  @Column(length = 1000)
  private String reason;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected Conflict() {}

  Conflict(long applicationId, long judgeUserId, String reason, Instant now) {
    this.applicationId = applicationId;
    this.judgeUserId = judgeUserId;
    this.reason = reason;
    this.declaredAt = now;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getJudgeUserId() {
    return judgeUserId;
  }

  public String getReason() {
    return reason;
  }
}
