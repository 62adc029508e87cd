package vn.innohub.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.text.VnFormat;
import vn.innohub.shared.web.Messages;

/**
 * The rules for what a unit types into a report's number and date fields, read the same way when it is saved and
 * when the report is shown again (a text kept as typed is marked again after a reload). Each check answers the
 * parsed value, or the message to show at the field.
 */
final class TypedValues {

  private static final Pattern VALUE_AND_UNIT =
      Pattern.compile("^(-?\\s*(?:" + VietnameseNumbers.NUMBER + "))\\s*(.*)$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Messages messages;

  TypedValues(Messages messages) {
    this.messages = messages;
  }

  /** A parsed value, or the message saying why the text is not one; both null for an empty text. */
  record Checked<T>(T value, String error) {
    boolean invalid() {
      return error != null;
    }
  }

  private static <T> Checked<T> ok(T value) {
    return new Checked<>(value, null);
  }

  private <T> Checked<T> wrong(String key, Object... args) {
    return new Checked<>(null, messages.get(key, args));
  }

  /** Progress: a whole percent from 0 to 100 ("60", "60 %"). */
  Checked<Integer> percent(String text) {
    if (Texts.isBlank(text)) {
      return ok(null);
    }
    try {
      int p = Integer.parseInt(text.strip().replace("%", "").strip());
      return p < 0 || p > 100 ? wrong("reporting.field.percent") : ok(p);
    } catch (NumberFormatException e) {
      return wrong("reporting.field.percent");
    }
  }

  /** A count or amount: a Vietnamese-written number ("12", "1.250,5"), never negative. */
  Checked<BigDecimal> count(String text) {
    if (Texts.isBlank(text)) {
      return ok(null);
    }
    String t = text.strip();
    boolean negative = t.startsWith("-");
    String digits = t.replace("-", "").strip();
    BigDecimal value = digits.matches(VietnameseNumbers.NUMBER) ? VietnameseNumbers.parse(digits) : null;
    if (value == null) {
      return wrong("reporting.field.number");
    }
    if (negative && value.signum() != 0) {
      return wrong("reporting.field.negative");
    }
    return ok(value);
  }

  /**
   * A target's value: a number in the target's unit. A unit typed after the number ("12 doanh nghiệp", "45%") must be
   * the target's own; negative values are refused and percentages stop at 100.
   */
  Checked<BigDecimal> targetValue(String text, String unit) {
    if (Texts.isBlank(text)) {
      return ok(null);
    }
    Matcher m = VALUE_AND_UNIT.matcher(text.strip());
    if (!m.matches()) {
      return wrong("reporting.field.number");
    }
    String typedUnit = m.group(2).strip();
    if (!typedUnit.isEmpty() && !VietnameseText.fold(typedUnit).equals(VietnameseText.fold(unit == null ? "" : unit))) {
      return wrong("reporting.field.unit", unit == null || unit.isBlank() ? "—" : unit, typedUnit);
    }
    Checked<BigDecimal> value = count(m.group(1).replace(" ", ""));
    if (!value.invalid() && "%".equals(unit) && value.value().compareTo(HUNDRED) > 0) {
      return wrong("reporting.field.percent");
    }
    return value;
  }

  /** A day within the period: ISO (what a date input sends) or as written, 30/6/2026. */
  Checked<LocalDate> date(String text, LocalDate from, LocalDate to) {
    if (Texts.isBlank(text)) {
      return ok(null);
    }
    String t = text.strip();
    LocalDate day;
    try {
      day = t.contains("/") ? LocalDate.parse(t, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT)) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      return wrong("reporting.field.date");
    }
    if (day.isBefore(from) || day.isAfter(to)) {
      return wrong("reporting.field.dateOutside", VnFormat.date(from), VnFormat.date(to));
    }
    return ok(day);
  }

  /** Text kept as typed: stripped, at most 200 characters (the column), null when empty. */
  static String kept(String text) {
    if (Texts.isBlank(text)) {
      return null;
    }
    String t = text.strip();
    return t.length() > 200 ? t.substring(0, 200) : t;
  }
}
