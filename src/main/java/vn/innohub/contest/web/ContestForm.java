package vn.innohub.contest.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/**
 * The set-up page as the organiser fills it. Lists are one item per line; form fields as
 * "TYPE | label | bắt buộc | option; option", criteria as "ROUND | name | description | weight | max".
 */
public class ContestForm {

  public String title;
  public String slug;
  public boolean announced;
  public String organiser;
  public String organiserProfile;
  public String coOrganisers;
  public String themes;
  public List<String> groups = new ArrayList<>();
  public String province;
  public String commune;
  /** Round kind name → "start" / "end" as yyyy-MM-ddTHH:mm (blank: the contest has no such round). */
  public Map<String, String> starts = new LinkedHashMap<>();
  public Map<String, String> ends = new LinkedHashMap<>();
  public String formFields;
  public String rubric;
  public String prizes;
  public String rules;
  /*
   * Settings are objects, not primitives: null means the submitted page did not carry the setting (an older page, a
   * page that leaves it out), and the contest keeps what it had. A checkbox the page shows comes with its "_name"
   * marker, so unticking it binds false.
   */
  public Boolean blind;
  public Boolean zScore;
  public Boolean showScores;
  public Boolean audienceVote;
  public Integer judgesPerApplication;
  public Double outlierThreshold;
  public long version;

  private static final List<String> REQUIRED = List.of("bắt buộc", "bat buoc", "required", "x", "yes", "có", "co");

  /** The page for a new contest: the default settings ticked and filled in. */
  static ContestForm blank() {
    ContestSpec.Settings d = ContestSpec.Settings.defaults();
    ContestForm f = new ContestForm();
    f.blind = d.blind();
    f.zScore = d.zScore();
    f.showScores = d.showScores();
    f.audienceVote = d.audienceVote();
    f.judgesPerApplication = d.judgesPerApplication();
    f.outlierThreshold = d.outlierThreshold();
    return f;
  }

  static ContestForm of(Contest c) {
    ContestSpec s = c.spec();
    ContestForm f = new ContestForm();
    f.title = c.getTitle();
    f.slug = c.getSlug();
    f.announced = c.isAnnounced();
    f.version = c.getVersion();
    f.organiser = s.organiser();
    f.organiserProfile = s.organiserProfile();
    f.coOrganisers = String.join("\n", s.coOrganisers());
    f.themes = String.join("\n", s.themes());
    f.groups = s.groups().stream().map(Enum::name).toList();
    f.province = s.province();
    f.commune = s.commune();
    for (Round r : s.rounds()) {
      f.starts.put(r.kind().name(), r.start() == null ? "" : r.start().toString());
      f.ends.put(r.kind().name(), r.end() == null ? "" : r.end().toString());
    }
    List<String> lines = new ArrayList<>();
    for (FormField ff : s.form()) {
      lines.add(ff.type() + " | " + ff.label() + " | " + (ff.required() ? "bắt buộc" : "") + " | "
          + String.join("; ", ff.options()));
    }
    f.formFields = String.join("\n", lines);
    lines = new ArrayList<>();
    for (RoundKind k : RoundKind.values()) {
      for (Criterion cr : s.criteria(k)) {
        lines.add(k + " | " + cr.name() + " | " + (cr.description() == null ? "" : cr.description()) + " | "
            + num(cr.weight()) + " | " + num(cr.maxScore()));
      }
    }
    f.rubric = String.join("\n", lines);
    f.prizes = String.join("\n", s.prizes());
    f.rules = s.rules();
    f.blind = s.settings().blind();
    f.zScore = s.settings().zScore();
    f.showScores = s.settings().showScores();
    f.audienceVote = s.settings().audienceVote();
    f.judgesPerApplication = s.settings().judgesPerApplication();
    f.outlierThreshold = s.settings().outlierThreshold();
    return f;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\r?\\n")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** A new contest's set-up as a spec (settings the page leaves out take their defaults). */
  ContestSpec toSpec(Messages messages, Map<String, String> errors) {
    return toSpec(messages, errors, ContestSpec.Settings.defaults());
  }

  /**
   * The set-up as a spec, or null with the problems in {@code errors} (field → message); settings the submitted page
   * did not carry keep their values from {@code kept}.
   */
  ContestSpec toSpec(Messages messages, Map<String, String> errors, ContestSpec.Settings kept) {
    List<EligibleGroup> gs = new ArrayList<>();
    for (String g : groups == null ? List.<String>of() : groups) {
      try {
        gs.add(EligibleGroup.valueOf(g));
      } catch (IllegalArgumentException e) {
        errors.put("groups", messages.get("contest.error.groupsRequired"));
      }
    }
    List<Round> rounds = new ArrayList<>();
    for (RoundKind k : RoundKind.values()) {
      String s = starts.getOrDefault(k.name(), "");
      String e = ends.getOrDefault(k.name(), "");
      if ((s == null || s.isBlank()) && (e == null || e.isBlank())) {
        continue;
      }
      try {
        rounds.add(new Round(k, LocalDateTime.parse(s.strip()), LocalDateTime.parse(e.strip())));
      } catch (DateTimeParseException | NullPointerException ex) {
        errors.put("rounds", messages.get("contest.error.roundDates"));
      }
    }
    List<FormField> fields = new ArrayList<>();
    int n = 0;
    for (String line : lines(formFields)) {
      n++;
      String[] p = line.split("\\|", -1);
      try {
        FieldType type = FieldType.valueOf(p[0].strip().toUpperCase(Locale.ROOT));
        String label = p.length > 1 ? p[1].strip() : "";
        boolean required = p.length > 2 && REQUIRED.contains(p[2].strip().toLowerCase(Locale.ROOT));
        List<String> options = p.length > 3 ? Arrays.stream(p[3].split(";")).map(String::strip)
            .filter(x -> !x.isEmpty()).toList() : List.of();
        String key = VietnameseText.slug(label);
        key = key.isEmpty() ? "q" + n : key.length() > 60 ? key.substring(0, 60) : key;
        fields.add(new FormField(key, type, label, required, options));
      } catch (IllegalArgumentException e) {
        errors.put("form", messages.get("contest.error.fieldLine", n));
      }
    }
    Map<RoundKind, List<Criterion>> criteria = new EnumMap<>(RoundKind.class);
    n = 0;
    for (String line : lines(rubric)) {
      n++;
      String[] p = line.split("\\|", -1);
      try {
        if (p.length < 5) {
          throw new IllegalArgumentException();
        }
        RoundKind k = RoundKind.valueOf(p[0].strip().toUpperCase(Locale.ROOT));
        criteria.computeIfAbsent(k, x -> new ArrayList<>()).add(new Criterion(p[1].strip(), p[2].strip(),
            Double.parseDouble(p[3].strip().replace(',', '.')), Double.parseDouble(p[4].strip().replace(',', '.'))));
      } catch (IllegalArgumentException e) {
        errors.put("rubric", messages.get("contest.error.criterionLine", n));
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ContestSpec(Texts.blankToNull(organiser), Texts.blankToNull(organiserProfile), lines(coOrganisers),
        lines(themes), gs,
        Texts.blankToNull(province), Texts.blankToNull(commune), rounds, fields, criteria, lines(prizes),
        Texts.blankToNull(rules),
        new ContestSpec.Settings(or(blind, kept.blind()), or(zScore, kept.zScore()),
            or(showScores, kept.showScores()), or(audienceVote, kept.audienceVote()),
            or(judgesPerApplication, kept.judgesPerApplication()), or(outlierThreshold, kept.outlierThreshold())));
  }

  private static <T> T or(T submitted, T kept) {
    return submitted == null ? kept : submitted;
  }
}
