package vn.innohub.plan;

import java.math.BigDecimal;

/**
 * A quantity as a plan states it: "≥ 5 dự án", "≤ 15", "100 %", "5.000 - 10.000 lượt người", "Tối thiểu 02 đoàn/năm".
 *
 * @param text the words as printed
 * @param min the value, or the lower bound of a range; null when no number could be read
 * @param max the upper bound of a range, else equal to {@code min}
 * @param uncertain true when the number could be read two ways or is missing
 */
public record Quantity(String text, Comparator comparator, BigDecimal min, BigDecimal max, String unit,
    boolean uncertain) {

  /** How the value binds: exactly (as printed, no sign), at least, at most, or within a range. */
  public enum Comparator {
    EQ("="), GE("≥"), LE("≤"), RANGE("–");

    private final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public static Quantity unreadable(String text) {
    return new Quantity(text, Comparator.EQ, null, null, "", true);
  }
}
