package vn.innohub.plan.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.innohub.shared.text.VietnameseText;

/**
 * Rebuilds the lines the plan parser reads from words placed on pages — a PDF's text layer, OCR word boxes, text laid
 * out by {@code pdftotext -layout}: prose as paragraphs (wrapped lines joined), tables as one tab-separated line per
 * row. A table starts at a header row recognised by its words (STT, Nhiệm vụ, Chỉ tiêu, Cơ quan chủ trì, Kinh phí,
 * years…), which may wrap over several lines and have two levels; its columns come from the header cells' x-ranges,
 * the PDF's vertical rules or the empty gutters of the rows below; a row starts where a horizontal rule separates it
 * or, without rules, where the code column (STT) has text. A header repeated on the next page is dropped and a row cut
 * by the page break goes on. Every threshold is relative to the height of the words, so points, pixels and character
 * cells all work.
 */
public final class PositionalTables {

  private PositionalTables() {}

  /** A rebuilt line: its text, the page it starts on, the mean OCR confidence of its words (-1 when certain). */
  public record Line(String text, int page, double confidence) {}

  /** A ruling line drawn on a page (a table border), top-left origin like {@link PageWord}. */
  public record Rule(int page, double x0, double y0, double x1, double y1) {

    boolean vertical() {
      return x1 - x0 < y1 - y0;
    }
  }

  public static List<Line> lines(List<PageWord> words) {
    return lines(words, List.of());
  }

  public static List<Line> lines(List<PageWord> words, List<Rule> rules) {
    return new Rebuild(words, rules).run();
  }

  /**
   * Text laid out with spaces ({@code pdftotext -layout}): each run of two or more spaces separates words, the word's
   * x is its character column and its y the line number; a form feed starts a new page. Rebuilt as {@link #lines}.
   */
  public static List<Line> fromLayoutText(List<String> lines) {
    return lines(layoutWords(lines));
  }

  static List<PageWord> layoutWords(List<String> lines) {
    List<PageWord> words = new ArrayList<>();
    int page = 1;
    int y = 0;
    for (String raw : lines) {
      String line = raw;
      while (line.indexOf('\f') >= 0) {
        int ff = line.indexOf('\f');
        if (ff == 0) {
          page++;
          y = 0;
        }
        line = ff == 0 ? line.substring(1) : line.substring(0, ff) + line.substring(ff + 1);
      }
      int[] cps = line.replace('\t', ' ').replace('\u00A0', ' ').codePoints().toArray();
      int i = 0;
      while (i < cps.length) {
        while (i < cps.length && cps[i] == ' ') {
          i++;
        }
        int start = i;
        int end = i;
        while (i < cps.length) {
          if (cps[i] == ' ' && (i + 1 >= cps.length || cps[i + 1] == ' ')) {
            break;
          }
          i++;
          end = i;
        }
        if (end > start) {
          String text = Normalizer.normalize(new String(cps, start, end - start), Normalizer.Form.NFC);
          words.add(new PageWord(page, start, y, end, y + 1, text, PageWord.CERTAIN));
        }
      }
      y++;
    }
    return words;
  }

  // ---------------------------------------------------------------- the rebuild

  /** Words of one page sharing a baseline. */
  private static final class TLine {
    final int page;
    final List<PageWord> words = new ArrayList<>();
    double y0 = Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double h;
    String folded;

    TLine(int page) {
      this.page = page;
    }

    void add(PageWord w) {
      words.add(w);
      y0 = Math.min(y0, w.y0());
      y1 = Math.max(y1, w.y1());
      x0 = Math.min(x0, w.x0());
      x1 = Math.max(x1, w.x1());
    }

    double cy() {
      return (y0 + y1) / 2;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (PageWord w : words) {
        b.append(b.length() > 0 ? " " : "").append(w.text());
      }
      return b.toString();
    }
  }

  /** A run of words of one line with no wide gap (one cell's text on that line). */
  private record Chunk(double x0, double x1, List<PageWord> words, int line) {

    double cx() {
      return (x0 + x1) / 2;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (PageWord w : words) {
        b.append(b.length() > 0 ? " " : "").append(w.text());
      }
      return b.toString();
    }
  }

  /** A table's columns on one page: boundaries {@code bounds[0] < … < bounds[n]}, and its ruled extent if any. */
  private static final class Geometry {
    final double[] bounds;
    final double[] centres;
    final double top;
    final double bottom;
    final List<Double> separators;
    final boolean ruled;

    Geometry(double[] bounds, double[] centres, double top, double bottom, List<Double> separators, boolean ruled) {
      this.bounds = bounds;
      this.centres = centres;
      this.top = top;
      this.bottom = bottom;
      this.separators = separators;
      this.ruled = ruled;
    }

    int columns() {
      return bounds.length - 1;
    }

    int column(double x) {
      for (int c = 0; c < columns(); c++) {
        if (x < bounds[c + 1]) {
          return c;
        }
      }
      return columns() - 1;
    }
  }

  private static final class Table {
    Geometry geometry;
    String headerKey;
    int codeColumn;
    int page;
    TLine last;
    boolean afterBreak;
    int start;
  }

  private static final Pattern CODE = Pattern.compile("^(?:[IVXLC]{1,5}|\\d{1,3}(?:\\.\\d{1,3})*|[a-zđA-ZĐ])[.)]?$|^[-+•–]$");
  private static final Pattern SPLIT_CODE = Pattern.compile("^[\\d.]+(?: [\\d.]+)+$|^[IVXLC]+(?: [IVXLC]+)+$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:trang )?\\d{1,4}(?: \\d{1,4})?$");
  private static final Pattern ANNEX_HEADING = Pattern.compile("^(?:phu luc|bieu|mau so)(?: |$)");
  private static final Pattern MARKER = Pattern.compile(
      "^(?:[-+•*–]|\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s|[IVXLC]{1,5}[.)]\\s|[a-zđ][.)]\\s|(?:Điều|Chương|Mục|Phần)\\s)");
  private static final Set<String> HEADER_WORDS = new HashSet<>(Arrays.asList((
      "stt tt so thu tu ten nhiem vu noi dung chi tieu muc co quan chu tri phoi hop thoi gian thuc hien hoan thanh "
      + "tien do kinh phi tong cong nguon von trieu dong don vi tinh dvt nam chia ra cac giai doan san pham ket qua "
      + "du kien ghi hoat de an gia den trong ngan sach nha nuoc nsnn khac dia phuong trung uong bat dau luong "
      + "chi tiet yeu cau lo trinh mo ta linh vuc phan cong trach nhiem uoc dat cap moc dau ra va hoac theo "
      + "chuong trinh giai phap nhom du toan so lieu tham muu tong hop co so bao cao").split(" ")));

  /** The parser's column words (see PlanTextParser.detect), on folded text. */
  private static Set<String> groups(String folded) {
    Set<String> g = new HashSet<>();
    String f = " " + folded + " ";
    if (f.matches(".* (stt|tt|so tt|so thu tu) .*")) {
      g.add("code");
    }
    if (f.contains(" chu tri ")) {
      g.add("lead");
    }
    if (f.contains(" phoi hop ")) {
      g.add("coordinating");
    }
    if (f.contains(" thoi gian ") || f.contains(" tien do ")) {
      g.add("time");
    }
    if (f.contains(" san pham ") || f.contains(" ket qua ")) {
      g.add("output");
    }
    if (f.contains(" nhiem vu ") || f.contains(" noi dung ") || f.contains(" chi tieu ") || f.contains(" muc tieu ")
        || f.contains(" hoat dong ") || f.contains(" ten ")) {
      g.add("name");
    }
    if (f.contains(" kinh phi ") || f.contains(" tong ")) {
      g.add("money");
    }
    if (f.contains(" nguon ")) {
      g.add("source");
    }
    if (f.matches(".* 20\\d\\d .*")) {
      g.add("year");
    }
    if (f.contains(" gia tri ") || f.contains(" giai doan ") || f.contains(" den nam ")) {
      g.add("value");
    }
    if (f.contains(" ghi chu ")) {
      g.add("note");
    }
    if (f.contains(" don vi ")) {
      g.add("unit");
    }
    return g;
  }

  private static final class Rebuild {
    final Map<Integer, List<TLine>> pages = new TreeMap<>();
    final Map<Integer, List<Rule>> rules = new TreeMap<>();
    final List<TLine> all = new ArrayList<>();
    final List<Line> out = new ArrayList<>();
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    // prose paragraph being assembled
    StringBuilder para;
    TLine paraLast;
    int paraPage;
    double paraConfSum;
    int paraConfN;
    // table row being assembled
    StringBuilder[] cells;
    int rowPage;
    double rowConfSum;
    int rowConfN;

    Rebuild(List<PageWord> words, List<Rule> ruleList) {
      Map<Integer, List<PageWord>> byPage = new TreeMap<>();
      for (PageWord w : words) {
        if (w.text() == null || w.text().isBlank()) {
          continue;
        }
        byPage.computeIfAbsent(w.page(), p -> new ArrayList<>()).add(w);
        left = Math.min(left, w.x0());
        right = Math.max(right, w.x1());
      }
      for (Rule r : ruleList) {
        rules.computeIfAbsent(r.page(), p -> new ArrayList<>()).add(r);
      }
      byPage.forEach((page, ws) -> {
        List<TLine> ls = textLines(page, ws);
        pages.put(page, ls);
        all.addAll(ls);
      });
    }

    /** Words grouped into lines by vertical overlap, each line's words left to right. */
    static List<TLine> textLines(int page, List<PageWord> words) {
      List<PageWord> sorted = new ArrayList<>(words);
      sorted.sort(Comparator.comparingDouble(PageWord::centreY).thenComparingDouble(PageWord::x0));
      double[] heights = sorted.stream().mapToDouble(PageWord::height).sorted().toArray();
      double h = heights.length == 0 ? 1 : Math.max(heights[heights.length / 2], 1e-6);
      List<TLine> lines = new ArrayList<>();
      TLine current = null;
      double refY0 = 0;
      double refY1 = 0;
      for (PageWord w : sorted) {
        if (current == null || w.centreY() > refY1 || w.centreY() < refY0) {
          current = new TLine(page);
          current.h = h;
          lines.add(current);
          refY0 = w.y0();
          refY1 = w.y1();
          if (refY1 - refY0 > 1.6 * h) { // an outsized box (a tall OCR blob) must not swallow the next lines
            refY0 = w.centreY() - h / 2;
            refY1 = w.centreY() + h / 2;
          }
        }
        current.add(w);
      }
      for (TLine l : lines) {
        l.words.sort(Comparator.comparingDouble(PageWord::x0));
        l.folded = VietnameseText.fold(l.text());
      }
      return lines;
    }

    List<Line> run() {
      dropPageNumbers();
      Table table = null;
      int index = 0;
      while (index < all.size()) {
        TLine line = all.get(index);
        int band = headerBand(index);
        if (band > index) {
          Table found = startTable(index, band);
          if (found != null) {
            boolean repeated = table != null && found.headerKey.equals(table.headerKey)
                && found.geometry.columns() == table.geometry.columns();
            if (repeated) {
              table.geometry = found.geometry; // the header repeated on a new page: the row cut there goes on
              table.page = line.page;
              table.last = all.get(band - 1);
              table.afterBreak = true;
            } else {
              endTable(table);
              if (table != null && found.start > index) {
                blank();
              }
              for (int i = index; i < found.start; i++) {
                prose(all.get(i)); // a heading right above the table's rules
              }
              endParagraph();
              blank();
              table = found;
              emitHeader(found.start, band, table);
            }
            index = band;
            continue;
          }
        }
        if (table != null && line.page != table.page) {
          Geometry g = continued(table, line);
          if (g != null) {
            table.geometry = g;
            table.page = line.page;
          }
        }
        if (table != null && belongs(table, line)) {
          tableLine(table, line);
          index++;
          continue;
        }
        if (table != null) {
          endTable(table);
          table = null;
          blank();
        }
        prose(line);
        index++;
      }
      endTable(table);
      endParagraph();
      while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) {
        out.remove(out.size() - 1);
      }
      return out;
    }

    // ------------------------------------------------------------ page furniture

    /** A lone page number at the top or bottom of a page, centred. */
    void dropPageNumbers() {
      double centre = (left + right) / 2;
      double width = right - left;
      List<TLine> keep = new ArrayList<>();
      for (List<TLine> ls : pages.values()) {
        for (int i = 0; i < ls.size(); i++) {
          TLine l = ls.get(i);
          boolean edge = i == 0 || i == ls.size() - 1;
          if (edge && ls.size() > 1 && PAGE_NUMBER.matcher(l.folded).matches() && l.x1 - l.x0 < width * 0.15
              && Math.abs((l.x0 + l.x1) / 2 - centre) < width * 0.15) {
            continue;
          }
          keep.add(l);
        }
      }
      all.clear();
      all.addAll(keep);
    }

    // ------------------------------------------------------------ header rows

    /** Most words of the line are words of table headers, and it does not start with a row code. */
    static boolean headerish(TLine l) {
      String[] tokens = l.folded.split(" ");
      if (tokens.length == 0 || l.folded.isEmpty()) {
        return false;
      }
      if (l.folded.startsWith("don vi") || l.folded.startsWith("dvt")) {
        return false; // "Đơn vị tính: triệu đồng" is the caption above the table, not its header
      }
      String first = l.words.get(0).text().strip();
      if (CODE.matcher(first).matches() && !first.matches("(?i)tt|stt")) {
        return false;
      }
      int known = 0;
      for (String t : tokens) {
        if (HEADER_WORDS.contains(t) || t.matches("20\\d\\d")) {
          known++;
        }
      }
      return known >= Math.max(1, Math.ceil(tokens.length * 0.7));
    }

    /** The end (exclusive) of the header band starting at {@code start}, or -1. */
    int headerBand(int start) {
      TLine first = all.get(start);
      if (!headerish(first)) {
        return -1;
      }
      int end = start + 1;
      while (end < all.size()) {
        TLine next = all.get(end);
        TLine prev = all.get(end - 1);
        if (next.page != first.page || !headerish(next) || next.y0 - prev.y1 > 1.2 * first.h) {
          break;
        }
        end++;
      }
      Set<String> g = new HashSet<>();
      for (int i = start; i < end; i++) {
        g.addAll(groups(all.get(i).folded));
      }
      // joined across the band's lines too: "Cơ quan" above "chủ trì"
      StringBuilder joined = new StringBuilder();
      for (int i = start; i < end; i++) {
        joined.append(' ').append(all.get(i).folded);
      }
      g.addAll(groups(joined.toString().strip()));
      boolean money = g.contains("money") || g.contains("year") || g.contains("source");
      if (g.size() < 3 || !(g.contains("name") || money && g.contains("code"))) {
        return -1;
      }
      return end;
    }

    /** Chunks of a line: words split at gaps wider than a third of the line height or at a vertical rule. */
    List<Chunk> chunks(TLine l, int lineIndex, List<Double> cuts) {
      List<Chunk> result = new ArrayList<>();
      List<PageWord> run = new ArrayList<>();
      PageWord prev = null;
      for (PageWord w : l.words) {
        boolean cut = prev != null && w.x0() - prev.x1() > 0.35 * l.h;
        if (prev != null && !cut) {
          for (double x : cuts) {
            if (x > prev.x1() - 0.5 && x < w.x0() + 0.5 || x > (prev.x0() + prev.x1()) / 2 && x < (w.x0() + w.x1()) / 2) {
              cut = true;
              break;
            }
          }
        }
        if (cut) {
          result.add(chunk(run, lineIndex));
          run = new ArrayList<>();
        }
        run.add(w);
        prev = w;
      }
      if (!run.isEmpty()) {
        result.add(chunk(run, lineIndex));
      }
      return result;
    }

    static Chunk chunk(List<PageWord> words, int line) {
      double x0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      for (PageWord w : words) {
        x0 = Math.min(x0, w.x0());
        x1 = Math.max(x1, w.x1());
      }
      return new Chunk(x0, x1, words, line);
    }

    /** Vertical rules of a page merged by x (double borders as one), each with its merged y-extents. */
    List<double[]> verticals(int page) {
      List<double[]> segs = new ArrayList<>();
      for (Rule r : rules.getOrDefault(page, List.of())) {
        if (r.vertical()) {
          segs.add(new double[] {(r.x0() + r.x1()) / 2, r.y0(), r.y1()});
        }
      }
      segs.sort(Comparator.comparingDouble((double[] s) -> s[0]).thenComparingDouble(s -> s[1]));
      return segs;
    }

    /** X positions of vertical rules crossing height {@code y} on the page, double lines merged. */
    List<Double> verticalsAt(int page, double y, double tolerance) {
      List<Double> xs = new ArrayList<>();
      for (double[] s : verticals(page)) {
        if (s[1] - tolerance <= y && s[2] + tolerance >= y) {
          if (xs.isEmpty() || s[0] - xs.get(xs.size() - 1) > 2.5) {
            xs.add(s[0]);
          }
        }
      }
      return xs;
    }

    /** The vertical extent of the ruled table whose vertical rules cross height {@code y}. */
    double[] ruledExtent(int page, double y, List<Double> xs) {
      List<double[]> segs = verticals(page);
      double top = y;
      double bottom = y;
      boolean grew = true;
      while (grew) {
        grew = false;
        for (double[] s : segs) {
          boolean onBoundary = false;
          for (double x : xs) {
            if (Math.abs(s[0] - x) <= 2.5) {
              onBoundary = true;
              break;
            }
          }
          if (onBoundary && s[1] <= bottom + 3 && s[2] >= top - 3 && (s[1] < top || s[2] > bottom)) {
            top = Math.min(top, s[1]);
            bottom = Math.max(bottom, s[2]);
            grew = true;
          }
        }
      }
      return new double[] {top, bottom};
    }

    /** Horizontal rules between the table's columns, as y positions (double lines merged). */
    List<Double> separators(int page, double leftX, double rightX, double top, double bottom) {
      List<Double> ys = new ArrayList<>();
      double width = rightX - leftX;
      for (Rule r : rules.getOrDefault(page, List.of())) {
        if (!r.vertical() && r.y0() >= top - 3 && r.y1() <= bottom + 3
            && Math.min(r.x1(), rightX) - Math.max(r.x0(), leftX) > width * 0.3) {
          ys.add((r.y0() + r.y1()) / 2);
        }
      }
      ys.sort(Double::compare);
      List<Double> merged = new ArrayList<>();
      for (double y : ys) {
        if (merged.isEmpty() || y - merged.get(merged.size() - 1) > 2.5) {
          merged.add(y);
        }
      }
      return merged;
    }

    /** The table whose header band is lines {@code [start, end)}; null if its columns cannot be made out. */
    Table startTable(int start, int end) {
      TLine first = all.get(start);
      int page = first.page;
      double h = first.h;
      TLine below = end < all.size() && all.get(end).page == page ? all.get(end) : null;
      double probe = below != null ? below.cy() : all.get(end - 1).cy();
      List<Double> xs = verticalsAt(page, probe, 1);
      boolean ruled = xs.size() >= 4;
      if (ruled) {
        // a heading right above a bordered table is not part of its header: only lines inside the rules are
        double[] extent = ruledExtent(page, probe, xs);
        while (start < end - 1 && all.get(start).cy() < extent[0]) {
          start++;
        }
      }
      while (!ruled && start < end - 1 && chunks(all.get(start), start, List.of()).size() == 1) {
        // without rules: a one-piece line starting at the table's left edge is a heading, not a spanning header
        double leftEdge = Double.MAX_VALUE;
        for (int i = start + 1; i < end; i++) {
          leftEdge = Math.min(leftEdge, all.get(i).x0);
        }
        if (all.get(start).x0 > leftEdge + h) {
          break;
        }
        start++;
      }
      List<Chunk> chunks = new ArrayList<>();
      for (int i = start; i < end; i++) {
        TLine l = all.get(i);
        List<Double> cuts = ruled ? verticalsAt(page, l.cy(), 0.5) : List.of();
        chunks.addAll(chunks(l, i, cuts));
      }
      // a chunk over two or more columns is a spanning header ("Chia ra các năm" over the years)
      List<Chunk> spanning = new ArrayList<>();
      List<Chunk> leaves = new ArrayList<>();
      for (Chunk c : chunks) {
        boolean spans;
        if (ruled) {
          List<Double> here = verticalsAt(page, all.get(c.line()).cy(), 0.5);
          double l0 = -Double.MAX_VALUE;
          double r0 = Double.MAX_VALUE;
          for (double x : here) {
            if (x <= c.cx() && x > l0) {
              l0 = x;
            }
            if (x > c.cx() && x < r0) {
              r0 = x;
            }
          }
          spans = false;
          for (double x : xs) {
            if (x > l0 + 2 && x < r0 - 2) {
              spans = true;
              break;
            }
          }
        } else {
          Map<Integer, Integer> under = new TreeMap<>();
          for (Chunk o : chunks) {
            if (o.line() != c.line() && overlap(c, o) > 0) {
              under.merge(o.line(), 1, Integer::sum);
            }
          }
          spans = under.values().stream().anyMatch(k -> k >= 2);
        }
        (spans ? spanning : leaves).add(c);
      }
      double[] bounds;
      if (ruled) {
        bounds = xs.stream().mapToDouble(Double::doubleValue).toArray();
      } else {
        List<double[]> clusters = clusters(leaves);
        spanningOverEmptyColumns(clusters, leaves, spanning);
        clusters = clusters(leaves);
        if (clusters.size() < 3) {
          return null;
        }
        bounds = gutters(clusters, end, page, h);
      }
      int n = bounds.length - 1;
      if (n < 3) {
        return null;
      }
      Geometry geometry = geometry(page, bounds, probe, ruled, h);
      StringBuilder[] header = new StringBuilder[n];
      boolean[] covered = new boolean[n];
      for (int c = 0; c < n; c++) {
        header[c] = new StringBuilder();
      }
      for (Chunk c : leaves) {
        int col = geometry.column(c.cx());
        append(header[col], c.text());
        covered[col] = true;
      }
      for (Chunk c : spanning) {
        int target = -1;
        for (int col = 0; col < n; col++) {
          boolean inside = bounds[col + 1] > c.x0() && bounds[col] < c.x1();
          if (inside && !header[col].toString().matches("(?:[Nn]ăm\\s*)?20\\d\\d")) {
            target = col;
            break;
          }
        }
        if (target >= 0) {
          header[target].insert(0, header[target].length() > 0 ? c.text() + " " : c.text());
        }
      }
      int filled = 0;
      for (StringBuilder b : header) {
        filled += b.length() > 0 ? 1 : 0;
      }
      if (filled < 3) {
        return null;
      }
      Table t = new Table();
      t.start = start;
      t.geometry = geometry;
      t.page = page;
      t.last = all.get(end - 1);
      StringBuilder key = new StringBuilder();
      t.codeColumn = 0;
      for (int c = 0; c < n; c++) {
        String f = VietnameseText.fold(header[c].toString());
        key.append(f).append('|');
        if (f.matches("stt|tt|so tt|so thu tu")) {
          t.codeColumn = c;
        }
      }
      t.headerKey = key.toString();
      headerText = new String[n];
      for (int c = 0; c < n; c++) {
        headerText[c] = header[c].toString();
      }
      return t;
    }

    String[] headerText;

    /**
     * Without rules, a spanning header narrower than its columns overlaps one column only: it is the chunk of a
     * column that has a sub-header line below it, where neighbouring columns start (and have nothing higher up).
     */
    static void spanningOverEmptyColumns(List<double[]> clusters, List<Chunk> leaves, List<Chunk> spanning) {
      int n = clusters.size();
      int[] top = new int[n];
      java.util.Arrays.fill(top, Integer.MAX_VALUE);
      List<List<Chunk>> members = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        members.add(new ArrayList<>());
      }
      for (Chunk c : leaves) {
        for (int k = 0; k < n; k++) {
          if (c.x0() >= clusters.get(k)[0] - 1e-6 && c.x1() <= clusters.get(k)[1] + 1e-6) {
            members.get(k).add(c);
            top[k] = Math.min(top[k], c.line());
            break;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        for (Chunk c : members.get(k)) {
          int sub = Integer.MAX_VALUE;
          for (Chunk d : members.get(k)) {
            if (d.line() > c.line()) {
              sub = Math.min(sub, d.line());
            }
          }
          if (c.line() != top[k] || sub == Integer.MAX_VALUE) {
            continue;
          }
          boolean left = k > 0 && top[k - 1] == sub;
          boolean right = k + 1 < n && top[k + 1] == sub;
          if (left || right) {
            leaves.remove(c);
            spanning.add(c);
            break;
          }
        }
      }
    }

    static double overlap(Chunk a, Chunk b) {
      return Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
    }

    /** Header chunks merged by x-overlap into columns: {x0, x1} each, left to right. */
    static List<double[]> clusters(List<Chunk> leaves) {
      List<double[]> spans = new ArrayList<>();
      for (Chunk c : leaves) {
        spans.add(new double[] {c.x0(), c.x1()});
      }
      spans.sort(Comparator.comparingDouble(s -> s[0]));
      List<double[]> merged = new ArrayList<>();
      for (double[] s : spans) {
        double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && s[0] < last[1]) {
          last[1] = Math.max(last[1], s[1]);
        } else {
          merged.add(s.clone());
        }
      }
      return merged;
    }

    /**
     * Column boundaries between header columns: in the widest gap that no word of the rows below covers (the gutter
     * between left-aligned cells), else halfway between the header texts.
     */
    double[] gutters(List<double[]> clusters, int from, int page, double h) {
      List<PageWord> data = new ArrayList<>();
      double[] centres = new double[clusters.size()];
      for (int c = 0; c < clusters.size(); c++) {
        centres[c] = (clusters.get(c)[0] + clusters.get(c)[1]) / 2;
      }
      TLine prev = all.get(from - 1);
      for (int i = from; i < all.size() && all.get(i).page == page; i++) {
        TLine l = all.get(i);
        if (l.y0 - prev.y1 > 3 * h || spansColumns(l, centres) || headerBand(i) > i) {
          break;
        }
        data.addAll(l.words);
        prev = l;
      }
      int n = clusters.size();
      double[] bounds = new double[n + 1];
      double minX = clusters.get(0)[0];
      double maxX = clusters.get(n - 1)[1];
      for (PageWord w : data) {
        minX = Math.min(minX, w.x0());
        maxX = Math.max(maxX, w.x1());
      }
      bounds[0] = minX - 1;
      bounds[n] = maxX + 1;
      for (int c = 0; c < n - 1; c++) {
        double a = clusters.get(c)[1];
        double b = clusters.get(c + 1)[0];
        List<double[]> covered = new ArrayList<>();
        for (PageWord w : data) {
          if (w.x1() > a && w.x0() < b) {
            covered.add(new double[] {Math.max(a, w.x0()), Math.min(b, w.x1())});
          }
        }
        covered.sort(Comparator.comparingDouble(s -> s[0]));
        // the free gap (no word of any row over it) nearest the middle between the two header texts: a right-aligned
        // number and the next column's left-aligned text leave a narrow gutter at the border, not at the header
        List<double[]> free = new ArrayList<>();
        double cursor = a;
        for (double[] s : covered) {
          if (s[0] > cursor) {
            free.add(new double[] {cursor, s[0]});
          }
          cursor = Math.max(cursor, s[1]);
        }
        if (b > cursor) {
          free.add(new double[] {cursor, b});
        }
        double mid = (a + b) / 2;
        double at = mid;
        double nearest = Double.MAX_VALUE;
        for (double[] f : free) {
          if (f[1] - f[0] < 0.5 * h && free.stream().anyMatch(o -> o[1] - o[0] >= 0.5 * h)) {
            continue;
          }
          double distance = mid < f[0] ? f[0] - mid : mid > f[1] ? mid - f[1] : 0;
          if (distance < nearest) {
            nearest = distance;
            at = (f[0] + f[1]) / 2;
          }
        }
        bounds[c + 1] = at;
      }
      return bounds;
    }

    /** A line with a run of words covering the centres of two header columns: prose across the table. */
    boolean spansColumns(TLine l, double[] centres) {
      for (Chunk c : chunks(l, -1, List.of())) {
        int n = 0;
        for (double x : centres) {
          if (x > c.x0() && x < c.x1()) {
            n++;
          }
        }
        if (n >= 2) {
          return true;
        }
      }
      return false;
    }

    Geometry geometry(int page, double[] bounds, double probe, boolean ruled, double h) {
      double[] centres = new double[bounds.length - 1];
      for (int c = 0; c < centres.length; c++) {
        centres[c] = (bounds[c] + bounds[c + 1]) / 2;
      }
      if (!ruled) {
        return new Geometry(bounds, centres, -Double.MAX_VALUE, Double.MAX_VALUE, List.of(), false);
      }
      List<Double> xs = new ArrayList<>();
      for (double b : bounds) {
        xs.add(b);
      }
      double[] extent = ruledExtent(page, probe, xs);
      List<Double> seps = separators(page, bounds[0], bounds[bounds.length - 1], extent[0], extent[1]);
      return new Geometry(bounds, centres, extent[0], extent[1], seps, true);
    }

    /** The table's columns on a new page it runs onto: from that page's rules, else as on the page before. */
    Geometry continued(Table table, TLine line) {
      Geometry old = table.geometry;
      List<Double> xs = verticalsAt(line.page, line.cy(), 1);
      if (xs.size() == old.bounds.length) {
        double[] bounds = xs.stream().mapToDouble(Double::doubleValue).toArray();
        return geometry(line.page, bounds, line.cy(), true, line.h);
      }
      if (old.ruled) {
        return xs.size() >= 2 ? null : new Geometry(old.bounds, old.centres, -Double.MAX_VALUE, Double.MAX_VALUE,
            List.of(), false);
      }
      return old;
    }

    boolean belongs(Table t, TLine l) {
      if (annexHeading(l)) {
        return false; // "PHỤ LỤC II" above the next annex: the table before it has ended, whatever its rules say
      }
      Geometry g = t.geometry;
      double w = g.bounds[g.bounds.length - 1] - g.bounds[0];
      if (l.x0 < g.bounds[0] - 0.1 * w || l.x1 > g.bounds[g.bounds.length - 1] + 0.1 * w) {
        return false;
      }
      if (g.ruled) {
        return l.cy() > g.top && l.cy() < g.bottom;
      }
      if (l.page == t.last.page && l.y0 - t.last.y1 > 2.5 * l.h) {
        return false;
      }
      return !spansColumns(l, g.centres);
    }

    /** An annex's heading in capitals ("PHỤ LỤC II", "BIỂU 02", "MẪU SỐ 1"), never a table row's first line. */
    static boolean annexHeading(TLine l) {
      String text = l.text().strip();
      if (!ANNEX_HEADING.matcher(l.folded).find()) {
        return false;
      }
      String[] words = text.split("\\s+");
      return words.length >= 2 && words[0].equals(words[0].toUpperCase(java.util.Locale.ROOT))
          && words[1].equals(words[1].toUpperCase(java.util.Locale.ROOT));
    }

    // ------------------------------------------------------------ output

    void emitHeader(int start, int end, Table t) {
      double conf = 0;
      int n = 0;
      for (int i = start; i < end; i++) {
        for (PageWord w : all.get(i).words) {
          if (w.confidence() >= 0) {
            conf += w.confidence();
            n++;
          }
        }
      }
      out.add(new Line(String.join("\t", headerText), all.get(start).page, n == 0 ? -1 : conf / n));
      cells = null;
    }

    int codeColumn;

    void tableLine(Table t, TLine l) {
      codeColumn = t.codeColumn;
      Geometry g = t.geometry;
      int n = g.columns();
      boolean code = false;
      for (PageWord w : l.words) {
        if (g.column((w.x0() + w.x1()) / 2) == t.codeColumn) {
          code = true;
          break;
        }
      }
      boolean newRow;
      if (cells == null || cells.length != n) {
        newRow = true;
      } else if (l.page != t.last.page || t.afterBreak) {
        newRow = code; // a row cut by the page break goes on unless the new page starts a numbered row
      } else if (g.ruled && !g.separators.isEmpty()) {
        newRow = false;
        for (double y : g.separators) {
          if (y > t.last.cy() && y < l.cy()) {
            newRow = true;
            break;
          }
        }
      } else {
        newRow = code || l.y0 - t.last.y1 > lineGap(l.page) + 0.4 * l.h; // a row's padding: more than a line's gap
      }
      if (newRow) {
        endRow();
        cells = new StringBuilder[n];
        for (int c = 0; c < n; c++) {
          cells[c] = new StringBuilder();
        }
        rowPage = l.page;
        rowConfSum = 0;
        rowConfN = 0;
      }
      for (PageWord w : l.words) {
        append(cells[g.column((w.x0() + w.x1()) / 2)], w.text().replace('\t', ' '));
        if (w.confidence() >= 0) {
          rowConfSum += w.confidence();
          rowConfN++;
        }
      }
      t.last = l;
      t.afterBreak = false;
    }

    void endRow() {
      if (cells == null) {
        return;
      }
      String[] texts = new String[cells.length];
      for (int c = 0; c < cells.length; c++) {
        texts[c] = VietnameseText.tidy(cells[c].toString());
      }
      if (codeColumn < texts.length && SPLIT_CODE.matcher(texts[codeColumn]).matches()) {
        texts[codeColumn] = texts[codeColumn].replace(" ", ""); // "10" wrapped in a narrow STT column as "1" / "0"
      }
      out.add(new Line(String.join("\t", texts), rowPage, rowConfN == 0 ? -1 : rowConfSum / rowConfN));
      cells = null;
    }

    void endTable(Table t) {
      if (t != null) {
        endRow();
      }
    }

    void blank() {
      if (!out.isEmpty() && !out.get(out.size() - 1).text().isEmpty()) {
        out.add(new Line("", out.get(out.size() - 1).page(), -1));
      }
    }

    /** A prose line: split at very wide gaps (side-by-side blocks), then joined to the paragraph it continues. */
    void prose(TLine l) {
      List<List<PageWord>> parts = new ArrayList<>();
      List<PageWord> run = new ArrayList<>();
      PageWord prev = null;
      for (PageWord w : l.words) {
        if (prev != null && w.x0() - prev.x1() > 4 * l.h) {
          parts.add(run);
          run = new ArrayList<>();
        }
        run.add(w);
        prev = w;
      }
      parts.add(run);
      if (parts.size() > 1) {
        endParagraph();
        for (List<PageWord> part : parts) {
          TLine piece = new TLine(l.page);
          piece.h = l.h;
          part.forEach(piece::add);
          startParagraph(piece);
          endParagraph();
        }
        paraLast = l;
        return;
      }
      String text = l.text();
      double[] margins = margins(paraLast == null ? l.page : paraLast.page);
      double[] here = margins(l.page);
      boolean continues = para != null && paraLast != null
          && paraLast.x1 >= margins[1] - Math.max(4 * l.h, 0.1 * (margins[1] - margins[0]))
          && l.x0 <= here[0] + 1.0 * l.h
          && !MARKER.matcher(text).find()
          && (l.page != paraLast.page || l.y0 - paraLast.y1 < 0.8 * l.h);
      if (continues) {
        para.append(' ').append(text);
        paraLast = l;
        confidence(l);
        return;
      }
      boolean gap = paraLast != null && (l.page == paraLast.page && l.y0 - paraLast.y1 > 0.8 * l.h);
      endParagraph();
      if (gap) {
        blank();
      }
      startParagraph(l);
    }

    final Map<Integer, Double> gaps = new TreeMap<>();

    /** The gap between two lines of one paragraph or cell on the page: its gaps' lowest tenth (rows are further apart). */
    double lineGap(int page) {
      return gaps.computeIfAbsent(page, p -> {
        List<TLine> ls = pages.getOrDefault(p, List.of());
        double[] g = new double[Math.max(0, ls.size() - 1)];
        for (int i = 1; i < ls.size(); i++) {
          g[i - 1] = Math.max(0, ls.get(i).y0 - ls.get(i - 1).y1);
        }
        Arrays.sort(g);
        return g.length == 0 ? 0 : g[g.length / 10];
      });
    }

    final Map<Integer, double[]> margins = new TreeMap<>();

    /** The page's left and right text margins. */
    double[] margins(int page) {
      return margins.computeIfAbsent(page, p -> {
        double l0 = Double.MAX_VALUE;
        double r0 = -Double.MAX_VALUE;
        for (TLine t : pages.getOrDefault(p, List.of())) {
          l0 = Math.min(l0, t.x0);
          r0 = Math.max(r0, t.x1);
        }
        return new double[] {l0, r0};
      });
    }

    void startParagraph(TLine l) {
      para = new StringBuilder(l.text());
      paraLast = l;
      paraPage = l.page;
      paraConfSum = 0;
      paraConfN = 0;
      confidence(l);
    }

    void confidence(TLine l) {
      for (PageWord w : l.words) {
        if (w.confidence() >= 0) {
          paraConfSum += w.confidence();
          paraConfN++;
        }
      }
    }

    void endParagraph() {
      if (para != null) {
        out.add(new Line(VietnameseText.tidy(para.toString()), paraPage, paraConfN == 0 ? -1 : paraConfSum / paraConfN));
        para = null;
      }
    }
  }

  private static void append(StringBuilder b, String text) {
    if (!text.isBlank()) {
      b.append(b.length() > 0 ? " " : "").append(text.strip());
    }
  }
}
