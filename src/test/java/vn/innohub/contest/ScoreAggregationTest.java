package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ScoreAggregation;
import vn.innohub.contest.internal.ScoreAggregation.Result;
import vn.innohub.contest.internal.ScoreAggregation.Sheet;

/** Score aggregation against numbers worked out by hand in the comments. */
class ScoreAggregationTest {

  private static final double E = 1e-6;

  /** Two criteria: "Tính sáng tạo" weight 2 out of 10, "Tính khả thi" weight 1 out of 5. */
  private static final List<Criterion> TWO = List.of(new Criterion("Tính sáng tạo", null, 2, 10),
      new Criterion("Tính khả thi", null, 1, 5));

  @ParameterizedTest(name = "({0}, {1}) → {2}")
  @CsvSource({
      // (8/10×2 + 4/5×1) / 3 × 100 = (1.6 + 0.8) / 3 × 100 = 80
      "8, 4, 80",
      // (7/10×2 + 2.5/5×1) / 3 × 100 = (1.4 + 0.5) / 3 × 100 = 63.333…
      "7, 2.5, 63.3333333",
      "10, 5, 100",
      "0, 0, 0",
      // (0 + 5/5) / 3 × 100 = 33.333…
      "0, 5, 33.3333333"})
  void aJudgesTotalIsTheWeightedMeanOfScoreOverMaxOutOfAHundred(double a, double b, double expected) {
    assertThat(ScoreAggregation.weightedTotal(TWO, List.of(a, b))).isCloseTo(expected, within(1e-5));
  }

  /** One criterion out of 10, weight 1: a judge's total is the score × 10. */
  private static final List<Criterion> ONE = List.of(new Criterion("Ý tưởng", null, 1, 10));

  @Test
  void withoutNormalisationTheMeanOfTheJudgesTotalsRanks() {
    // Strict judge 1 scores P 6, Q 4; lenient judge 2 scores Q 10, R 8.
    // Means: P 60, Q (40 + 100) / 2 = 70, R 80 → R, Q, P.
    List<Result> r = ScoreAggregation.rank(ONE, List.of(new Sheet(1, 100, List.of(6.0)), new Sheet(1, 200, List.of(4.0)),
        new Sheet(2, 200, List.of(10.0)), new Sheet(2, 300, List.of(8.0))), Map.of(), false, 25);
    assertThat(r).extracting(Result::applicationId).containsExactly(300L, 200L, 100L);
    assertThat(r.get(0).score()).isCloseTo(80, within(E));
    assertThat(r.get(1).score()).isCloseTo(70, within(E));
    assertThat(r.get(2).score()).isCloseTo(60, within(E));
    assertThat(r.get(1).meanZ()).isNull();
    // Q's judges gave 40 and 100: 60 points apart, more than 25 → outlier; the others had one judge.
    assertThat(r).extracting(Result::outlier).containsExactly(false, true, false);
    assertThat(r.get(1).totalsByJudge()).containsEntry(1L, 40.0).containsEntry(2L, 100.0);
  }

  @Test
  void zScoresRemoveTheLenientJudgesBiasAndReverseTheRanking() {
    // Judge 1: totals 60 (P), 40 (Q): mean 50, population sd 10 → z(P) = +1, z(Q) = −1.
    // Judge 2: totals 100 (Q), 80 (R): mean 90, sd 10 → z(Q) = +1, z(R) = −1.
    // Means of z: P +1, Q (−1 + 1) / 2 = 0, R −1 → P, Q, R (the raw order reversed).
    List<Result> r = ScoreAggregation.rank(ONE, List.of(new Sheet(1, 100, List.of(6.0)), new Sheet(1, 200, List.of(4.0)),
        new Sheet(2, 200, List.of(10.0)), new Sheet(2, 300, List.of(8.0))), Map.of(), true, 25);
    assertThat(r).extracting(Result::applicationId).containsExactly(100L, 200L, 300L);
    assertThat(r.get(0).score()).isCloseTo(1, within(E));
    assertThat(r.get(1).score()).isCloseTo(0, within(E));
    assertThat(r.get(2).score()).isCloseTo(-1, within(E));
    assertThat(r.get(1).meanTotal()).isCloseTo(70, within(E));
    assertThat(r).extracting(Result::rank).containsExactly(1, 2, 3);
  }

  @Test
  void zScoresOverThreeApplicationsAsWorkedOutByHand() {
    // Criteria TWO. Judge 1: X (8,4) = 80, Y (6,3) = 60, Z (4,2) = 40 → mean 60, sd √(800/3) = 16.32993
    //   → z: X +1.224745, Y 0, Z −1.224745.
    // Judge 2: X (10,5) = 100, Y (9,5) = 93.3333, Z (7,4) = 73.3333 → mean 88.8889;
    //   deviations 11.1111, 4.4444, −15.5556; variance (123.4568 + 19.7531 + 241.9753) / 3 = 128.3951, sd 11.33116
    //   → z: X 0.980581, Y 0.392232, Z −1.372813.
    // Means: X 1.102663, Y 0.196116, Z −1.298779. Raw means: X 90, Y 76.6667, Z 56.6667.
    List<Result> r = ScoreAggregation.rank(TWO, List.of(
        new Sheet(1, 1, List.of(8.0, 4.0)), new Sheet(1, 2, List.of(6.0, 3.0)), new Sheet(1, 3, List.of(4.0, 2.0)),
        new Sheet(2, 1, List.of(10.0, 5.0)), new Sheet(2, 2, List.of(9.0, 5.0)), new Sheet(2, 3, List.of(7.0, 4.0))),
        Map.of(), true, 25);
    assertThat(r).extracting(Result::applicationId).containsExactly(1L, 2L, 3L);
    assertThat(r.get(0).score()).isCloseTo(1.102663, within(1e-5));
    assertThat(r.get(1).score()).isCloseTo(0.196116, within(1e-5));
    assertThat(r.get(2).score()).isCloseTo(-1.298779, within(1e-5));
    assertThat(r.get(1).meanTotal()).isCloseTo(76.666667, within(1e-5));
    // Spreads: X 20 (not over 25), Y 33.3, Z 33.3 (over).
    assertThat(r).extracting(Result::outlier).containsExactly(false, true, true);
  }

  @Test
  void aJudgeWithOneApplicationOrNoSpreadGivesZeroZ() {
    // Judge 7 scored one application; judge 8 gave two applications the same 50.
    var z = ScoreAggregation.zScores(Map.of(7L, Map.of(1L, 90.0), 8L, Map.of(1L, 50.0, 2L, 50.0)));
    assertThat(z.get(7L).get(1L)).isEqualTo(0.0);
    assertThat(z.get(8L).get(1L)).isEqualTo(0.0);
    assertThat(z.get(8L).get(2L)).isEqualTo(0.0);
  }

  @Test
  void tiesBreakOnTheHeaviestCriterionThenOnTheEarlierSubmission() {
    // A weight 1 / 10, B weight 3 / 10 (the first criterion by weight is B): total = (a + 3b) × 2.5.
    // M (10, 6) = 70; N (4, 8) = 70; O (4, 8) = 70 submitted before N.
    // Equal means; B: N 8 = O 8 > M 6; O before N by submission → O, N, M.
    List<Criterion> c = List.of(new Criterion("A", null, 1, 10), new Criterion("B", null, 3, 10));
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    List<Result> r = ScoreAggregation.rank(c, List.of(new Sheet(1, 11, List.of(10.0, 6.0)),
        new Sheet(1, 12, List.of(4.0, 8.0)), new Sheet(1, 13, List.of(4.0, 8.0))),
        Map.of(11L, t, 12L, t.plusSeconds(60), 13L, t.plusSeconds(30)), false, 25);
    assertThat(r).extracting(Result::applicationId).containsExactly(13L, 12L, 11L);
    assertThat(r).allSatisfy(x -> assertThat(x.score()).isCloseTo(70, within(E)));
  }
}
