package vn.innohub.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese-aware text folding: the same key for "Sở Khoa học và Công nghệ",
 * "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and the OCR'd "So Khoa hoc va Cong nghe".
 */
public final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VietnameseText() {}

  /** Removes diacritics (đ → d included), lower-cases and collapses white space; keeps punctuation. */
  public static String stripAccents(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("")
        .replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** A matching key: accents and case removed, "&" read as "và", every other punctuation mark a space. */
  public static String fold(String text) {
    String bare = stripAccents(text).replace("&", " va ");
    return SPACES.matcher(NON_WORD.matcher(bare).replaceAll(" ")).replaceAll(" ").trim();
  }

  /** A URL slug: "Sở Khoa học & Công nghệ" → "so-khoa-hoc-va-cong-nghe". */
  public static String slug(String text) {
    return fold(text).replace(' ', '-');
  }

  /** Search results show this many characters of a summary at most. */
  public static final int SNIPPET_LENGTH = 250;

  /** The first {@link #SNIPPET_LENGTH} characters of a text, with "…" when cut; null stays null. */
  public static String snippet(String text) {
    if (text == null) {
      return null;
    }
    return text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) + "…" : text;
  }

  /** Trims and collapses inner white space, keeping the original letters; null becomes "". */
  public static String tidy(String text) {
    return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ");
  }

  /**
   * The words a search index keeps for one item: the title twice (so that its words weigh more), then the
   * non-blank parts, on separate lines. Site search requires every word of a query in this one field.
   */
  public static String searchWords(String title, String... parts) {
    StringBuilder words = new StringBuilder();
    if (title != null && !title.isBlank()) {
      words.append(title).append('\n').append(title).append('\n');
    }
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        words.append(part).append('\n');
      }
    }
    return words.isEmpty() ? null : words.toString();
  }
}
