package vn.innohub.contest.internal;

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
import vn.innohub.contest.internal.ContestSpec.RoundKind;

/** One application given to one judge in one round, with the judge's score sheet once scored. */
@Entity
@Table(name = "contest_assignment")
public class JudgeAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id", nullable = false)
  private long contestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RoundKind round;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "judge_user_id", nullable = false)
  private long judgeUserId;

  private String scores;

  @Column(name = "scored_at")
  private Instant scoredAt;

  @Version
  private long version;

  protected JudgeAssignment() {}

  JudgeAssignment(long contestId, RoundKind round, long applicationId, long judgeUserId) {
    this.contestId = contestId;
    this.round = round;
    this.applicationId = applicationId;
    this.judgeUserId = judgeUserId;
  }

  void score(ScoreSheet sheet, Instant now) {
    this.scores = ContestJson.write(sheet);
    this.scoredAt = now;
  }

  public ScoreSheet sheet() {
    return ContestJson.read(scores, ScoreSheet.class);
  }

  public boolean scored() {
    return scores != null;
  }

  public Long getId() {
    return id;
  }

  public long getContestId() {
    return contestId;
  }

  public RoundKind getRound() {
    return round;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getJudgeUserId() {
    return judgeUserId;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }
}
