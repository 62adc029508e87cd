package vn.innohub.shared.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as Vietnamese documents print them: "9.615.243" (dots group thousands), "2,5" (comma decimals), "05". */
public final class VietnameseNumbers {

  /** A number as printed: grouped thousands, or plain digits, with an optional decimal part. */
  public static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?";

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

  private VietnameseNumbers() {}

  /** Parses a printed number; {@code null} if it is not one. "1.5" is read as one and a half (not grouped). */
  public static BigDecimal parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (GROUPED.matcher(s).matches()) {
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
      }
      return new BigDecimal(s.replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the printed form could be read two ways (a dot that is not followed by exactly three digits). */
  public static boolean ambiguous(String text) {
    return text != null && text.contains(".") && !GROUPED.matcher(text.strip()).matches();
  }
}
