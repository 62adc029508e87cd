package vn.innohub.contest.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thể lệ cuộc thi: everything the organiser sets up for one contest, stored as one validated JSON document.
 * Round times are local date-times in Asia/Ho_Chi_Minh; a round's end is exclusive (intake ending at
 * 2026-04-01T00:00 accepts 31 March 23:59:59 and refuses 1 April 00:00:00).
 */
public record ContestSpec(String organiser, String organiserProfile, List<String> coOrganisers, List<String> themes,
    List<EligibleGroup> groups, String province, String commune, List<Round> rounds, List<FormField> form,
    Map<RoundKind, List<Criterion>> rubric, List<String> prizes, String rules, Settings settings) {

  public ContestSpec {
    coOrganisers = coOrganisers == null ? List.of() : List.copyOf(coOrganisers);
    themes = themes == null ? List.of() : List.copyOf(themes);
    groups = groups == null ? List.of() : List.copyOf(groups);
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
    form = form == null ? List.of() : List.copyOf(form);
    rubric = rubric == null ? Map.of() : Map.copyOf(rubric);
    prizes = prizes == null ? List.of() : List.copyOf(prizes);
    settings = settings == null ? Settings.defaults() : settings;
  }

  /** Vòng: intake (nhận hồ sơ), screening (sơ loại), semi-final (bán kết), final (chung kết). */
  public enum RoundKind {
    INTAKE, SCREENING, SEMI_FINAL, FINAL;

    public boolean judged() {
      return this == SEMI_FINAL || this == FINAL;
    }
  }

  /** Đối tượng dự thi, with the check each implies. */
  public enum EligibleGroup {
    YOUTH(16, 35), PUPILS_STUDENTS(null, 24), WOMEN(null, null), FARMERS(null, null), ELDERLY(60, null),
    COOPERATIVES(null, null), SMES(null, null), CIVIL_SERVANTS(null, null), ANY_CITIZEN(null, null);

    private final Integer minAge;
    private final Integer maxAge;

    EligibleGroup(Integer minAge, Integer maxAge) {
      this.minAge = minAge;
      this.maxAge = maxAge;
    }

    /** Age bounds are checked against the declared birth date; the other groups need a declaration. */
    public boolean ageBased() {
      return minAge != null || maxAge != null;
    }

    public boolean needsDeclaration() {
      return !ageBased() && this != ANY_CITIZEN;
    }

    /** Whether a person born on {@code born} is within the age bounds on {@code on}. */
    public boolean ageFits(LocalDate born, LocalDate on) {
      int age = Period.between(born, on).getYears();
      return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    public Integer minAge() {
      return minAge;
    }

    public Integer maxAge() {
      return maxAge;
    }
  }

  public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, CHOICE, FILE, VIDEO_LINK;

    /** Answered by an uploaded file rather than in the form's text fields. */
    public boolean file() {
      return this == FILE;
    }

    public boolean longText() {
      return this == LONG_TEXT;
    }

    public boolean choice() {
      return this == CHOICE;
    }

    /** Answered in a one-line input: a text, a number or a video link. */
    public boolean singleLine() {
      return this == TEXT || this == NUMBER || this == VIDEO_LINK;
    }

    public boolean number() {
      return this == NUMBER;
    }

    public boolean videoLink() {
      return this == VIDEO_LINK;
    }
  }

  public record Round(RoundKind kind, LocalDateTime start, LocalDateTime end) {}

  /** One question of the application form; {@code key} is stable across edits of the label order. */
  public record FormField(String key, FieldType type, String label, boolean required, List<String> options) {
    public FormField {
      options = options == null ? List.of() : List.copyOf(options);
    }
  }

  /** Tiêu chí chấm: a score from 0 to {@code maxScore}, weighted in the judge's total. */
  public record Criterion(String name, String description, double weight, double maxScore) {}

  /**
   * Blind judging hides applicants from judges; z-score normalises each judge's totals; applicants see their scores
   * after publication; audience vote (not built yet); k judges per application; outlier threshold in points.
   */
  public record Settings(boolean blind, boolean zScore, boolean showScores, boolean audienceVote,
      int judgesPerApplication, double outlierThreshold) {
    public static Settings defaults() {
      return new Settings(false, false, true, false, 2, 25);
    }
  }

  public Optional<Round> round(RoundKind kind) {
    return rounds.stream().filter(r -> r.kind() == kind).findFirst();
  }

  /** Judged rounds in order (semi-final, final) that the contest has. */
  public List<RoundKind> judgedRounds() {
    return rounds.stream().map(Round::kind).filter(RoundKind::judged).sorted().toList();
  }

  public List<Criterion> criteria(RoundKind kind) {
    return rubric.getOrDefault(kind, List.of());
  }
}
