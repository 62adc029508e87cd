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
import java.time.LocalDate;
import java.util.Map;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.shared.text.Texts;

/** Hồ sơ dự thi: a member's (or a team's) application to a contest, from draft to result. */
@Entity
@Table(name = "contest_application")
public class ContestApplication {

  /** Nháp, đã nộp, hợp lệ (qua sơ loại), không hợp lệ. */
  public enum Status {
    DRAFT, SUBMITTED, ELIGIBLE, INELIGIBLE;

    public boolean draft() {
      return this == DRAFT;
    }
  }

  /** The applicant's own facts, as entered in the form (besides the contest's questions). */
  public record Facts(String title, String theme, String applicantName, String organisation, String profileSlug,
      EligibleGroup group, LocalDate birthDate, String commune, String province, boolean declared) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contest_id", nullable = false)
  private long contestId;

  @Column(name = "owner_user_id", nullable = false)
  private long ownerUserId;

  @Column(length = 20)
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  private String title;
  private String theme;
  @Column(name = "applicant_name")
  private String applicantName;
  private String organisation;
  @Column(name = "profile_slug")
  private String profileSlug;
  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_group", length = 20)
  private EligibleGroup applicantGroup;
  @Column(name = "birth_date")
  private LocalDate birthDate;
  private String commune;
  private String province;
  private boolean declared;

  @Column(nullable = false)
  private String answers;

  @Column(name = "screening_reason", length = 2000)
  private String screeningReason;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private RoundKind stage;

  @Column(name = "award_rank")
  private Integer awardRank;

  private String award;

  @Column(name = "linked_profile")
  private String linkedProfile;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected ContestApplication() {}

  ContestApplication(long contestId, long ownerUserId, String applicantName, Instant now) {
    this.contestId = contestId;
    this.ownerUserId = ownerUserId;
    this.applicantName = applicantName;
    this.status = Status.DRAFT;
    this.answers = ContestJson.write(Map.of());
    this.createdAt = now;
    this.updatedAt = now;
  }

  void edit(Facts f, Map<String, String> answers, Instant now) {
    this.title = Texts.blankToNull(f.title());
    this.theme = Texts.blankToNull(f.theme());
    this.applicantName = Texts.blankToNull(f.applicantName());
    this.organisation = Texts.blankToNull(f.organisation());
    this.profileSlug = Texts.blankToNull(f.profileSlug());
    this.applicantGroup = f.group();
    this.birthDate = f.birthDate();
    this.commune = Texts.blankToNull(f.commune());
    this.province = Texts.blankToNull(f.province());
    this.declared = f.declared();
    this.answers = ContestJson.write(answers);
    this.updatedAt = now;
  }

  void putAnswer(String key, String value, Instant now) {
    Map<String, String> a = answers();
    a.put(key, value);
    this.answers = ContestJson.write(a);
    this.updatedAt = now;
  }

  void submit(String reference, Instant now) {
    if (this.reference == null) {
      this.reference = reference;
    }
    if (this.submittedAt == null) {
      this.submittedAt = now;
    }
    this.status = Status.SUBMITTED;
    this.updatedAt = now;
  }

  void screen(boolean eligible, String reason, RoundKind firstJudged, Instant now) {
    this.status = eligible ? Status.ELIGIBLE : Status.INELIGIBLE;
    this.screeningReason = reason;
    this.stage = eligible ? firstJudged : null;
    this.updatedAt = now;
  }

  void advanceTo(RoundKind round, Instant now) {
    this.stage = round;
    this.updatedAt = now;
  }

  void award(Integer rank, String prize, Instant now) {
    this.awardRank = rank;
    this.award = prize;
    this.updatedAt = now;
  }

  void linkProfile(String slug, Instant now) {
    this.linkedProfile = slug;
    this.updatedAt = now;
  }

  public Facts facts() {
    return new Facts(title, theme, applicantName, organisation, profileSlug, applicantGroup, birthDate, commune,
        province, declared);
  }

  public Map<String, String> answers() {
    return ContestJson.answers(answers);
  }

  public Long getId() {
    return id;
  }

  public long getContestId() {
    return contestId;
  }

  public long getOwnerUserId() {
    return ownerUserId;
  }

  public String getReference() {
    return reference;
  }

  public Status getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getTheme() {
    return theme;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getProfileSlug() {
    return profileSlug;
  }

  public String getScreeningReason() {
    return screeningReason;
  }

  public RoundKind getStage() {
    return stage;
  }

  public Integer getAwardRank() {
    return awardRank;
  }

  public String getAward() {
    return award;
  }

  public String getLinkedProfile() {
    return linkedProfile;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public long getVersion() {
    return version;
  }
}
