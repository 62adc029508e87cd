package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

/** Giám khảo: an account with role JUDGE on one round's panel, with declared expertise and links. */
@Entity
@Table(name = "contest_judge")
public class PanelJudge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id", nullable = false)
  private long contestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RoundKind round;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(length = 1000)
  private String expertise;

  @Column(length = 1000)
  private String links;

  protected PanelJudge() {}

  PanelJudge(long contestId, RoundKind round, long userId, List<String> expertise, List<String> links) {
    this.contestId = contestId;
    this.round = round;
    this.userId = userId;
    this.expertise = String.join("\n", expertise);
    this.links = String.join("\n", links);
  }

  public List<String> expertise() {
    return split(expertise);
  }

  public List<String> links() {
    return split(links);
  }

  private static List<String> split(String s) {
    return s == null ? List.of() : Arrays.stream(s.split("\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
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

  public long getUserId() {
    return userId;
  }
}
