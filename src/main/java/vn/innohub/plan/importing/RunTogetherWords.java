package vn.innohub.plan.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Chữ dính liền: OCR of a small or blurred scan often loses the gap between Vietnamese syllables ("Tổng giá
 * trịvốnhuyđộng", "SởKhoa"). A Vietnamese word is a run of syllables, each an onset, one to three vowels and a final
 * consonant of a closed set, and carries at most one tone mark — so a run-together token is split where that
 * structure says, without a dictionary: only a marked token (a word of this language, not "online" or "Startup") too
 * long for one syllable or with two tone marks, and only when every part is a syllable. A lower-case letter followed
 * by a capital ("SởKhoa") is a gap too.
 */
final class RunTogetherWords {

  private static final Pattern SYLLABLE = Pattern.compile(
      "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?");
  /** The longest syllable ("nghiêng", "nghiệp" are 7 letters). */
  private static final int LONGEST = 7;
  /** What each further part costs (log scale), so that a long syllable is not cut into two short frequent ones. */
  private static final double PER_PART = 2.0;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+");
  private static final Pattern CASE_GAP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private RunTogetherWords() {}

  /** The text with its run-together words split; anything else unchanged. */
  static String split(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String spaced = CASE_GAP.matcher(text).replaceAll(" ");
    var m = TOKEN.matcher(spaced);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      out.append(spaced, at, m.start()).append(word(m.group()));
      at = m.end();
    }
    return out.append(spaced.substring(at)).toString();
  }

  /** One token of letters: split into syllables when it is several run together, else as it is. */
  static String word(String token) {
    String nfc = Normalizer.normalize(token, Normalizer.Form.NFC);
    // tonesBefore[i]: tone marks on the letters before i, so that any part's count is a difference
    int[] tonesBefore = new int[nfc.length() + 1];
    boolean marked = false;
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = Character.toLowerCase(d.charAt(0));
      if (c == 'đ' || c == 'Đ') {
        base = 'd';
        marked = true;
      }
      int tones = 0;
      for (int k = 1; k < d.length(); k++) {
        marked = true;
        tones += tone(d.charAt(k)) ? 1 : 0;
      }
      tonesBefore[i + 1] = tonesBefore[i] + tones;
      if (base < 'a' || base > 'z') {
        return token; // a letter no Vietnamese syllable has
      }
      folded.append(base);
    }
    String f = folded.toString();
    int tones = tonesBefore[nfc.length()];
    if (!marked || nfc.equals(nfc.toUpperCase(java.util.Locale.ROOT)) || (f.length() <= LONGEST && tones < 2)
        || SYLLABLE.matcher(f).matches()) {
      return token;
    }
    // the likeliest syllables covering the whole token ("tập huấn", not "tậ phuấn"): each a syllable by its
    // structure with at most one tone mark, scored by how often the province's texts use it
    int n = f.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    int[] parts = new int[n + 1];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    best[0] = 0;
    String lower = nfc.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < n; i++) {
      if (best[i] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      for (int j = i + 1; j <= Math.min(n, i + LONGEST); j++) {
        if (tonesBefore[j] - tonesBefore[i] <= 1 && SYLLABLE.matcher(f.substring(i, j)).matches()) {
          double s = best[i] + Syllables.logShare(lower.substring(i, j)) - PER_PART;
          if (s > best[j]) {
            best[j] = s;
            from[j] = i;
            parts[j] = parts[i] + 1;
          }
        }
      }
    }
    if (best[n] == Double.NEGATIVE_INFINITY || parts[n] < 2) {
      return token;
    }
    StringBuilder out = new StringBuilder();
    for (int j = n; j > 0; j = from[j]) {
      out.insert(0, nfc.substring(from[j], j)).insert(0, from[j] > 0 ? " " : "");
    }
    return out.toString();
  }

  /** How often each written syllable occurs in the bundled administrative texts (plan/vocabulary/*.txt). */
  static final class Syllables {
    private static final java.util.Map<String, Integer> COUNTS = load();
    private static final double TOTAL = COUNTS.values().stream().mapToInt(Integer::intValue).sum() + 1.0;

    private static java.util.Map<String, Integer> load() {
      java.util.Map<String, Integer> counts = new java.util.HashMap<>();
      try {
        for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath*:plan/vocabulary/*.txt")) {
          try (var in = r.getInputStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}]+")) {
              if (!w.isEmpty()) {
                counts.merge(w, 1, Integer::sum);
              }
            }
          }
        }
      } catch (java.io.IOException e) {
        // no vocabulary: every syllable counts the same and the fewest parts win
      }
      return java.util.Map.copyOf(counts);
    }

    /** The log share of a syllable, an unseen one as if met a tenth of a time. */
    static double logShare(String syllable) {
      return Math.log((COUNTS.getOrDefault(syllable, 0) + 0.1) / TOTAL);
    }
  }

  /** A tone mark (huyền, sắc, ngã, hỏi, nặng) as NFD writes it; the circumflex, breve and horn are not tones. */
  private static boolean tone(char mark) {
    return mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323';
  }

}
