package vn.innohub.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.innohub.shared.text.VietnameseText;

/**
 * Cách tính giá trị của tỉnh: how a target's provincial value is obtained from the units' values of a period.
 * <ul>
 *   <li>{@link #REPORTED_BY}: one agency (by default the target's compiling agency, "cơ quan tổng hợp/theo dõi")
 *       reports the province's figure; other units' values are contributions only.</li>
 *   <li>{@link #SUM}: the units' values add up (counts of startups, events, products, projects).</li>
 *   <li>{@link #RATIO}: Σ numerator / Σ denominator (×100 when the unit is %), each unit reporting both parts.</li>
 *   <li>{@link #RANK}: a rank or qualitative value (PII, Top 15) reported by one agency, like REPORTED_BY.</li>
 *   <li>{@link #LIVE}: a live statistic of the platform (directory, exchange, contests).</li>
 * </ul>
 */
public enum TargetMethod {
  REPORTED_BY, SUM, RATIO, RANK, LIVE;

  /** The province's value is a ratio of two counts the units report (numerator and denominator). */
  public boolean ratio() {
    return this == RATIO;
  }

  /** Whether one agency alone reports the province's value. */
  public boolean singleAgency() {
    return this == REPORTED_BY || this == RANK;
  }

  /** Countable things a ratio's parts count, folded → as written ("Tỷ lệ xã …" counts communes). */
  private static final List<String[]> COUNTABLE = List.of(
      new String[] {"hop tac xa", "hợp tác xã"}, new String[] {"doanh nghiep", "doanh nghiệp"},
      new String[] {"xa, phuong", "xã, phường"}, new String[] {"xa", "xã"}, new String[] {"phuong", "phường"},
      new String[] {"thon", "thôn"}, new String[] {"ho gia dinh", "hộ gia đình"}, new String[] {"ho", "hộ"},
      new String[] {"nguoi dan", "người dân"}, new String[] {"nguoi", "người"},
      new String[] {"hoc sinh, sinh vien", "học sinh, sinh viên"}, new String[] {"hoc sinh", "học sinh"},
      new String[] {"sinh vien", "sinh viên"}, new String[] {"can bo", "cán bộ"},
      new String[] {"co so giao duc", "cơ sở giáo dục"}, new String[] {"co so", "cơ sở"},
      new String[] {"truong", "trường"}, new String[] {"co quan", "cơ quan"}, new String[] {"don vi", "đơn vị"},
      new String[] {"dia phuong", "địa phương"}, new String[] {"nhiem vu", "nhiệm vụ"},
      new String[] {"thu tuc hanh chinh", "thủ tục hành chính"}, new String[] {"thu tuc", "thủ tục"},
      new String[] {"ho so", "hồ sơ"}, new String[] {"chu the kinh doanh", "chủ thể kinh doanh"},
      new String[] {"chu the", "chủ thể"}, new String[] {"san pham", "sản phẩm"}, new String[] {"du an", "dự án"},
      new String[] {"startup", "startup"}, new String[] {"lao dong", "lao động"}, new String[] {"hop dong", "hợp đồng"},
      new String[] {"de tai", "đề tài"});

  private static final Pattern RANK_LEAD = Pattern.compile("^(chi so|xep hang|top|thu hang|vi tri)\\b");
  private static final Pattern RANK_ANY = Pattern.compile(
      "\\b(top \\d+|top|xep hang|thu hang|pii|gii|chi so|dung thu|vi tri thu|nhom \\d+ tinh|thu \\d+)\\b");
  private static final Pattern COUNT = Pattern.compile("\\b(doanh nghiep|su kien|san pham|du an|startup|khong gian"
      + "|sang che|giai phap|luot|nguoi|cuoc thi|cuoc|bai|khu|mo hinh|y tuong|to chuc|hop tac xa|chuong trinh"
      + "|hoi cho|dien dan|hoi thao|lop|khoa hoc|de tai|nhiem vu|vuon uom|trung tam|dong|ty dong|trieu dong)\\b");

  /**
   * The method proposed for a target from its wording and unit, as the importer and migration V81 propose it (and
   * flag for review): a target bound to a live statistic → LIVE; "Chỉ số …", "Top 15", "xếp hạng", "PII", "thứ …"
   * → RANK; "Tỷ lệ …" or a percentage → RATIO when its parts are countable ("Tỷ lệ xã …", "Tỷ lệ doanh nghiệp …"),
   * else REPORTED_BY; counts ("Số doanh nghiệp …", "25 dự án", "sự kiện", "sản phẩm") → SUM; anything else →
   * REPORTED_BY. Diacritics are optional.
   */
  public static TargetMethod propose(String name, String unit, boolean boundToLiveStatistic) {
    if (boundToLiveStatistic) {
      return LIVE;
    }
    String n = VietnameseText.stripAccents(name == null ? "" : name).strip();
    String u = VietnameseText.stripAccents(unit == null ? "" : unit).strip();
    if (RANK_LEAD.matcher(n).find() || u.equals("hang") || u.equals("thu hang")) {
      return RANK;
    }
    boolean percent = "%".equals(u) || n.startsWith("ty le") || n.contains(" ty le ") || n.contains("%")
        || n.startsWith("ti le");
    if (percent) {
      return ratioNoun(name).isPresent() ? RATIO : REPORTED_BY;
    }
    if (RANK_ANY.matcher(n).find()) {
      return RANK;
    }
    if (n.startsWith("so ") || COUNT.matcher(u).find() || COUNT.matcher(n).find()) {
      return SUM;
    }
    return REPORTED_BY;
  }

  /**
   * What a ratio's parts count, as written: "Tỷ lệ xã có …" → "xã", "Tỷ lệ doanh nghiệp khởi nghiệp …" →
   * "doanh nghiệp", "100% cơ sở giáo dục …" → "cơ sở giáo dục"; empty when the ratio is not of countable things
   * ("Tỷ lệ tăng trưởng …").
   */
  public static Optional<String> ratioNoun(String name) {
    String n = VietnameseText.stripAccents(name == null ? "" : name).strip();
    int at = n.indexOf("ty le ");
    if (at < 0) {
      at = n.indexOf("ti le ");
    }
    String rest;
    if (at >= 0) {
      rest = n.substring(at + 6);
    } else {
      int pct = n.indexOf('%');
      if (pct < 0) {
        return Optional.empty();
      }
      rest = n.substring(pct + 1).strip();
    }
    rest = rest.replaceFirst("^(cac|so|nhung)\\s+", "");
    for (String[] c : COUNTABLE) {
      if (rest.equals(c[0]) || rest.startsWith(c[0] + " ") || rest.startsWith(c[0] + ",")) {
        return Optional.of(c[1]);
      }
    }
    return Optional.empty();
  }
}
