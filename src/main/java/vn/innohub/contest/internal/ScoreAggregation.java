package vn.innohub.contest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.contest.internal.ContestSpec.Criterion;

/**
 * Tổng hợp điểm: one round's ranking from the judges' score sheets. Pure: no database, no clock.
 * <ul>
 *   <li>A judge's total for an application is Σ(score_i / max_i × weight_i) / Σ weight_i × 100 (0..100).</li>
 *   <li>With z-score normalisation each judge's totals are standardised by that judge's own mean and (population)
 *   standard deviation over the applications they scored, removing lenient or strict judges' bias; a judge with one
 *   application or no spread gives z = 0.</li>
 *   <li>An application's score is the mean over its judges (of the totals, or of the z-values when normalised).</li>
 *   <li>Outlier: the judges' totals for one application differ by more than the threshold (points).</li>
 *   <li>Tie-breaks, in order: higher mean raw total, higher mean score on the first criterion by weight (the
 *   heaviest; the earliest listed among equals), earlier submission.</li>
 * </ul>
 */
public final class ScoreAggregation {

  private static final double EPSILON = 1e-9;

  private ScoreAggregation() {}

  /** One judge's scores for one application, one per criterion in rubric order. */
  public record Sheet(long judgeUserId, long applicationId, List<Double> scores) {
    public Sheet {
      scores = List.copyOf(scores);
    }
  }

  /** A ranked application: {@code score} is what the ranking uses (mean z when normalised, else mean total). */
  public record Result(long applicationId, int rank, double score, double meanTotal, Double meanZ,
      Map<Long, Double> totalsByJudge, boolean outlier) {}

  public static double weightedTotal(List<Criterion> criteria, List<Double> scores) {
    double sum = 0;
    double weights = 0;
    for (int i = 0; i < criteria.size(); i++) {
      Criterion c = criteria.get(i);
      sum += scores.get(i) / c.maxScore() * c.weight();
      weights += c.weight();
    }
    return sum / weights * 100;
  }

  /** Per judge, per application: the z-value of the judge's total among that judge's totals. */
  public static Map<Long, Map<Long, Double>> zScores(Map<Long, Map<Long, Double>> totalsByJudge) {
    Map<Long, Map<Long, Double>> out = new HashMap<>();
    totalsByJudge.forEach((judge, totals) -> {
      int n = totals.size();
      double mean = totals.values().stream().mapToDouble(Double::doubleValue).sum() / n;
      double variance = totals.values().stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / n;
      double sd = Math.sqrt(variance);
      Map<Long, Double> z = new HashMap<>();
      totals.forEach((app, t) -> z.put(app, n < 2 || sd < EPSILON ? 0.0 : (t - mean) / sd));
      out.put(judge, z);
    });
    return out;
  }

  public static List<Result> rank(List<Criterion> criteria, List<Sheet> sheets, Map<Long, Instant> submittedAt,
      boolean zScore, double outlierThreshold) {
    Map<Long, Map<Long, Double>> byJudge = new LinkedHashMap<>();
    Map<Long, Map<Long, Double>> byApplication = new LinkedHashMap<>();
    Map<Long, List<Double>> firstCriterion = new HashMap<>();
    int first = firstByWeight(criteria);
    for (Sheet s : sheets) {
      double total = weightedTotal(criteria, s.scores());
      byJudge.computeIfAbsent(s.judgeUserId(), j -> new LinkedHashMap<>()).put(s.applicationId(), total);
      byApplication.computeIfAbsent(s.applicationId(), a -> new LinkedHashMap<>()).put(s.judgeUserId(), total);
      firstCriterion.computeIfAbsent(s.applicationId(), a -> new ArrayList<>()).add(s.scores().get(first));
    }
    Map<Long, Map<Long, Double>> z = zScore ? zScores(byJudge) : Map.of();
    record Row(long app, double score, double meanTotal, Double meanZ, Map<Long, Double> totals, boolean outlier,
        double firstMean, Instant submitted) {}
    List<Row> rows = new ArrayList<>();
    byApplication.forEach((app, totals) -> {
      double meanTotal = mean(totals.values());
      Double meanZ = zScore ? mean(totals.keySet().stream().map(j -> z.get(j).get(app)).toList()) : null;
      double spread = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
          - totals.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      rows.add(new Row(app, zScore ? meanZ : meanTotal, meanTotal, meanZ, totals, spread > outlierThreshold + EPSILON,
          mean(firstCriterion.get(app)), submittedAt.getOrDefault(app, Instant.MAX)));
    });
    Comparator<Double> higherFirst = (a, b) -> Math.abs(a - b) < EPSILON ? 0 : Double.compare(b, a);
    rows.sort(Comparator.comparing(Row::score, higherFirst)
        .thenComparing(Row::meanTotal, higherFirst)
        .thenComparing(Row::firstMean, higherFirst)
        .thenComparing(Row::submitted)
        .thenComparingLong(Row::app));
    List<Result> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.add(new Result(r.app(), i + 1, r.score(), r.meanTotal(), r.meanZ(), Map.copyOf(r.totals()), r.outlier()));
    }
    return out;
  }

  /** The index of the heaviest criterion (the first listed among equal weights). */
  static int firstByWeight(List<Criterion> criteria) {
    int best = 0;
    for (int i = 1; i < criteria.size(); i++) {
      if (criteria.get(i).weight() > criteria.get(best).weight() + EPSILON) {
        best = i;
      }
    }
    return best;
  }

  private static double mean(java.util.Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
  }
}
