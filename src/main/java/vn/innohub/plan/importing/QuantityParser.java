package vn.innohub.plan.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Quantity.Comparator;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.text.VietnameseText;

/**
 * Reads the quantities of targets ("≥ 5 dự án", "5.000 - 10.000 lượt người.", "01 - 02 khu làm việc chung", "≤ 15")
 * and of expected outputs ("≥ 05 chuyên mục, ≥ 20 bài/năm", "Tối thiểu 02 đoàn/năm").
 */
public final class QuantityParser {

  private static final String GE_WORDS = "≥|>=|>|tối thiểu|ít nhất|không dưới|không ít hơn|trên|toi thieu|it nhat|khong duoi";
  private static final String LE_WORDS = "≤|<=|<|tối đa|không quá|dưới|toi da|khong qua|duoi";
  private static final Pattern QUANTITY = Pattern.compile(
      "(?iu)(?:(" + GE_WORDS + ")|(" + LE_WORDS + "))?\\s*(" + VietnameseNumbers.NUMBER + ")"
          + "(?:\\s*(?:-|–|—|đến|den)\\s*(" + VietnameseNumbers.NUMBER + "))?"
          + "\\s*(%|[^,;.()0-9≥≤<>]{0,40})");

  private QuantityParser() {}

  /** The target value: the first quantity in the text; uncertain when there is none or it reads two ways. */
  public static Quantity value(String text) {
    String tidy = VietnameseText.tidy(text);
    List<Quantity> all = all(tidy);
    if (all.isEmpty()) {
      return Quantity.unreadable(tidy);
    }
    Quantity first = all.get(0);
    Comparator comparator = first.comparator();
    if (comparator == Comparator.EQ) {
      // "tối thiểu phát triển 150 doanh nghiệp": the bound may stand a few words before the number.
      int at = tidy.indexOf(first.text());
      String before = VietnameseText.fold(at > 0 ? tidy.substring(0, at) : "");
      if (before.contains("toi thieu") || before.contains("it nhat") || before.contains("khong duoi")) {
        comparator = Comparator.GE;
      } else if (before.contains("toi da") || before.contains("khong qua") || before.contains("khong vuot")) {
        comparator = Comparator.LE;
      }
    }
    return new Quantity(tidy, comparator, first.min(), first.max(), first.unit(), first.uncertain());
  }

  /** Every quantity stated in the text, in order. Years (2026) and dates are not quantities. */
  public static List<Quantity> all(String text) {
    List<Quantity> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      String number = m.group(3);
      if (isYearOrDate(text, m.start(3), m.end(3), number)) {
        continue;
      }
      BigDecimal min = VietnameseNumbers.parse(number);
      BigDecimal max = m.group(4) == null ? min : VietnameseNumbers.parse(m.group(4));
      Comparator comparator = m.group(4) != null ? Comparator.RANGE
          : m.group(1) != null ? Comparator.GE : m.group(2) != null ? Comparator.LE : Comparator.EQ;
      String unit = unit(m.group(5));
      boolean uncertain = min == null || max == null || VietnameseNumbers.ambiguous(number)
          || (m.group(4) != null && VietnameseNumbers.ambiguous(m.group(4)));
      String printed = text.substring(m.start(), m.start(5)).strip();
      String shown = unit.isEmpty() ? printed : unit.equals("%") ? printed + "%" : printed + " " + unit;
      out.add(new Quantity(shown, comparator, min, max, unit, uncertain));
    }
    return out;
  }

  private static String unit(String raw) {
    String unit = raw == null ? "" : raw.strip();
    if (unit.startsWith("%")) {
      return "%";
    }
    // A unit is a few words; stop at words that start the next clause.
    String[] words = unit.split("\\s+");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      String f = VietnameseText.fold(w);
      if (out.length() > 0 && (f.equals("va") || f.equals("trong") || f.equals("tai") || f.equals("cua") || f.equals("theo")
          || f.equals("duoc") || f.equals("co"))) {
        break;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w);
      if (out.length() > 30) {
        break;
      }
    }
    return out.toString().strip();
  }

  private static boolean isYearOrDate(String text, int start, int end, String number) {
    boolean slashBefore = start > 0 && text.charAt(start - 1) == '/';
    boolean slashAfter = end < text.length() && text.charAt(end) == '/' && end + 1 < text.length()
        && Character.isDigit(text.charAt(end + 1));
    if (slashBefore || slashAfter) {
      return true; // 15/12/2026, Quý III/2026
    }
    if (number.matches("(19|20|21)\\d{2}")) {
      String before = VietnameseText.fold(text.substring(Math.max(0, start - 12), start));
      return before.endsWith("nam") || before.endsWith("giai doan") || before.endsWith("den") || before.isBlank()
          || before.endsWith("tu") || text.substring(end).matches("^\\s*[-–]\\s*(19|20|21)\\d{2}.*");
    }
    return false;
  }
}
