package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Thành viên nhóm: a co-member invited to an application by their account e-mail; counts once accepted. */
@Entity
@Table(name = "contest_team_member")
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected TeamMember() {}

  TeamMember(long applicationId, long userId, Instant now) {
    this.applicationId = applicationId;
    this.userId = userId;
    this.invitedAt = now;
  }

  void accept(Instant now) {
    if (acceptedAt == null) {
      acceptedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public long getUserId() {
    return userId;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
