package vn.innohub.dashboard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Tiny SVG geometry for charts drawn in the page (no chart service, no script). */
final class Svg {

  private Svg() {}

  /** Polyline points in a 100 × 24 box for the values (and the target as the top when higher), "" for none. */
  static String sparkline(List<BigDecimal> values, BigDecimal target) {
    if (values.isEmpty()) {
      return "";
    }
    double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
    double min = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
    if (target != null) {
      max = Math.max(max, target.doubleValue());
    }
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder points = new StringBuilder();
    int n = values.size();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? 50 : 100.0 * i / (n - 1);
      double y = 22 - 20 * (values.get(i).doubleValue() - min) / span;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return points.toString().strip();
  }
}
