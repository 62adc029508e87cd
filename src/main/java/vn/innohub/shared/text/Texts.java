package vn.innohub.shared.text;

import java.util.function.Function;

/**
 * What a typed or imported text field holds: nothing when it is empty or white space only. "White space" is Java's
 * ({@link String#isBlank()}, {@link String#strip()}): Unicode spaces and line breaks, but not the no-break space
 * (U+00A0), which Vietnamese text pasted from Word keeps between words and which is therefore never cut.
 */
public final class Texts {

  private Texts() {}

  /** Whether the field holds nothing: null, empty or white space only. */
  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** The text without leading and trailing white space, or null when nothing else is left. */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The text exactly as given, or null when it is empty or white space only (a filter value, a search term). */
  public static String nullIfBlank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** {@code parse} applied to the stripped text, or null when the text is blank (an optional number or date). */
  public static <T> T parsed(String text, Function<String, T> parse) {
    return text == null || text.isBlank() ? null : parse.apply(text.strip());
  }
}
