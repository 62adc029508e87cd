package vn.innohub.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.TargetMethod;

/**
 * Giá trị của tỉnh: a target's provincial value for a period, computed from the units' approved values by the
 * target's {@link TargetMethod}, with the breakdown by unit (used, or shown as a contribution only, and why) and a
 * label naming the method. Pure: the caller gives the values; texts are message keys with their arguments.
 */
public final class ProvincialValue {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProvincialValue() {}

  /** One unit's approved value of the target: a bare value, or a ratio's parts. {@code local}: a commune or ward. */
  public record Entry(long reportId, long unitId, String unitName, boolean local, BigDecimal value,
      BigDecimal numerator, BigDecimal denominator) {

    boolean hasParts() {
      return numerator != null || denominator != null;
    }

    boolean empty() {
      return value == null && !hasParts();
    }
  }

  /** A text to show: a message key and its arguments. */
  public record Text(String key, List<Object> args) {
    public Text {
      args = List.copyOf(args);
    }

    static Text of(String key, Object... args) {
      return new Text(key, List.of(args));
    }
  }

  /** A unit's line in the breakdown: its value (or parts), whether it is used, and why. */
  public record Line(long reportId, long unitId, String unitName, BigDecimal value, BigDecimal numerator,
      BigDecimal denominator, boolean used, Text reason) {}

  /** The province's value (null: none), the method's label, and the breakdown by unit. */
  public record Result(BigDecimal value, Text label, List<Line> lines) {
    public Result {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Computes the provincial value. {@code reporterId}/{@code reporterName}: the agency of a REPORTED_BY/RANK target
   * (null when it has none); {@code unitOfMeasure} "%" makes a RATIO a percentage; {@code aggregation} is the old
   * combination rule, still used for a LIVE target's reported figure (its actual comes from the live statistic).
   * Entries in approval order; entries with neither value nor parts are left out.
   */
  public static Result compute(TargetMethod method, String unitOfMeasure, Long reporterId, String reporterName,
      Aggregation aggregation, List<Entry> entriesInApprovalOrder) {
    List<Entry> entries = entriesInApprovalOrder.stream().filter(e -> !e.empty()).toList();
    return switch (method == null ? TargetMethod.REPORTED_BY : method) {
      case SUM -> sum(entries);
      case RATIO -> ratio(entries, "%".equals(unitOfMeasure == null ? "" : unitOfMeasure.strip()));
      case REPORTED_BY, RANK -> reportedBy(entries, reporterId, reporterName);
      case LIVE -> live(entries, aggregation);
    };
  }

  private static Result sum(List<Entry> entries) {
    List<Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int used = 0;
    boolean allLocal = true;
    for (Entry e : entries) {
      if (e.value() == null) {
        lines.add(line(e, false, Text.of("provincial.reason.partsForSum")));
      } else if (e.value().signum() < 0) {
        lines.add(line(e, false, Text.of("provincial.reason.negative")));
      } else {
        lines.add(line(e, true, Text.of("provincial.reason.added")));
        total = total.add(e.value());
        used++;
        allLocal &= e.local();
      }
    }
    if (used == 0) {
      return new Result(null, Text.of("provincial.label.noData"), lines);
    }
    return new Result(total.stripTrailingZeros(),
        Text.of(allLocal ? "provincial.label.sumLocal" : "provincial.label.sum", used), lines);
  }

  private static Result ratio(List<Entry> entries, boolean percent) {
    List<Line> lines = new ArrayList<>();
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    int used = 0;
    for (Entry e : entries) {
      if (!e.hasParts()) {
        lines.add(line(e, false, Text.of("provincial.reason.bareValue")));
      } else if (e.numerator() == null || e.denominator() == null) {
        lines.add(line(e, false, Text.of("provincial.reason.partMissing")));
      } else if (e.numerator().signum() < 0 || e.denominator().signum() < 0) {
        lines.add(line(e, false, Text.of("provincial.reason.negative")));
      } else if (e.numerator().compareTo(e.denominator()) > 0) {
        lines.add(line(e, false, Text.of("provincial.reason.numeratorAboveDenominator")));
      } else {
        lines.add(line(e, true, Text.of("provincial.reason.parts")));
        num = num.add(e.numerator());
        den = den.add(e.denominator());
        used++;
      }
    }
    if (used == 0 || den.signum() == 0) {
      return new Result(null, used == 0 ? Text.of("provincial.label.noData")
          : Text.of("provincial.label.ratio", plain(num), plain(den), used), lines);
    }
    BigDecimal value = (percent ? num.multiply(HUNDRED) : num).divide(den, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    return new Result(value, Text.of("provincial.label.ratio", plain(num), plain(den), used), lines);
  }

  private static Result reportedBy(List<Entry> entries, Long reporterId, String reporterName) {
    List<Line> lines = new ArrayList<>();
    if (reporterId == null) {
      entries.forEach(e -> lines.add(line(e, false, Text.of("provincial.reason.noReporter"))));
      return new Result(null, Text.of("provincial.label.noReporter"), lines);
    }
    // the reporting agency's last approved value is the province's; every other unit's is a contribution
    Map<Long, Entry> last = new LinkedHashMap<>();
    entries.stream().filter(e -> e.unitId() == reporterId && e.value() != null).forEach(e -> last.put(e.unitId(), e));
    Entry chosen = last.get(reporterId);
    for (Entry e : entries) {
      if (e == chosen) {
        lines.add(line(e, true, Text.of("provincial.reason.reporter")));
      } else if (e.unitId() == reporterId) {
        lines.add(line(e, false, Text.of("provincial.reason.bareValueMissing")));
      } else {
        lines.add(line(e, false, Text.of("provincial.reason.contribution", reporterName)));
      }
    }
    if (chosen == null) {
      return new Result(null, Text.of("provincial.label.reporterSilent", reporterName), lines);
    }
    return new Result(chosen.value().stripTrailingZeros(), Text.of("provincial.label.reportedBy", reporterName), lines);
  }

  private static Result live(List<Entry> entries, Aggregation aggregation) {
    List<Line> lines = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (Entry e : entries) {
      lines.add(line(e, false, Text.of("provincial.reason.live")));
      values.add(e.value());
    }
    return new Result(Aggregations.combine(aggregation, values), Text.of("provincial.label.live"), lines);
  }

  private static Line line(Entry e, boolean used, Text reason) {
    return new Line(e.reportId(), e.unitId(), e.unitName(), e.value() == null ? null : e.value().stripTrailingZeros(),
        e.numerator() == null ? null : e.numerator().stripTrailingZeros(),
        e.denominator() == null ? null : e.denominator().stripTrailingZeros(), used, reason);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
