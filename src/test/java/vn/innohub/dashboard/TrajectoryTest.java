package vn.innohub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.Quantity;

class TrajectoryTest {

  private static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /**
   * Plan 2026–2030, target year 2030; on 31/12/2026 one fifth of the time (365/1826) has passed: on track needs
   * 0.9 × 0.1999 = 18 % of the way, at risk 12 %.
   */
  @ParameterizedTest(name = "{0} {1}→{2}, actual {3} on {4}: {5}")
  @CsvSource({
      "GE,0,100,19,2026-12-31,ON_TRACK", "GE,0,100,17,2026-12-31,AT_RISK", "GE,0,100,11,2026-12-31,OFF_TRACK",
      "GE,0,100,100,2026-03-01,ON_TRACK", "GE,50,100,60,2030-12-31,OFF_TRACK", "GE,,100,,2026-12-31,NO_DATA",
      "GE,0,,5,2026-12-31,QUALITATIVE", "LE,30,15,27,2026-12-31,ON_TRACK", "LE,30,15,29,2026-12-31,OFF_TRACK",
      "LE,30,15,14,2026-06-30,ON_TRACK", "GE,0,100,0,2026-01-01,ON_TRACK"})
  void lightsFollowTheStraightPathToTheTarget(Quantity.Comparator comparator, String baseline, String target,
      String actual, LocalDate asOf, Light expected) {
    assertThat(Trajectory.light(comparator, d(baseline), d(target), 2030, 2026, 2030, d(actual), asOf)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "baseline {0}, target {1}, actual {2}: {3} %")
  @CsvSource({"0,30,5,17", ",50,12,24", "10,20,15,50", "30,15,27,20", "0,100,150,150", "5,5,5,100", "0,30,,"})
  void progressIsTheShareOfTheWayCovered(String baseline, String target, String actual, Integer expected) {
    assertThat(Trajectory.progress(d(baseline), d(target), d(actual))).isEqualTo(expected);
  }
}
