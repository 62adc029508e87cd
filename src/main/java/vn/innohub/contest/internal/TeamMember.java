package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Thành viên nhóm: a co-member invited to an application by e-mail address. The invitation reaches only the account
 * that confirmed that address, and names its account once that account accepts it.
 */
@Entity
@Table(name = "contest_team_member")
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "user_id")
  private Long userId;

  /** The invited address, trimmed and in lower case. */
  @Column(length = 200)
  private String email;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected TeamMember() {}

  TeamMember(long applicationId, String email, Instant now) {
    this.applicationId = applicationId;
    this.email = email;
    this.invitedAt = now;
  }

  void accept(long byUserId, Instant now) {
    if (acceptedAt == null) {
      userId = byUserId;
      acceptedAt = now;
    }
  }

  public String getEmail() {
    return email;
  }

  /** Whether the account is this member (only once the invitation was accepted). */
  public boolean isUser(long id) {
    return userId != null && userId == id && acceptedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public Long getUserId() {
    return userId;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
