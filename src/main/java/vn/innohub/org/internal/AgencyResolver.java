package vn.innohub.org.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.AgencyResolution.Kind;
import vn.innohub.org.AgencyResolution.Part;
import vn.innohub.org.CollectiveSummary;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;

/**
 * Reads an agency text as written in a plan — "Sở KH&CN; UBND các xã, phường và các đơn vị liên quan",
 * "Ủy ban MTTQ tỉnh (Tỉnh đoàn, Hội Nông dân…)", OCR'd text without accents — and names the units it stands for.
 *
 * <p>Collective names contain commas, so the text is not split on commas: the longest known phrase (unit name,
 * alias or collective name) is matched greedily over a token stream in which commas, slashes and hyphens may sit
 * inside a phrase; a semicolon or full stop always ends one. Between matches, connectors ("và", "các") and noise
 * ("tỉnh", "trên địa bàn tỉnh", province names) are skipped. What is left over is fuzzily matched, then classed as
 * vague (only generic words: "các cơ quan, đơn vị liên quan") or unresolved. Immutable and thread-safe.
 */
public final class AgencyResolver {

  private static final Set<String> CONNECTORS = Set.of("va", "cac", "cung", "voi", "hoac", "khac", "theo");

  /** Words that name no particular unit; a leftover made only of these is a vague mention. */
  private static final Set<String> GENERIC = Set.of("co", "quan", "don", "vi", "to", "chuc", "dia", "phuong", "lien",
      "doanh", "nghiep", "ca", "nhan", "doan", "the", "hoi", "hiep", "khac", "cac", "va", "tinh", "tren", "ban",
      "nganh", "nha", "dau", "tu", "chuyen", "gia", "hop", "tac", "xa", "chinh", "tri", "ho", "tro", "doi", "moi",
      "sang", "tao", "khoi", "nguoi", "dan", "cong", "dong", "tham", "thuoc", "thanh", "vien", "duoc", "phu",
      "trach", "linh", "vuc", "lq", "trung", "uong", "mo", "hinh");

  /** Written forms that stand for longer words; expanded the same way in names and in texts. */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("ubnd", "uy ban nhan dan"),
      Map.entry("hdnd", "hoi dong nhan dan"),
      Map.entry("khcn", "khoa hoc va cong nghe"),
      Map.entry("kh va cn", "khoa hoc va cong nghe"),
      Map.entry("kh cn", "khoa hoc va cong nghe"),
      Map.entry("gd va dt", "giao duc va dao tao"),
      Map.entry("gddt", "giao duc va dao tao"),
      Map.entry("nn va mt", "nong nghiep va moi truong"),
      Map.entry("nn va ptnt", "nong nghiep va phat trien nong thon"),
      Map.entry("vh tt va dl", "van hoa the thao va du lich"),
      Map.entry("vhttdl", "van hoa the thao va du lich"),
      Map.entry("mttq", "mat tran to quoc"),
      Map.entry("ubmttq", "uy ban mat tran to quoc"),
      Map.entry("hlhpn", "hoi lien hiep phu nu"),
      Map.entry("lhpn", "lien hiep phu nu"),
      Map.entry("htx", "hop tac xa"),
      Map.entry("dh", "dai hoc"),
      Map.entry("cd", "cao dang"),
      Map.entry("tw", "trung uong"),
      Map.entry("vn", "viet nam"),
      Map.entry("tp", "thanh pho"),
      Map.entry("nhnn", "ngan hang nha nuoc"),
      Map.entry("dmst", "doi moi sang tao"),
      Map.entry("knst", "khoi nghiep sang tao"));

  /** Skipped between phrases: the word "tỉnh", "trên địa bàn (tỉnh)", "Việt Nam" and the provinces' names. */
  private static final List<String> NOISE = List.of("tinh", "tren dia ban", "tren dia ban tinh", "viet nam",
      "an giang", "ba ria vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh",
      "binh duong", "binh phuoc", "binh thuan", "ca mau", "can tho", "cao bang", "da nang", "dak lak", "dak nong",
      "dien bien", "dong nai", "dong thap", "gia lai", "ha giang", "ha nam", "ha noi", "ha tinh", "hai duong",
      "hai phong", "hau giang", "hoa binh", "hung yen", "khanh hoa", "kien giang", "kon tum", "lai chau",
      "lam dong", "lang son", "lao cai", "long an", "nam dinh", "nghe an", "ninh binh", "ninh thuan", "phu tho",
      "phu yen", "quang binh", "quang nam", "quang ngai", "quang ninh", "quang tri", "soc trang", "son la",
      "tay ninh", "thai binh", "thai nguyen", "thanh hoa", "thua thien hue", "hue", "tien giang", "tra vinh",
      "tuyen quang", "vinh long", "vinh phuc", "yen bai", "ho chi minh", "thanh pho ho chi minh", "minh son");

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  /** What a dictionary phrase stands for; {@code kind == null} marks noise. */
  private record Target(Kind kind, List<Long> unitIds) {}

  /** A token of the text: a word, or a separator (soft: , / - ; hard: ; . and parentheses). */
  private record Token(String word, Sep sep, int start, int end, AgencyResolution inner) {
    boolean isWord() {
      return sep == null;
    }
  }

  private enum Sep { SOFT, HARD }

  /** Token trie over folded words. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    Target target;
  }

  private final Node root = new Node();
  private final Node abbreviations = new Node();
  private final Map<String, Target> phrases = new HashMap<>();

  public AgencyResolver(List<UnitSummary> units, List<CollectiveSummary> collectives) {
    for (Map.Entry<String, String> a : ABBREVIATIONS.entrySet()) {
      Node at = abbreviations;
      for (String w : a.getKey().split(" ")) {
        at = at.next.computeIfAbsent(w, k -> new Node());
      }
      at.target = new Target(Kind.UNIT, List.of()); // marker only; the expansion is looked up by key
    }
    for (String noise : NOISE) {
      add(List.of(noise.split(" ")), new Target(null, List.of()));
    }
    Map<UnitType, List<Long>> byType = new HashMap<>();
    for (UnitSummary u : units) {
      if (!u.active()) {
        continue;
      }
      byType.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u.id());
      Target target = new Target(Kind.UNIT, List.of(u.id()));
      List<String> names = new ArrayList<>();
      names.add(u.name());
      names.addAll(u.aliases());
      for (String name : names) {
        List<String> words = words(name);
        add(words, target);
        if (u.type() != UnitType.PEOPLES_COMMITTEE && words.size() > 2 && words.get(words.size() - 1).equals("tinh")) {
          add(words.subList(0, words.size() - 1), target);
        }
        if (u.type().isLocal()) {
          List<String> prefixed = new ArrayList<>(words("uy ban nhan dan"));
          prefixed.addAll(words);
          add(prefixed, target);
        }
      }
    }
    for (CollectiveSummary c : collectives) {
      LinkedHashSet<Long> ids = new LinkedHashSet<>();
      c.types().forEach(t -> ids.addAll(byType.getOrDefault(t, List.of())));
      units.stream().filter(u -> u.active() && c.unitIds().contains(u.id())).forEach(u -> ids.add(u.id()));
      Target target = new Target(Kind.COLLECTIVE, List.copyOf(ids));
      List<String> names = new ArrayList<>();
      names.add(c.phrase());
      names.addAll(c.variants());
      for (String name : names) {
        add(words(name), target);
      }
    }
  }

  public AgencyResolution resolve(String text) {
    if (text == null || text.isBlank()) {
      return new AgencyResolution(text == null ? "" : text, List.of(), List.of());
    }
    String original = Normalizer.normalize(text, Normalizer.Form.NFC);
    List<Token> tokens = expand(tokenize(original));
    List<Part> parts = new ArrayList<>();
    List<Token> pending = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        flush(pending, original, parts);
        if (t.inner() != null) {
          parts.addAll(t.inner().parts());
        }
        i++;
        continue;
      }
      int[] end = new int[1];
      Target match = longest(tokens, i, end);
      if (match != null) {
        flush(pending, original, parts);
        if (match.kind() != null) {
          parts.add(new Part(span(original, tokens, i, end[0]), match.kind(), match.unitIds()));
        }
        i = end[0];
        continue;
      }
      pending.add(t);
      i++;
    }
    flush(pending, original, parts);
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    parts.forEach(p -> ids.addAll(p.unitIds()));
    return new AgencyResolution(text, List.copyOf(ids), parts);
  }

  /** Longest dictionary phrase starting at {@code from}; soft separators may sit inside a phrase. */
  private Target longest(List<Token> tokens, int from, int[] end) {
    Node at = root;
    Target best = null;
    for (int j = from; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (!t.isWord()) {
        if (t.sep() == Sep.SOFT && t.inner() == null) {
          continue;
        }
        break;
      }
      at = at.next.get(t.word());
      if (at == null) {
        break;
      }
      if (at.target != null) {
        best = at.target;
        end[0] = j + 1;
      }
    }
    return best;
  }

  /** Turns leftover words into a part: a fuzzy match, a vague mention, or an unresolved name. */
  private void flush(List<Token> pending, String original, List<Part> parts) {
    // "Sở X và các đơn vị liên quan": a vague tail after "và" is its own part, so that the name before it stands alone.
    for (int v = pending.size() - 2; v > 0; v--) {
      if (pending.get(v).word().equals("va")) {
        List<Token> tail = pending.subList(v + 1, pending.size());
        if (tail.stream().allMatch(w -> GENERIC.contains(w.word()) || CONNECTORS.contains(w.word()))) {
          List<Token> head = new ArrayList<>(pending.subList(0, v));
          List<Token> rest = new ArrayList<>(tail);
          pending.clear();
          flush(head, original, parts);
          flush(rest, original, parts);
          return;
        }
        break;
      }
    }
    int from = 0;
    int to = pending.size();
    while (from < to && skippable(pending.get(from).word())) {
      from++;
    }
    while (to > from && skippable(pending.get(to - 1).word())) {
      to--;
    }
    if (from < to) {
      List<Token> words = pending.subList(from, to);
      String shown = original.substring(words.get(0).start(), words.get(words.size() - 1).end());
      String key = String.join(" ", words.stream().map(Token::word).toList());
      Target fuzzy = fuzzy(key);
      if (fuzzy != null && fuzzy.kind() != null) {
        parts.add(new Part(shown, fuzzy.kind(), fuzzy.unitIds()));
      } else if (words.stream().allMatch(w -> GENERIC.contains(w.word()) || CONNECTORS.contains(w.word()))) {
        parts.add(new Part(shown, Kind.VAGUE, List.of()));
      } else {
        parts.add(new Part(shown, Kind.UNRESOLVED, List.of()));
      }
    }
    pending.clear();
  }

  private boolean skippable(String word) {
    if (CONNECTORS.contains(word)) {
      return true;
    }
    Node n = root.next.get(word);
    return n != null && n.target != null && n.target.kind() == null && n.next.isEmpty();
  }

  /**
   * The unique closest phrase within a small edit distance (typos, OCR slips): one edit per eight letters, so
   * "Sở Ngoại vụ" never passes for "Sở Nội vụ".
   */
  private Target fuzzy(String key) {
    if (key.length() < 10) {
      return null;
    }
    int limit = Math.max(1, key.length() / 8);
    Target best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (Map.Entry<String, Target> e : phrases.entrySet()) {
      if (Math.abs(e.getKey().length() - key.length()) > limit) {
        continue;
      }
      int d = LEVENSHTEIN.apply(key, e.getKey());
      if (d > limit) {
        continue;
      }
      if (d < bestDistance) {
        best = e.getValue();
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !e.getValue().equals(best)) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private void add(List<String> words, Target target) {
    if (words.isEmpty()) {
      return;
    }
    Node at = root;
    for (String w : words) {
      at = at.next.computeIfAbsent(w, k -> new Node());
    }
    if (at.target == null || at.target.kind() == null) {
      at.target = target;
    }
    if (target.kind() != null) {
      phrases.putIfAbsent(String.join(" ", words), target);
    }
  }

  /** The folded, abbreviation-expanded words of a name, separators dropped. */
  private List<String> words(String name) {
    return expand(tokenize(Normalizer.normalize(name, Normalizer.Form.NFC))).stream()
        .filter(Token::isWord).map(Token::word).toList();
  }

  private static String span(String original, List<Token> tokens, int from, int to) {
    return original.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Splits into folded words and separators; a parenthesised part is resolved on its own. */
  private List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        StringBuilder word = new StringBuilder();
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
          char f = fold(text.charAt(i));
          if (f != 0) {
            word.append(f);
          }
          i++;
        }
        out.add(new Token(word.toString(), null, start, i, null));
      } else if (c == '(' || c == '[') {
        int depth = 0;
        int j = i;
        for (; j < n; j++) {
          char d = text.charAt(j);
          if (d == '(' || d == '[') {
            depth++;
          } else if ((d == ')' || d == ']') && --depth == 0) {
            break;
          }
        }
        String inside = text.substring(i + 1, Math.min(j, n));
        AgencyResolution inner = resolve(inside);
        boolean namesUnits = inner.fullyResolved() && inner.parts().stream().anyMatch(p -> !p.unitIds().isEmpty());
        out.add(new Token(null, Sep.HARD, i, Math.min(j + 1, n), namesUnits ? inner : null));
        i = Math.min(j + 1, n);
      } else if (c == '&') {
        out.add(new Token("va", null, i, i + 1, null));
        i++;
      } else if (c == ';' || c == '.' || c == '…' || c == ':' || c == '\n') {
        out.add(new Token(null, Sep.HARD, i, i + 1, null));
        i++;
      } else if (c == ',' || c == '/' || c == '-' || c == '–' || c == '—' || c == '+') {
        out.add(new Token(null, Sep.SOFT, i, i + 1, null));
        i++;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Replaces abbreviations (possibly spread over "KH&CN" → kh va cn) by their words, keeping the original span. */
  private List<Token> expand(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        Node at = abbreviations;
        int end = -1;
        StringBuilder key = new StringBuilder();
        String matched = null;
        for (int j = i; j < tokens.size() && at != null; j++) {
          Token u = tokens.get(j);
          if (!u.isWord()) {
            if (u.sep() == Sep.SOFT && u.inner() == null) {
              continue;
            }
            break;
          }
          at = at.next.get(u.word());
          if (at == null) {
            break;
          }
          key.append(key.length() == 0 ? "" : " ").append(u.word());
          if (at.target != null) {
            end = j + 1;
            matched = key.toString();
          }
        }
        if (matched != null) {
          int start = t.start();
          int stop = tokens.get(end - 1).end();
          for (String w : ABBREVIATIONS.get(matched).split(" ")) {
            out.add(new Token(w, null, start, stop, null));
          }
          i = end;
          continue;
        }
      }
      out.add(t);
      i++;
    }
    return out;
  }

  /** One character without its accent, lower-case; 0 for a lone combining mark. */
  private static char fold(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return bare.isEmpty() ? 0 : Character.toLowerCase(bare.charAt(0));
  }
}
