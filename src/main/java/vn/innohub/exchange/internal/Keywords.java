package vn.innohub.exchange.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.innohub.shared.text.VietnameseText;

/**
 * The words of a listing for matching: Vietnamese syllables lower-cased, with a small stop-word list (checked with
 * their accents, so "khí" in "cơ khí" stays while "khi" goes); keys are folded like the search analyzer folds them.
 */
final class Keywords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Function words and the listing boilerplate every text has ("cần", "giải pháp" stay: they carry meaning). */
  static final Set<String> STOP = Set.copyOf(List.of("và", "của", "các", "cho", "có", "được", "trong", "với", "là", "một",
      "những", "để", "từ", "theo", "tại", "trên", "này", "đã", "không", "khi", "về", "ra", "nhiều", "làm", "như",
      "thì", "hoặc", "đến", "sau", "trước", "mỗi", "từng", "nhằm", "bằng", "mà", "ở", "vào", "gì", "hay", "rất",
      "còn", "cũng", "đang", "sẽ", "nên", "nhất", "việc", "đó", "do", "bị", "lại", "vẫn", "chỉ", "nhưng", "nếu",
      "thể", "hơn", "qua", "giữa", "đều", "năm", "tháng", "ngày", "khoảng", "dưới", "đối", "hiện",
      "nay", "muốn", "chúng", "tôi", "mình", "họ", "chưa", "ít", "hết", "cả", "điều", "sự", "cách", "phải", "xã",
      "tỉnh", "huyện", "thôn", "bản", "người", "tấn", "kg", "ha", "m2", "m", "giúp"));

  private Keywords() {}

  /** A word as written (lower case, NFC). */
  record Word(String text, String key) {}

  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    var m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      out.add(new Word(w, VietnameseText.fold(w)));
    }
    return out;
  }

  static boolean stop(Word w) {
    return STOP.contains(w.text()) || w.key().length() < 2 || w.key().chars().allMatch(Character::isDigit);
  }

  /** The distinct meaningful words, in order, as a query: folded, so no query syntax survives. */
  static String query(String text, int max) {
    Set<String> seen = new java.util.LinkedHashSet<>();
    for (Word w : words(text)) {
      if (!stop(w)) {
        seen.add(w.key());
      }
      if (seen.size() >= max) {
        break;
      }
    }
    return String.join(" ", seen);
  }

  /** Folded keys of the text's meaningful words and of its two-word phrases. */
  static Set<String> keys(String text) {
    Set<String> out = new HashSet<>();
    Word previous = null;
    for (Word w : words(text)) {
      if (stop(w)) {
        previous = null;
        continue;
      }
      out.add(w.key());
      if (previous != null) {
        out.add(previous.key() + " " + w.key());
      }
      previous = w;
    }
    return out;
  }

  /**
   * Words and two-word phrases of {@code source} that {@code other} contains too (compared folded, shown as the source
   * writes them): phrases first, then single words not already in a phrase; at most {@code max}.
   */
  static List<String> shared(String source, Set<String> otherKeys, int max) {
    Map<String, String> phrases = new LinkedHashMap<>();
    Map<String, String> singles = new LinkedHashMap<>();
    Word previous = null;
    for (Word w : words(source)) {
      if (stop(w)) {
        previous = null;
        continue;
      }
      if (otherKeys.contains(w.key()) && w.key().length() >= 3) {
        singles.putIfAbsent(w.key(), w.text());
      }
      if (previous != null && otherKeys.contains(previous.key() + " " + w.key())) {
        phrases.putIfAbsent(previous.key() + " " + w.key(), previous.text() + " " + w.text());
        previous = null; // phrases do not overlap: "chiết xuất cao khô" gives "chiết xuất", "cao khô"
      } else {
        previous = w;
      }
    }
    List<String> out = new ArrayList<>(phrases.values());
    Set<String> inPhrases = new HashSet<>();
    phrases.keySet().forEach(p -> inPhrases.addAll(List.of(p.split(" "))));
    singles.forEach((key, text) -> {
      if (!inPhrases.contains(key)) {
        out.add(text);
      }
    });
    return out.size() > max ? out.subList(0, max) : out;
  }
}
