package vn.innohub.portal.library.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A passage of a long text around the first of the typed words, found the way search finds it (accents and case
 * ignored), to show why a document matched when the words are only inside one of its files.
 */
final class Passages {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Passages() {}

  /** The typed words, folded; operators and punctuation dropped. */
  static List<String> words(String typed) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_SPLIT.split(fold(Normalizer.normalize(typed, Normalizer.Form.NFC)))) {
      if (!w.isEmpty() && !words.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  static boolean containsAny(String text, List<String> words) {
    return text != null && firstMatch(fold(Normalizer.normalize(text, Normalizer.Form.NFC)), words) >= 0;
  }

  /** About {@code radius} characters either side of the first whole-word match, or null when none. */
  static String around(String text, List<String> words, int radius) {
    if (text == null || words.isEmpty()) {
      return null;
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    String folded = fold(text);
    int at = firstMatch(folded, words);
    if (at < 0) {
      return null;
    }
    int from = Math.max(0, at - radius);
    int to = Math.min(text.length(), at + radius);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && at - from < radius + 20) {
      from--;
    }
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - at < radius + 20) {
      to++;
    }
    String passage = SPACES.matcher(text.substring(from, to)).replaceAll(" ").strip();
    return (from > 0 ? "… " : "") + passage + (to < text.length() ? " …" : "");
  }

  /** Where the first of the words starts as a whole word in the folded text. */
  private static int firstMatch(String folded, List<String> words) {
    int best = -1;
    for (String w : words) {
      int from = 0;
      while (from <= folded.length() - w.length()) {
        int i = folded.indexOf(w, from);
        if (i < 0) {
          break;
        }
        boolean start = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
        boolean end = i + w.length() == folded.length() || !Character.isLetterOrDigit(folded.charAt(i + w.length()));
        if (start && end) {
          best = best < 0 ? i : Math.min(best, i);
          break;
        }
        from = i + 1;
      }
    }
    return best;
  }

  /** Lower case without accents, one character for one (composed) character, so positions stay the original's. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out.append(Character.toLowerCase(c));
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
        continue;
      }
      String bare = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
      out.append(bare.length() == 1 ? bare.toLowerCase(Locale.ROOT).charAt(0) : c);
    }
    return out.toString();
  }
}
