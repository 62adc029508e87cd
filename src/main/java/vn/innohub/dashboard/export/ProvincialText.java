package vn.innohub.dashboard.export;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.reporting.PeriodResults;

/** How a target's provincial value was obtained, as one line of an official report (issue 17). */
final class ProvincialText {

  private ProvincialText() {}

  /** The method's label, e.g. "do Sở Khoa học và Công nghệ báo cáo"; empty without results. */
  static String method(Dashboard.TargetRow t) {
    PeriodResults.TargetActual a = t.provincial();
    return a == null ? "" : a.methodLabel();
  }

  /** Each unit's value and whether it is used: "UBND xã A: 10 — Chỉ là đóng góp …; Sở KH&CN: 15 — Giá trị của tỉnh". */
  static String breakdown(Dashboard.TargetRow t) {
    PeriodResults.TargetActual a = t.provincial();
    if (a == null) {
      return "";
    }
    return a.breakdown().stream().map(l -> l.unitName() + ": " + value(l) + " — " + l.reason())
        .collect(Collectors.joining("; "));
  }

  private static String value(PeriodResults.UnitValue l) {
    if (l.numerator() != null || l.denominator() != null) {
      return plain(l.numerator()) + "/" + plain(l.denominator());
    }
    return plain(l.value());
  }

  private static String plain(BigDecimal v) {
    return v == null ? "—" : v.stripTrailingZeros().toPlainString();
  }
}
