package vn.innohub.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.innohub.plan.Quantity;

/**
 * The traffic light of a target: the share of the way from baseline to target covered by the actual value, against
 * the share of time elapsed from the plan's first day to the end of the target's year. On track when the covered
 * share is at least 90 % of the elapsed share (or the target is already met), at risk from 60 %, off track below.
 * Targets where lower is better ("≤ 15", or a target below its baseline) are read the other way round.
 */
public final class Trajectory {

  public static final double ON_TRACK = 0.9;
  public static final double AT_RISK = 0.6;

  private Trajectory() {}

  /** Progress in percent of the way from baseline to target (may exceed 100), or null without numbers. */
  public static Integer progress(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
    if (target == null || actual == null) {
      return null;
    }
    BigDecimal b = baseline == null ? BigDecimal.ZERO : baseline;
    BigDecimal span = target.subtract(b);
    if (span.signum() == 0) {
      return actual.compareTo(target) == 0 ? 100 : 0;
    }
    double p = actual.subtract(b).divide(span, MathContext.DECIMAL64).doubleValue();
    return (int) Math.round(Math.max(0, p) * 100);
  }

  public static Light light(Quantity.Comparator comparator, BigDecimal baseline, BigDecimal target, Integer targetYear,
      int planFrom, int planTo, BigDecimal actual, LocalDate asOf) {
    if (target == null) {
      return Light.QUALITATIVE;
    }
    if (actual == null) {
      return Light.NO_DATA;
    }
    BigDecimal b = baseline == null ? BigDecimal.ZERO : baseline;
    boolean lowerIsBetter = comparator == Quantity.Comparator.LE || target.compareTo(b) < 0;
    boolean met = lowerIsBetter ? actual.compareTo(target) <= 0 : actual.compareTo(target) >= 0;
    if (met) {
      return Light.ON_TRACK;
    }
    LocalDate start = LocalDate.of(planFrom, 1, 1);
    LocalDate end = LocalDate.of(targetYear != null ? targetYear : planTo, 12, 31);
    double total = Math.max(1, ChronoUnit.DAYS.between(start, end.plusDays(1)));
    double elapsed = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(start, asOf) / total));
    BigDecimal span = target.subtract(b);
    double covered = span.signum() == 0 ? 1 : actual.subtract(b).divide(span, MathContext.DECIMAL64).doubleValue();
    if (elapsed == 0 || covered >= ON_TRACK * elapsed) {
      return Light.ON_TRACK;
    }
    return covered >= AT_RISK * elapsed ? Light.AT_RISK : Light.OFF_TRACK;
  }
}
