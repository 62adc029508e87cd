package vn.innohub.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Vietnamese number and date conventions: 9.615.243 and 15/12/2026. */
public final class VnFormat {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private VnFormat() {}

  /** Groups thousands with dots and uses a comma for decimals: 9615243.5 → "9.615.243,5". */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(VIETNAMESE);
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
    return format.format(value);
  }

  public static String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
