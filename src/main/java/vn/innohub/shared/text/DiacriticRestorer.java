package vn.innohub.shared.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Khôi phục dấu: puts the Vietnamese diacritics back into text that lost them ("So Khoa hoc va Cong nghe" →
 * "Sở Khoa học và Công nghệ"). A syllable model built from a vocabulary: for each folded syllable the marked
 * syllables it can stand for, scored by their unigram and bigram counts in the vocabulary's texts and decoded
 * with Viterbi over each run of words; exact phrases (unit names and aliases) are matched first on folded text.
 * The input's case, punctuation, numbers, unknown words and words that still carry a mark are kept as they are.
 * Immutable and thread-safe once built.
 */
public final class DiacriticRestorer {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|[^\\p{L}\\p{M}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** Bigram smoothing: pseudo-observations of the unigram distribution added to each left context's own. */
  private static final double BETA = 2.0;
  /** Pseudo-count of a syllable known only from the word list. */
  private static final double LIST_ONLY = 0.05;

  private final Map<String, int[]> candidates;
  private final String[] surfaces;
  private final double[] unigram;
  private final double[] leftTotal;
  private final Map<Long, Double> bigram;
  private final double total;
  private final Map<String, String[]> phrases;
  private final int longestPhrase;
  private final Map<String, Integer> index;
  /** Distinct words seen after each word: Witten-Bell's weight of the unigram fallback. */
  private final double[] followers;

  private DiacriticRestorer(Builder b) {
    this.surfaces = b.surfaces.toArray(String[]::new);
    this.unigram = Arrays.copyOf(b.unigram, surfaces.length);
    this.leftTotal = Arrays.copyOf(b.leftTotal, surfaces.length);
    this.bigram = Map.copyOf(b.bigram);
    this.followers = new double[surfaces.length];
    for (long k : bigram.keySet()) {
      followers[(int) (k >>> 32)]++;
    }
    double sum = 0;
    for (double u : unigram) {
      sum += u;
    }
    this.total = sum;
    Map<String, int[]> c = new HashMap<>();
    b.byFold.forEach((fold, ids) -> c.put(fold, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.candidates = Map.copyOf(c);
    this.phrases = Map.copyOf(b.phrases);
    this.longestPhrase = b.longestPhrase;
    this.index = Map.copyOf(b.ids);
  }

  /** A restorer that knows nothing: returns every text as given. */
  public static DiacriticRestorer empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Syllables known (distinct marked forms). */
  public int size() {
    return surfaces.length;
  }

  /** Number of bigrams and phrases kept: for the report of the model's size. */
  public int bigrams() {
    return bigram.size();
  }

  public int phraseCount() {
    return phrases.size();
  }

  /** Lower case, NFD, marks removed, đ → d: the key of a syllable. */
  public static String fold(String word) {
    String bare = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  /** True when a word has no Vietnamese mark at all (it may have lost them). */
  public static boolean unmarked(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128 && Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text with diacritics restored where the model knows the syllables; null stays null. */
  public String restore(String folded) {
    if (folded == null || folded.isEmpty() || surfaces.length == 0) {
      return folded;
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(folded);
    while (m.find()) {
      tokens.add(m.group());
    }
    // word tokens: their index in tokens, and whether the gap before them breaks the bigram chain
    List<Integer> words = new ArrayList<>();
    List<Boolean> breakBefore = new ArrayList<>();
    boolean brk = true;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (Character.isLetter(t.codePointAt(0)) || Character.getType(t.codePointAt(0)) == Character.NON_SPACING_MARK) {
        words.add(i);
        breakBefore.add(brk);
        brk = false;
      } else if (breaks(t)) {
        brk = true;
      }
    }
    int n = words.size();
    String[] keys = new String[n];
    for (int w = 0; w < n; w++) {
      keys[w] = fold(tokens.get(words.get(w)));
    }
    String[] chosen = new String[n];
    // exact phrases first (unit names and aliases), longest match from the left
    for (int w = 0; w < n; w++) {
      for (int len = Math.min(longestPhrase, n - w); len >= 2; len--) {
        String[] phrase = phrases.get(String.join(" ", Arrays.copyOfRange(keys, w, w + len)));
        if (phrase != null && allUnmarked(tokens, words, w, len)) {
          System.arraycopy(phrase, 0, chosen, w, len);
          w += len - 1;
          break;
        }
      }
    }
    int w = 0;
    while (w < n) {
      int end = w + 1;
      while (end < n && !breakBefore.get(end)) {
        end++;
      }
      decode(tokens, words, keys, chosen, w, end);
      w = end;
    }
    for (int i = 0; i < n; i++) {
      String original = tokens.get(words.get(i));
      if (chosen[i] != null) {
        tokens.set(words.get(i), recase(chosen[i], original));
      }
    }
    return String.join("", tokens);
  }

  /**
   * Whether a gap between two words ends the run decoded together: digits, sentence marks, brackets and line
   * breaks do; spaces, commas, semicolons, hyphens and slashes do not ("UBND các xã, phường": "xã" tells "phường").
   */
  static boolean breaks(String gap) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (!(c == ' ' || c == '\t' || c == ',' || c == ';' || c == '-' || c == '–' || c == '/' || c == '&'
          || c == '\u00a0')) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUnmarked(List<String> tokens, List<Integer> words, int from, int len) {
    for (int i = from; i < from + len; i++) {
      if (!unmarked(tokens.get(words.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Viterbi over one run of words [from, to): states are the candidate syllables of each word. */
  private void decode(List<String> tokens, List<Integer> words, String[] keys, String[] chosen, int from, int to) {
    int len = to - from;
    int[][] states = new int[len][];
    for (int i = 0; i < len; i++) {
      int w = from + i;
      String word = tokens.get(words.get(w));
      if (chosen[w] != null) {
        states[i] = new int[] {idOf(chosen[w])};
        if (states[i][0] < 0) {
          states[i] = new int[] {-1};
        }
      } else if (!unmarked(word)) {
        int id = idOf(word.toLowerCase(Locale.ROOT));
        states[i] = new int[] {id};
      } else {
        int[] c = candidates.get(keys[w]);
        states[i] = c == null ? new int[] {-1} : c;
      }
    }
    double[][] score = new double[len][];
    int[][] back = new int[len][];
    for (int i = 0; i < len; i++) {
      score[i] = new double[states[i].length];
      back[i] = new int[states[i].length];
      for (int s = 0; s < states[i].length; s++) {
        int cur = states[i][s];
        if (i == 0) {
          score[i][s] = logUnigram(cur);
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < states[i - 1].length; p++) {
          double v = score[i - 1][p] + logBigram(states[i - 1][p], cur);
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[i][s] = best;
        back[i][s] = arg;
      }
    }
    int s = 0;
    for (int k = 1; k < states[len - 1].length; k++) {
      if (score[len - 1][k] > score[len - 1][s]) {
        s = k;
      }
    }
    for (int i = len - 1; i >= 0; i--) {
      int id = states[i][s];
      int w = from + i;
      if (chosen[w] == null && id >= 0 && unmarked(tokens.get(words.get(w)))) {
        chosen[w] = surfaces[id];
      }
      s = back[i][s];
    }
  }

  private int idOf(String surface) {
    return index.getOrDefault(surface, -1);
  }

  private double pUnigram(int id) {
    double c = id < 0 ? 0 : unigram[id];
    return (c + LIST_ONLY) / (total + LIST_ONLY * (surfaces.length + 1));
  }

  private double logUnigram(int id) {
    return Math.log(pUnigram(id));
  }

  private double logBigram(int prev, int cur) {
    double pu = pUnigram(cur);
    if (prev < 0 || cur < 0) {
      return Math.log(pu);
    }
    double c = bigram.getOrDefault(key(prev, cur), 0.0);
    // Witten-Bell: a word seen before many different words leaves more room for an unseen one
    double t = followers[prev] + BETA;
    return Math.log((c + t * pu) / (leftTotal[prev] + t));
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** The restored syllable with the case of the letters as the input wrote them. */
  static String recase(String surface, String original) {
    if (surface.length() != original.length()) {
      return Character.isUpperCase(original.charAt(0))
          ? surface.substring(0, 1).toUpperCase(Locale.ROOT) + surface.substring(1) : surface;
    }
    StringBuilder b = new StringBuilder(surface.length());
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      b.append(Character.isUpperCase(original.charAt(i)) ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  /** Collects the vocabulary; {@link #build()} makes the model. */
  public static final class Builder {

    private final List<String> surfaces = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, List<Integer>> byFold = new HashMap<>();
    private double[] unigram = new double[1024];
    private double[] leftTotal = new double[1024];
    private final Map<Long, Double> bigram = new HashMap<>();
    private final Map<String, String[]> phrases = new HashMap<>();
    private int longestPhrase;

    private Builder() {}

    private int id(String surface) {
      Integer id = ids.get(surface);
      if (id != null) {
        return id;
      }
      int next = surfaces.size();
      surfaces.add(surface);
      ids.put(surface, next);
      byFold.computeIfAbsent(fold(surface), k -> new ArrayList<>()).add(next);
      if (next >= unigram.length) {
        unigram = Arrays.copyOf(unigram, next * 2);
        leftTotal = Arrays.copyOf(leftTotal, next * 2);
      }
      return next;
    }

    private static boolean plausible(String word) {
      // a syllable of letters only, not longer than Vietnamese syllables get ("nghiêng": 7)
      return word.length() <= 8 && word.codePoints().allMatch(Character::isLetter);
    }

    /** A running text: its syllables and the bigrams within each run of words, counted {@code weight} times. */
    public Builder text(String text, double weight) {
      if (text == null || text.isBlank()) {
        return this;
      }
      Matcher m = TOKEN.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
      int prev = -1;
      while (m.find()) {
        String t = m.group();
        if (!Character.isLetter(t.codePointAt(0))) {
          if (breaks(t)) {
            prev = -1;
          }
          continue;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (!plausible(lower)) {
          prev = -1;
          continue;
        }
        int id = id(lower);
        unigram[id] += weight;
        if (prev >= 0) {
          bigram.merge(key(prev, id), weight, Double::sum);
          leftTotal[prev] += weight;
        }
        prev = id;
      }
      return this;
    }

    public Builder text(String text) {
      return text(text, 1.0);
    }

    /** An exact phrase (a unit's name or alias): matched whole on folded text before the model, and counted as text. */
    public Builder phrase(String phrase, double weight) {
      if (phrase == null || phrase.isBlank()) {
        return this;
      }
      text(phrase, weight);
      List<String> words = new ArrayList<>();
      Matcher m = TOKEN.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFC));
      while (m.find()) {
        if (Character.isLetter(m.group().codePointAt(0))) {
          words.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
      if (words.size() >= 2) {
        String key = String.join(" ", words.stream().map(DiacriticRestorer::fold).toList());
        // the first spelling of a phrase wins: a unit's name comes before its aliases
        phrases.putIfAbsent(key, words.toArray(String[]::new));
        longestPhrase = Math.max(longestPhrase, words.size());
      }
      return this;
    }

    /** Syllables of a word list: candidates without counts of their own. */
    public Builder words(Iterable<String> list) {
      for (String w : list) {
        String lower = Normalizer.normalize(w.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && plausible(lower)) {
          id(lower);
        }
      }
      return this;
    }

    /**
     * A Hunspell dictionary (.dic: a count line, then one word a line with optional "/flags"); its syllables become
     * candidates. A missing or unreadable file adds nothing.
     */
    public Builder hunspell(Path dic) {
      if (dic == null || !Files.isReadable(dic)) {
        return this;
      }
      try {
        List<String> list = new ArrayList<>();
        for (String line : Files.readAllLines(dic, StandardCharsets.UTF_8)) {
          String entry = line.strip();
          int slash = entry.indexOf('/');
          entry = slash >= 0 ? entry.substring(0, slash) : entry;
          for (String part : entry.split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
              list.add(part);
            }
          }
        }
        return words(list);
      } catch (IOException | UncheckedIOException e) {
        return this;
      }
    }

    public DiacriticRestorer build() {
      return new DiacriticRestorer(this);
    }
  }
}
