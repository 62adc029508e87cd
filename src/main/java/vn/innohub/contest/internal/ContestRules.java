package vn.innohub.contest.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

/** Checks a contest set-up: field → message code (empty when valid). */
public final class ContestRules {

  private ContestRules() {}

  public static Map<String, String> check(String title, String slug, ContestSpec spec) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      errors.put("title", "contest.error.titleRequired");
    }
    if (slug != null && !slug.isBlank() && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      errors.put("slug", "contest.error.slug");
    }
    if (spec.organiser() == null || spec.organiser().isBlank()) {
      errors.put("organiser", "contest.error.organiserRequired");
    }
    if (spec.groups().isEmpty()) {
      errors.put("groups", "contest.error.groupsRequired");
    }
    if (spec.round(RoundKind.INTAKE).isEmpty()) {
      errors.put("rounds", "contest.error.intakeRequired");
    }
    Round previous = null;
    for (RoundKind kind : RoundKind.values()) {
      Round r = spec.round(kind).orElse(null);
      if (r == null) {
        continue;
      }
      if (r.start() == null || r.end() == null || !r.start().isBefore(r.end())) {
        errors.putIfAbsent("rounds", "contest.error.roundDates");
      } else if (previous != null && r.start().isBefore(previous.end())) {
        errors.putIfAbsent("rounds", "contest.error.roundOrder");
      }
      previous = r;
    }
    if (spec.rounds().stream().map(Round::kind).distinct().count() != spec.rounds().size()) {
      errors.putIfAbsent("rounds", "contest.error.roundTwice");
    }
    Set<String> keys = new HashSet<>();
    for (FormField f : spec.form()) {
      if (f.label() == null || f.label().isBlank() || f.type() == null) {
        errors.putIfAbsent("form", "contest.error.fieldLabel");
      } else if (!keys.add(f.key())) {
        errors.putIfAbsent("form", "contest.error.fieldTwice");
      } else if (f.type() == FieldType.CHOICE && f.options().size() < 2) {
        errors.putIfAbsent("form", "contest.error.choiceOptions");
      }
    }
    for (RoundKind kind : spec.judgedRounds()) {
      List<Criterion> criteria = spec.criteria(kind);
      if (criteria.isEmpty()) {
        errors.putIfAbsent("rubric", "contest.error.rubricRequired");
      }
      for (Criterion c : criteria) {
        if (c.name() == null || c.name().isBlank()) {
          errors.putIfAbsent("rubric", "contest.error.criterionName");
        } else if (!(c.weight() > 0)) {
          errors.putIfAbsent("rubric", "contest.error.weight");
        } else if (!(c.maxScore() > 0)) {
          errors.putIfAbsent("rubric", "contest.error.maxScore");
        }
      }
    }
    spec.rubric().keySet().stream().filter(k -> !spec.judgedRounds().contains(k)).findFirst()
        .ifPresent(k -> errors.putIfAbsent("rubric", "contest.error.rubricRound"));
    int k = spec.settings().judgesPerApplication();
    if (k < 1 || k > 20) {
      errors.put("judgesPerApplication", "contest.error.judgesPerApplication");
    }
    if (!(spec.settings().outlierThreshold() > 0)) {
      errors.put("outlierThreshold", "contest.error.outlierThreshold");
    }
    return errors;
  }
}
