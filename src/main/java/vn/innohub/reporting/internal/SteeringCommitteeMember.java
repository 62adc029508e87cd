package vn.innohub.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Thành viên Ban Chỉ đạo: an account that receives the steering committee's delay warning. */
@Entity
@Table(name = "steering_committee_member")
public class SteeringCommitteeMember {

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "added_by", length = 100)
  private String addedBy;

  protected SteeringCommitteeMember() {}

  SteeringCommitteeMember(long userId, Instant addedAt, String addedBy) {
    this.userId = userId;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  public long getUserId() {
    return userId;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }
}
