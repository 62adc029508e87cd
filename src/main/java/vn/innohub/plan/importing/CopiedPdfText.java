package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.text.VietnameseText;

/**
 * Text copied from a PDF viewer (or {@code pdftotext -raw}): the plan's tables lost their tabs, every cell is wrapped
 * over several short lines and the cells of a row follow each other, several cells' lines sometimes joined on one line
 * when they share a baseline. This rebuilds the tab-separated rows {@link PlanTextParser} reads, from what the text
 * tells: the table header's column order (its words spread over lines), the row codes at line starts (I, 1, 1.1, a),
 * and what each column's cells look like — agencies (the registry through {@link AgencyLookup}, and generic names
 * "Sở …", "UBND …"), times ("Quý I/2026", "2026 - 2030", "Hằng năm"), values ("≥ 5 dự án"), amounts ("9.615.243"),
 * outputs ("Quyết định …"). A row's lines are split into its cells by a best-scoring segmentation, columns in header
 * order, some empty. Page numbers, running headers and the table header repeated at page breaks are dropped; a row
 * cut by a page break is segmented in its two parts and joined cell by cell. Prose lines pass through unchanged.
 */
public final class CopiedPdfText {

  /** What a column holds, which decides how its cells are recognised. */
  enum Type { CODE, TEXT, AGENCY, TIME, VALUE, OUTPUT, MONEY }

  /** A column of the header: its type and the label written in the rebuilt header row. */
  record Column(Type type, String label) {}

  private record Phrase(String folded, Type type, String label) {}

  private static final List<Phrase> PHRASES = List.of(
      new Phrase("so thu tu", Type.CODE, "STT"), new Phrase("so tt", Type.CODE, "STT"),
      new Phrase("stt", Type.CODE, "STT"), new Phrase("st t", Type.CODE, "STT"), new Phrase("s tt", Type.CODE, "STT"),
      new Phrase("tt", Type.CODE, "STT"),
      new Phrase("ten nhiem vu", Type.TEXT, "Nhiệm vụ"), new Phrase("nhiem vu", Type.TEXT, "Nhiệm vụ"),
      new Phrase("hoat dong", Type.TEXT, "Hoạt động"), new Phrase("ten de an", Type.TEXT, "Tên đề án"),
      new Phrase("noi dung thuc hien", Type.TEXT, "Nội dung thực hiện"),
      new Phrase("noi dung cong viec", Type.TEXT, "Nội dung công việc"), new Phrase("noi dung", Type.TEXT, "Nội dung"),
      new Phrase("muc tieu", Type.TEXT, "Mục tiêu"), new Phrase("chi tieu", Type.TEXT, "Chỉ tiêu"),
      new Phrase("gia tri", Type.VALUE, "Giá trị"), new Phrase("giai doan", Type.VALUE, "Giai đoạn"),
      new Phrase("den nam", Type.VALUE, "Đến năm"),
      new Phrase("co quan tong hop", Type.AGENCY, "Cơ quan tổng hợp"),
      new Phrase("co quan chu tri", Type.AGENCY, "Cơ quan chủ trì"),
      new Phrase("don vi chu tri", Type.AGENCY, "Cơ quan chủ trì"), new Phrase("chu tri", Type.AGENCY, "Cơ quan chủ trì"),
      new Phrase("co quan don vi phoi hop", Type.AGENCY, "Cơ quan phối hợp"),
      new Phrase("co quan phoi hop", Type.AGENCY, "Cơ quan phối hợp"),
      new Phrase("don vi phoi hop", Type.AGENCY, "Cơ quan phối hợp"), new Phrase("phoi hop", Type.AGENCY, "Cơ quan phối hợp"),
      new Phrase("thoi gian thuc hien", Type.TIME, "Thời gian thực hiện"), new Phrase("thoi gian", Type.TIME, "Thời gian"),
      new Phrase("tien do", Type.TIME, "Tiến độ"),
      new Phrase("san pham ket qua", Type.OUTPUT, "Sản phẩm/kết quả"), new Phrase("san pham", Type.OUTPUT, "Sản phẩm"),
      new Phrase("ket qua", Type.OUTPUT, "Kết quả"),
      new Phrase("tong kinh phi", Type.MONEY, "Tổng kinh phí"), new Phrase("kinh phi", Type.MONEY, "Kinh phí"),
      new Phrase("tong so", Type.MONEY, "Tổng"), new Phrase("tong", Type.MONEY, "Tổng"),
      new Phrase("nguon kinh phi", Type.TEXT, "Nguồn kinh phí"), new Phrase("nguon von", Type.TEXT, "Nguồn vốn"),
      new Phrase("nguon", Type.TEXT, "Nguồn"), new Phrase("ghi chu", Type.TEXT, "Ghi chú"));

  /** Header words that name no column ("Chia ra các năm", "(triệu đồng)"). */
  private static final Set<String> FILLERS = Set.of("chia", "ra", "cac", "nam", "trong", "do", "trieu", "dong", "dvt",
      "du", "kien", "tinh", "don", "vi", "thuc", "hien", "va", "gom", "dau");

  private static final Set<String> HEADER_WORDS = new HashSet<>(FILLERS);

  static {
    for (Phrase p : PHRASES) {
      HEADER_WORDS.addAll(List.of(p.folded().split(" ")));
    }
  }

  private static final Pattern YEAR = Pattern.compile("20\\d{2}");
  private static final Pattern CODE = Pattern.compile(
      "^(?:([IVX]{1,5})|(\\d{1,2}(?:\\.\\d{1,2}){0,3})|([a-zđ])\\))\\.?(?:\\s+(.*))?$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:Trang\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?$");
  private static final Pattern AMOUNT = Pattern.compile("^\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?$");
  private static final Pattern PARTIAL_AMOUNT = Pattern.compile("^\\d{1,3}(?:\\.\\d{3})*\\.(\\d{0,2})$");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d{1,3})(?=\\s|$|\\.)");
  private static final Pattern VALUE = Pattern.compile(
      "^(?:[≥≤<>]=?\\s*|(?:tối thiểu|ít nhất|tối đa|trên|dưới)\\s+)?\\d[\\d.,]*\\s*(?:%|-\\s*\\d[\\d.,]*)?.*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern HEADING = Pattern.compile(
      "^(?:[IVX]{1,5}\\.\\s+\\S.*|PHỤ LỤC.*|Phụ lục.*|Nơi nhận.*|TM\\..*|KT\\..*|ĐVT.*|Đơn vị tính.*)$");

  private static final List<String> GENERIC_AGENCIES = List.of("so ", "ubnd", "uy ban", "cac so", "cong an",
      "dai ", "truong ", "cac truong", "bao ", "thue ", "tinh doan", "hoi ", "cac hoi", "lien hiep", "lien minh",
      "hiep hoi", "ban ", "van phong", "mat tran", "vien ", "trung tam", "cac co so", "cac co quan", "cac don vi",
      "cac doanh nghiep", "doanh nghiep", "cac to chuc", "kho bac", "ngan hang", "cuc ", "chi cuc",
      "bo chi huy", "hdnd", "hoi dong", "cac xa", "cac dia phuong", "cac nganh", "tinh uy", "quy phat trien",
      "quy dau tu", "khu kinh te", "ban quan ly", "chi nhanh", "buu dien", "vien thong", "co quan");
  private static final Set<String> COMPLETE_AGENCIES = Set.of("tinh doan", "tinh uy", "cong an tinh", "thue tinh",
      "ubnd tinh", "hdnd tinh", "cac so nganh", "cac so ban nganh", "cac co quan", "cac don vi", "cac dia phuong");
  private static final Set<String> TIME_WORDS = Set.of("quy", "i", "ii", "iii", "iv", "thang", "nam", "hang",
      "thuong", "xuyen", "giai", "doan", "tu", "den", "va", "truoc", "ngay", "dinh", "ky", "cuoi", "dau", "hoc",
      "moi", "6", "sau", "trong", "theo", "tung", "tuan", "le");
  private static final List<String> OUTPUT_WORDS = List.of("quyet dinh", "bao cao", "ke hoach", "cong thong tin",
      "nghi quyet", "de an", "chuong trinh", "quy che", "quy dinh", "huong dan", "van ban", "tin bai", "hoi nghi",
      "hoi thao", "cong", "san", "he thong", "co so du lieu", "phan mem", "nen tang", "mo hinh", "so", "ty le",
      "danh sach", "bo chi so", "chi thi", "thong bao", "cong van", "to trinh");
  private static final Set<String> DANGLING = Set.of("va", "cac", "cua", "cho", "ve", "voi", "tai", "trong", "tren",
      "theo", "de", "la", "nhung", "tu", "den", "so", "hoac", "do", "boi", "nham", "nhu", "qua", "mot");

  /** The departments a province has ("Sở Tài chính"): a wrapped "Sở Khoa học" is not yet one. */
  private static final Set<String> DEPARTMENTS = Set.of("khoa hoc va cong nghe", "tai chinh", "tu phap", "noi vu",
      "giao duc va dao tao", "cong thuong", "nong nghiep va moi truong", "nong nghiep va phat trien nong thon",
      "tai nguyen va moi truong", "xay dung", "y te", "van hoa the thao va du lich", "van hoa va the thao", "du lich",
      "ngoai vu", "dan toc va ton giao", "ke hoach va dau tu", "thong tin va truyen thong", "giao thong van tai",
      "lao dong thuong binh va xa hoi", "khcn", "kh va cn", "gd va dt", "gddt", "tn va mt", "nn va mt", "tt va tt");
  /** A second agency's head inside one part: two cells' agencies run together without a separator. */
  private static final Pattern INNER_AGENCY = Pattern.compile(
      "(?<=\\S)(?<![Cc]ác)\\s+(?:Sở|UBND|Ủy ban|Công an|Tỉnh đoàn|Các [sS]ở)\\b");

  /**
   * A row part longer than this many lines is not one row (codes missed, a table's end not seen): its lines are kept
   * as they are instead of being segmented, which also bounds the segmentation's work.
   */
  static final int MAX_ROW_LINES = 160;
  /** Segmentations of a table spent learning its column widths before the one kept. */
  static final int WIDTH_PASSES = 1;
  /** The most words an agency cell takes ("Các sở, ngành, …, tổ chức hỗ trợ khởi nghiệp … có liên quan"). */
  static final int MAX_AGENCY_WORDS = 60;
  /** An agency's name straight after another's last word, no separator: two cells read as one. */
  private static final Pattern JOINED_AGENCY = Pattern.compile(
      "(?<!\\bvà)(?<!\\bvới)(?<![Cc]ác)(?<=\\p{L})\\s+(?:Sở|UBND|Ủy ban|Công an|Các [sS]ở)(?=\\s|,|;|$)");
  /** The longest run of words a text cell (or an unnumbered sub-row's name) may take. */
  static final int MAX_CELL_WORDS = 1200;
  private static final Pattern AGENCY_SPLIT = Pattern.compile(
      "\\s*[;]\\s*|\\s*,\\s*(?=(?:Sở|UBND|Ủy|Các|Tỉnh|Công an|Đài|Báo|Hội|Trường)\\b)");
  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
  /** A dash or plus starting a sub-row ("- Khu vực đô thị"). */
  private static final Pattern DASH = Pattern.compile("[-–+•]");
  /** Brackets (one left open at the end too) and trailing dots in an agency cell. */
  private static final Pattern ASIDES = Pattern.compile("\\([^()]*(?:\\)|$)|\\.{2,}|…");
  private static final Pattern A_YEAR = Pattern.compile("20\\d{2}");
  private static final Pattern YEAR_OR_NUMBER = Pattern.compile("20\\d{2}|\\d{1,2}");

  private CopiedPdfText() {}

  // ---------------------------------------------------------------- detection

  /**
   * True when the lines look copied from a PDF table: no tab anywhere, at least one table header whose column words
   * are spread over several lines, and mostly short lines. Text with tabs, DOCX lines and plain prose are left alone.
   */
  public static boolean looksCopied(List<String> lines) {
    int nonBlank = 0;
    int shortLines = 0;
    for (String l : lines) {
      if (l.indexOf('\t') >= 0) {
        return false;
      }
      String s = l.strip();
      if (!s.isEmpty()) {
        nonBlank++;
        if (s.length() <= 40) {
          shortLines++;
        }
      }
    }
    if (nonBlank < 20 || shortLines * 10 < nonBlank * 4) {
      return false;
    }
    List<String> clean = cleanLines(lines);
    for (int i = 0; i < clean.size(); i++) {
      Header h = header(clean, i);
      if (h != null && h.lines > 1) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- header

  /** A table header found at a line: its columns and how many lines it took. */
  record Header(List<Column> columns, int lines) {

    boolean money() {
      return columns.stream().anyMatch(c -> c.type() == Type.MONEY);
    }

    String signature() {
      return columns.toString();
    }
  }

  /** The table header starting at line {@code at}, or null: "STT" first, three named columns at least. */
  static Header header(List<String> lines, int at) {
    String first = VietnameseText.fold(lines.get(at));
    if (!(first.equals("stt") || first.equals("st") || first.equals("tt") || first.equals("s") || first.startsWith("stt ")
        || first.startsWith("tt ") || first.startsWith("so tt") || first.startsWith("so thu tu"))) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int end = at;
    for (int i = at; i < lines.size() && i < at + 30; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String f = VietnameseText.fold(line);
      boolean all = true;
      for (String w : f.split(" ")) {
        if (!HEADER_WORDS.contains(w) && !YEAR.matcher(w).matches()) {
          all = false;
          break;
        }
      }
      if (!all || (i > at && CODE.matcher(line).matches() && !line.matches("(?i)t{1,2}|s"))) {
        break;
      }
      List<String> with = new ArrayList<>(words);
      with.addAll(List.of(f.split(" ")));
      if (uncovered(with) > 0) {
        // "Cơ quan chủ" waits for "trì" on the next line, "CƠ QUAN" for "TỔNG" + "HỢP" on the two after it;
        // "Sở Nội vụ" (all header words) names no column
        List<String> ahead = new ArrayList<>(with);
        boolean covered = false;
        int next = i;
        for (int look = 0; look < 3 && !covered; look++) {
          next = nextNonBlank(lines, next + 1);
          if (next < 0) {
            break;
          }
          ahead.addAll(List.of(VietnameseText.fold(lines.get(next)).split(" ")));
          covered = uncovered(ahead) == 0;
        }
        if (!covered) {
          break;
        }
      }
      words = with;
      end = i + 1;
    }
    List<Column> columns = new ArrayList<>();
    parse(words, columns);
    long named = columns.stream().filter(c -> c.type() != Type.CODE).count();
    if (columns.isEmpty() || columns.get(0).type() != Type.CODE || named < 3) {
      return null;
    }
    return new Header(List.copyOf(columns), end - at);
  }

  private static int uncovered(List<String> words) {
    return parse(words, new ArrayList<>());
  }

  /** Reads header words into columns; returns how many words no phrase, filler or year explains. */
  private static int parse(List<String> words, List<Column> columns) {
    int uncovered = 0;
    int w = 0;
    while (w < words.size()) {
      Phrase best = null;
      for (Phrase p : PHRASES) {
        String[] pw = p.folded().split(" ");
        if (w + pw.length <= words.size() && (best == null || pw.length > best.folded().split(" ").length)) {
          boolean match = true;
          for (int k = 0; k < pw.length; k++) {
            match &= words.get(w + k).equals(pw[k]);
          }
          if (match) {
            best = p;
          }
        }
      }
      if (best != null) {
        int n = best.folded().split(" ").length;
        String label = best.label();
        if (best.type() == Type.VALUE) {
          // "Giai đoạn 2026 - 2030", "Đến năm 2030": the years belong to the label
          List<String> years = new ArrayList<>();
          while (w + n < words.size() && (YEAR.matcher(words.get(w + n)).matches() || words.get(w + n).equals("nam"))) {
            if (!words.get(w + n).equals("nam")) {
              years.add(words.get(w + n));
            }
            n++;
          }
          label = label + (years.isEmpty() ? "" : " " + String.join(" - ", years));
        }
        if (best.type() == Type.CODE && !columns.isEmpty()) {
          w += n; // "TT" again inside "STT" split as "ST" + "T"
          continue;
        }
        columns.add(new Column(best.type(), label));
        w += n;
      } else if (YEAR.matcher(words.get(w)).matches()) {
        columns.add(new Column(Type.MONEY, words.get(w)));
        w++;
      } else {
        uncovered += FILLERS.contains(words.get(w)) || words.get(w).equals("t") || words.get(w).equals("s") ? 0 : 1;
        w++;
      }
    }
    return uncovered;
  }

  // ---------------------------------------------------------------- rebuild

  /** The lines with the copied tables rebuilt as tab-separated rows; other lines unchanged. */
  public static List<String> rebuild(List<String> raw, AgencyLookup agencies) {
    List<String> lines = cleanLines(raw);
    Set<String> running = runningHeaders(lines);
    Scorer scorer = new Scorer(agencies == null ? AgencyLookup.none() : agencies);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      ParseGuard.check();
      Header h = header(lines, i);
      if (h == null) {
        String l = lines.get(i);
        if (!running.contains(l.strip()) && !(isPageNumber(lines, i, running))) {
          out.add(l);
        }
        i++;
        continue;
      }
      i = table(lines, i, h, running, scorer, out);
    }
    return out;
  }

  /** Form feeds removed (a page's first line keeps its text), trailing blanks stripped. */
  private static List<String> cleanLines(List<String> raw) {
    List<String> lines = new ArrayList<>(raw.size());
    for (String l : raw) {
      lines.add(l.replace("\f", "").replace('\u00A0', ' ').stripTrailing());
    }
    return lines;
  }

  /** Lines repeated at page breaks: printed twice or more just before a table header or a page's first line. */
  private static Set<String> runningHeaders(List<String> lines) {
    Map<String, Integer> count = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.length() >= 15) {
        count.merge(l, 1, Integer::sum);
      }
    }
    Set<String> running = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (count.getOrDefault(l, 0) >= 2) {
        int next = nextNonBlank(lines, i + 1);
        int prev = previousNonBlank(lines, i - 1);
        boolean beforeHeader = next >= 0 && header(lines, next) != null;
        boolean afterPageNumber = prev >= 0 && PAGE_NUMBER.matcher(lines.get(prev).strip()).matches();
        if (beforeHeader || afterPageNumber) {
          running.add(l);
        }
      }
    }
    return running;
  }

  /** A bare number followed by a running header or a table header: the page number at a page break. */
  private static boolean isPageNumber(List<String> lines, int i, Set<String> running) {
    if (!PAGE_NUMBER.matcher(lines.get(i).strip()).matches()) {
      return false;
    }
    int next = nextNonBlank(lines, i + 1);
    return next < 0 || running.contains(lines.get(next).strip()) || header(lines, next) != null;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int previousNonBlank(List<String> lines, int from) {
    for (int i = from; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** A row as found: its code and its lines, in parts cut by page breaks. */
  private static final class RawRow {
    final String code;
    final List<List<String>> parts = new ArrayList<>();
    /** The lines as read (the code's line whole), kept when the row is too long to be one. */
    final List<String> raw = new ArrayList<>();

    RawRow(String code) {
      this.code = code;
      parts.add(new ArrayList<>());
    }

    void add(String line) {
      parts.get(parts.size() - 1).add(line);
    }

    boolean tooLong() {
      return parts.stream().anyMatch(p -> p.size() > MAX_ROW_LINES);
    }
  }

  /** Reads one table from its header to its end; returns the index of the first line after it. */
  private static int table(List<String> lines, int start, Header h, Set<String> running, Scorer scorer,
      List<String> out) {
    List<Column> cols = h.columns();
    List<String> labels = new ArrayList<>();
    for (Column c : cols) {
      labels.add(c.label());
    }
    out.add(String.join("\t", labels));
    int i = skipHeader(lines, start, h);
    List<RawRow> rows = new ArrayList<>();
    RawRow row = null;
    Codes codes = new Codes();
    boolean pageBreak = false;
    while (i < lines.size()) {
      ParseGuard.check();
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        i++;
        continue;
      }
      if (running.contains(line) || isPageNumber(lines, i, running)) {
        pageBreak = true;
        i++;
        continue;
      }
      Header again = header(lines, i);
      if (again != null) {
        if (!again.signature().equals(h.signature())) {
          break; // another table begins
        }
        pageBreak = true;
        i = skipHeader(lines, i, again);
        continue;
      }
      if (endsTable(line)) {
        break;
      }
      Matcher m = CODE.matcher(line);
      boolean amountGoesOn = h.money() && row != null && !Scorer.joinAmounts(List.of(lastLine(row), line)).equals(
          List.of(lastLine(row), line));
      String code = m.matches() && !amountGoesOn ? codes.accept(m, h.money()) : null;
      boolean total = h.money() && VietnameseText.fold(line).matches("^(tong cong|tong so|tong|cong)( .*)?$");
      if (code != null || total) {
        row = new RawRow(code == null ? "" : code);
        rows.add(row);
        row.raw.add(line);
        String rest = code == null ? line : m.group(4) == null ? "" : m.group(4).strip();
        if (!rest.isEmpty()) {
          row.add(rest);
        }
      } else if (row != null) {
        if (pageBreak && !row.parts.get(row.parts.size() - 1).isEmpty()) {
          row.parts.add(new ArrayList<>());
        }
        row.add(line);
        row.raw.add(line);
      } else {
        out.add(line); // text between the header and the first row
      }
      pageBreak = false;
      i++;
    }
    // first pass: the columns' line widths from a segmentation without them; second: segmented again with them
    scorer.widths = null;
    scorer.leadRequired = cols.stream().noneMatch(c -> c.type() == Type.VALUE || c.type() == Type.MONEY);
    scorer.joinsLines = false;
    scorer.joinedLines = 0;
    scorer.separateLines = 0;
    for (int pass = 0; pass < WIDTH_PASSES; pass++) {
      scorer.lineLengths = new HashMap<>();
      for (RawRow r : rows) {
        ParseGuard.check();
        if (!r.tooLong()) {
          scorer.segment(r, cols);
        }
      }
      scorer.widths = Scorer.widths(scorer.lineLengths, cols.size());
    }
    scorer.joinsLines = scorer.joinedLines > scorer.separateLines;
    scorer.lineLengths = null;
    for (RawRow r : rows) {
      ParseGuard.check();
      if (r.tooLong()) {
        out.addAll(r.raw); // not one row: its lines as they are
        continue;
      }
      List<List<String>> cells = scorer.segment(r, cols);
      if (cells == null) {
        out.addAll(r.raw); // no segmentation holds it: its lines as they are
        continue;
      }
      for (List<String> segmented : cells) {
        out.add(String.join("\t", segmented));
      }
    }
    out.add("");
    return i;
  }

  private static String lastLine(RawRow row) {
    List<String> part = row.parts.get(row.parts.size() - 1);
    return part.isEmpty() ? "" : part.get(part.size() - 1);
  }

  private static int skipHeader(List<String> lines, int start, Header h) {
    int i = start;
    int taken = 0;
    while (i < lines.size() && taken < h.lines()) {
      i++;
      taken++;
    }
    return i;
  }

  private static boolean endsTable(String line) {
    if (HEADING.matcher(line).matches()) {
      return true;
    }
    if (line.length() >= 75 && !CODE.matcher(line).matches()) {
      return true;
    }
    String letters = line.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 12 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
        && !CODE.matcher(line).matches();
  }

  /** The row codes of a table, so that a number starting a wrapped value ("5 không gian") is not taken for one. */
  private static final class Codes {
    List<Integer> last;
    boolean afterRoman;
    int roman;
    char letter;

    String accept(Matcher m, boolean money) {
      String rest = m.group(4) == null ? "" : m.group(4).strip();
      boolean lower = !rest.isEmpty() && !Character.isUpperCase(rest.codePointAt(0))
          && "\"“(".indexOf(rest.charAt(0)) < 0;
      if (lower && !(m.group(2) != null && !m.group(2).contains(".") && lowerCaseName(rest))) {
        return null; // a row's name starts with a capital; "5 không gian" is a value going on
      }
      if (m.group(1) != null) {
        int r = roman(m.group(1));
        // the first group of a table may be "II" (a plan whose table starts under its part II)
        // or the one the numbered rows lead to ("5.3.2" → "VI" in a table without a row "V")
        if (r == roman + 1 || (roman == 0 && last == null && r <= 5)
            || (last != null && r > roman && r == last.get(0) + 1)) {
          roman = r;
          afterRoman = true;
          letter = 0;
          return m.group(1);
        }
        return null;
      }
      if (m.group(3) != null) {
        char c = m.group(3).charAt(0);
        if ((letter == 0 && c == 'a') || c == letter + 1) {
          letter = c;
          return m.group(3);
        }
        return null;
      }
      String text = m.group(2);
      if (text.matches(".*(^|\\.)0\\d.*")) {
        return null;
      }
      List<Integer> code = new ArrayList<>();
      for (String p : text.split("\\.")) {
        code.add(Integer.parseInt(p));
      }
      if (lower && (afterRoman || last == null || !plausible(code))) {
        return null; // "2 tối thiểu phát triển 150" only as the very next row
      }
      if (plausible(code) || (afterRoman && code.equals(List.of(1)))) {
        last = code;
        afterRoman = false;
        letter = 0;
        return text;
      }
      return null;
    }

    /**
     * A row name written in lower case ("tối thiểu phát triển 150"): three words at least and no agency in them, so
     * that a wrapped value ("5 không gian", "25 doanh Sở Khoa") is not taken for one.
     */
    private static boolean lowerCaseName(String rest) {
      return SPACE_RUN.split(rest).length >= 3 && !INNER_AGENCY.matcher(" " + rest).find()
          && !rest.matches(".*\\p{Lu}.*");
    }

    private boolean plausible(List<Integer> code) {
      if (last == null) {
        return code.size() == 1 ? code.get(0) < 200 : code.get(code.size() - 1) == 1;
      }
      if (code.size() == last.size() + 1 && code.subList(0, last.size()).equals(last) && code.get(last.size()) == 1) {
        return true;
      }
      for (int level = 0; level < last.size(); level++) {
        // the next at a level ("1.5" → "2", "1.2.3" → "1.3"), or its first sub-row ("1.5" → "2.1", "4.4" → "5.1.1")
        if (code.size() > level && code.subList(0, level).equals(last.subList(0, level))
            && code.get(level) == last.get(level) + 1
            && code.subList(level + 1, code.size()).stream().allMatch(x -> x == 1) && code.size() <= 4) {
          return true;
        }
      }
      return false;
    }

    private static int roman(String s) {
      int total = 0;
      int prev = 0;
      for (int i = s.length() - 1; i >= 0; i--) {
        int v = switch (s.charAt(i)) {
          case 'I' -> 1;
          case 'V' -> 5;
          default -> 10;
        };
        total += v < prev ? -v : v;
        prev = Math.max(prev, v);
      }
      return total;
    }
  }

  // ---------------------------------------------------------------- segmentation

  /** Scores runs of words as cells of a column and finds the best split of a row into cells. */
  static final class Scorer {
    private final AgencyLookup agencies;
    private final Map<String, Boolean> resolved = new HashMap<>();
    /** Folded texts and agency readings by span text: the same span is met in many segmentations. */
    private final Map<String, String> folds = new HashMap<>();
    private final Map<String, Boolean> agencyReadings = new HashMap<>();

    /**
     * Each column's width in characters, learnt from a first segmentation of the table (null before; a column
     * without enough wrapped cells has 0): a cell's wrapped line is about this long — the next word did not fit —
     * and none is much longer. Text copied from a PDF keeps that trace of the column boundaries.
     */
    double[] widths;
    /** While learning the widths: the lengths of the wrapped (not last) lines of each column's cells. */
    Map<Integer, List<Integer>> lineLengths;
    /**
     * Whether the text joins the first lines of a row's cells when they share a baseline, as {@code pdftotext -raw}
     * does ("≥ 5 dự án Sở Khoa"): then a cell of one line is followed on the same line. A viewer that copies each
     * cell line by line does not. Learnt with the widths: how often a one-line cell was followed on its line.
     */
    boolean joinsLines;
    /** In a task table every row has its lead agency (a target table may leave the column empty). */
    boolean leadRequired;
    int joinedLines;
    int separateLines;

    private static final int CACHE_LIMIT = 20_000;

    Scorer(AgencyLookup agencies) {
      this.agencies = agencies;
    }

    /** A column's width: the median of its wrapped lines' lengths plus half a short word; 0 with under 6 lines. */
    static double[] widths(Map<Integer, List<Integer>> lengths, int columns) {
      double[] w = new double[columns];
      lengths.forEach((col, ls) -> {
        if (ls.size() >= 6) {
          List<Integer> sorted = new ArrayList<>(ls);
          java.util.Collections.sort(sorted);
          w[col] = sorted.get(sorted.size() / 2) + 2;
        }
      });
      return w;
    }

    /**
     * What a line break inside a cell of width {@code w} costs: a line whose next word would have fitted ended by a
     * cell boundary or a paragraph (less costly after ";" or "."), a line much longer than the column belongs to a
     * wider one.
     */
    static double wrapCost(double w, int length, int nextWord, char lastChar) {
      if (w <= 0) {
        return 0;
      }
      double tolerance = Math.max(3, w * 0.15);
      double cost = 0;
      if (length > w + tolerance) {
        cost -= 2;
      }
      if (nextWord >= 0 && length + 1 + nextWord < w - tolerance) {
        cost -= ";.:".indexOf(lastChar) >= 0 ? 0.5 : 2;
      }
      return cost;
    }

    /** Only the too-long check, for a cell's last line. */
    static double lastLineCost(double w, int length) {
      return w > 0 && length > w + Math.max(3, w * 0.15) ? -2 : 0;
    }

    /** The row's cells (one list per emitted row: the row, then any unnumbered sub-rows found in it). */
    List<List<String>> segment(RawRow row, List<Column> cols) {
      // the caches hold every span tried: kept for a row's parts, bounded across rows
      if (folds.size() + agencyReadings.size() > CACHE_LIMIT) {
        folds.clear();
        agencyReadings.clear();
      }
      if (resolved.size() > CACHE_LIMIT) {
        resolved.clear();
      }
      List<List<String>> result = null;
      for (int p = 0; p < row.parts.size(); p++) {
        List<String> part = row.parts.get(p);
        if (cols.stream().anyMatch(c -> c.type() == Type.MONEY)) {
          part = joinAmounts(part);
        }
        boolean continued = p + 1 < row.parts.size();
        if (result == null) {
          result = best(part, cols, null, continued);
          if (result == null) {
            return null;
          }
        } else {
          List<String> prefix = result.get(result.size() - 1);
          List<List<String>> rest = best(part, cols, prefix, continued);
          if (rest == null) {
            return null;
          }
          List<String> more = rest.get(0);
          for (int c = 1; c < cols.size(); c++) {
            prefix.set(c, join(prefix.get(c), more.get(c)));
          }
        }
      }
      result.get(0).set(0, row.code);
      return result;
    }

    /** "9.611.7" + "93", "1.922." + "358": an amount wrapped in a narrow column, joined again. */
    static List<String> joinAmounts(List<String> part) {
      List<String> out = new ArrayList<>();
      for (String line : part) {
        if (!out.isEmpty()) {
          String prev = out.get(out.size() - 1);
          int space = prev.lastIndexOf(' ');
          Matcher partial = PARTIAL_AMOUNT.matcher(prev.substring(space + 1));
          Matcher digits = LEADING_DIGITS.matcher(line);
          if (partial.matches() && digits.find() && partial.group(1).length() + digits.group(1).length() == 3) {
            out.set(out.size() - 1, prev + line);
            continue;
          }
        }
        out.add(line);
      }
      return out;
    }

    private static String join(String a, String b) {
      return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    /** A word of a row's text and whether a cell may begin at it. */
    private record Word(String text, boolean lineStart) {}

    /**
     * Best split of the words of {@code lines} into the columns after the code, in order, each column one run of
     * words or empty; after the last column a new unnumbered row may start. With {@code prefix} (the row's cells
     * before a page break) each run is scored joined to the cell it continues.
     */
    List<List<String>> best(List<String> lines, List<Column> cols, List<String> prefix, boolean continued) {
      List<Word> words = new ArrayList<>();
      for (String line : lines) {
        String[] ws = line.strip().split("\\s+");
        for (int k = 0; k < ws.length; k++) {
          if (!ws[k].isEmpty()) {
            words.add(new Word(ws[k], k == 0));
          }
        }
      }
      int n = words.size();
      // cum[k]: characters of words < k, so that a run's length is known without building it
      int[] cum = new int[n + 1];
      // lineFirst[k]: the first word of word k's line
      int[] lineFirst = new int[n];
      for (int k = 0; k < n; k++) {
        cum[k + 1] = cum[k] + words.get(k).text().length();
        lineFirst[k] = words.get(k).lineStart() || k == 0 ? k : lineFirst[k - 1];
      }
      int first = 1; // column 0 is the code, taken from the row's first line
      // unnumbered sub-rows are sub-indicators of a target table (one with a value column)
      boolean subRows = cols.stream().anyMatch(col -> col.type() == Type.VALUE);
      int c = cols.size();
      double neg = -1e9;
      // score[k][j * 2 + t]: best score with words < k taken and columns < j filled, t = 1 when the last cell with
      // words lay on one line; from[k][..] the state the cell began in. Cells are top-aligned, so a cell's first line
      // shares the row's first baseline: a cell begins within a line (its first line joined to the one before) just
      // when the cell before it took a single line.
      double[][] score = new double[n + 1][(c + 1) * 2];
      int[][] fromK = new int[n + 1][(c + 1) * 2];
      int[][] fromJ = new int[n + 1][(c + 1) * 2];
      for (double[] s : score) {
        java.util.Arrays.fill(s, neg);
      }
      score[0][first * 2 + 1] = 0;
      boolean cont = prefix != null;
      // where a sub-row's name ended, by the state its name and value led to (e * 1000 + state)
      Map<Long, Integer> subNameEnd = new HashMap<>();
      for (int k = 0; k <= n; k++) {
        if ((k & 31) == 0) {
          ParseGuard.check();
        }
        for (int j = first; j < c; j++) {
          for (int t = 0; t < 2; t++) {
            int at = j * 2 + t;
            if (score[k][at] == neg) {
              continue;
            }
            double startBonus = k == n ? 0 : boundary(words, k, cont);
            if (startBonus == neg) {
              // no cell may begin here: only an empty cell
              relax(score, fromK, fromJ, k, at, k, (j + 1) * 2 + t,
                  score[k][at] + cell(cols.get(j), "", prefix, j, continued));
              continue;
            }
            double aligned = k == 0 || k == n ? 0
                : !words.get(k).lineStart() && t == 0 ? -3
                : words.get(k).lineStart() && t == 1 && joinsLines ? -3 : 0;
            int max = switch (cols.get(j).type()) {
              case MONEY -> cont ? 3 : 1;
              case TIME, VALUE -> cont || continued ? MAX_AGENCY_WORDS : 20;
              case AGENCY -> MAX_AGENCY_WORDS;
              default -> MAX_CELL_WORDS;
            };
            boolean textual = cols.get(j).type() == Type.TEXT || cols.get(j).type() == Type.OUTPUT;
            double w = widths == null ? 0 : widths[j];
            double wraps = 0; // the cost of the line breaks inside words k..e
            // a typed cell's folded text grows word by word (folding is per character, spaces kept as spaces)
            StringBuilder folded = new StringBuilder();
            for (int e = k; e <= n && e - k <= max; e++) {
              if (w > 0 && e - 1 > k && words.get(e - 1).lineStart()) {
                int from = Math.max(k, lineFirst[e - 2]);
                String lastWord = words.get(e - 2).text();
                wraps += wrapCost(w, cum[e - 1] - cum[from] + (e - 1 - from - 1), words.get(e - 1).text().length(),
                    lastWord.charAt(lastWord.length() - 1));
              }
              if (e > k && !textual && prefix == null) {
                String fw = fold(words.get(e - 1).text());
                if (!fw.isEmpty()) {
                  folded.append(folded.length() > 0 ? " " : "").append(fw);
                }
              }
              if (e < n && e > k && boundary(words, e, cont) == neg) {
                continue;
              }
              String text = textual ? run(words, cum, k, e) : text(words, k, e);
              double s = cell(cols.get(j), text, prefix, j, continued,
                  textual || prefix != null ? null : folded.toString()) + (e > k ? startBonus + aligned : 0);
              if (w > 0 && e > k) {
                int from = Math.max(k, lineFirst[e - 1]);
                s += wraps + lastLineCost(w, cum[e] - cum[from] + (e - from - 1));
              }
              int oneLine = e == k ? t : lineFirst[e - 1] == lineFirst[k] ? 1 : 0;
              relax(score, fromK, fromJ, k, at, e, (j + 1) * 2 + oneLine, score[k][at] + s);
            }
          }
        }
        // a new unnumbered row (a sub-indicator) after the last column, starting with a capital at a line start
        for (int t = 0; t < 2; t++) {
          int at = c * 2 + t;
          if (subRows && !cont && k < n && score[k][at] != neg && words.get(k).lineStart()
              && (capital(words.get(k).text()) || (k + 1 < n && DASH.matcher(words.get(k).text()).matches()
              && !words.get(k + 1).lineStart() && capital(words.get(k + 1).text())))) {
            // "- Khu vực đô thị" with its own value ("100 %") in the value column after the name
            boolean textual = cols.get(first).type() == Type.TEXT || cols.get(first).type() == Type.OUTPUT;
            boolean valued = first + 1 < c && cols.get(first + 1).type() == Type.VALUE;
            for (int e = k + 1; e <= n && e - k <= MAX_CELL_WORDS; e++) {
              if (e < n && boundary(words, e, false) == neg) {
                continue;
              }
              String text = textual ? run(words, cum, k, e) : text(words, k, e);
              if (!subRowName(text)) {
                continue;
              }
              double s = cell(cols.get(first), text, null, first, continued) + 0.5 - 4;
              if (!valued) {
                int oneLine = lineFirst[e - 1] == lineFirst[k] ? 1 : 0;
                relax(score, fromK, fromJ, k, at, e, (first + 1) * 2 + oneLine, score[k][at] + s);
                continue;
              }
              // the name, then its value at once: a sub-row without a value is the row above going on
              int vFirst = e;
              for (int e2 = e + 1; e2 <= n && e2 - e <= 10; e2++) {
                if (e2 < n && boundary(words, e2, false) == neg) {
                  continue;
                }
                String value = text(words, vFirst, e2);
                double v = cell(cols.get(first + 1), value, null, first + 1, continued);
                if (v <= 0) {
                  continue;
                }
                int oneLine = lineFirst[e2 - 1] == lineFirst[vFirst] ? 1 : 0;
                int to = (first + 2) * 2 + oneLine;
                if (relax(score, fromK, fromJ, k, at, e2, to, score[k][at] + s + v + boundary(words, vFirst, false))) {
                  subNameEnd.put((long) e2 * 1000 + to, e);
                }
              }
            }
          }
        }
      }
      // walk back
      List<int[]> spans = new ArrayList<>();
      int k = n;
      int at = score[n][c * 2] != neg && score[n][c * 2] >= score[n][c * 2 + 1] ? c * 2 : c * 2 + 1;
      if (score[n][at] == neg) {
        return null; // no cell can hold what is left (a run longer than a cell takes)
      }
      while (!(k == 0 && at == first * 2 + 1)) {
        int pk = fromK[k][at];
        int pat = fromJ[k][at];
        int pj = pat / 2;
        if (pj == c && at / 2 == first + 1) {
          spans.add(new int[] {pk, k, first});
          spans.add(new int[] {-1, -1, -1});
        } else if (pj == c && at / 2 == first + 2) {
          int nameEnd = subNameEnd.get((long) k * 1000 + at);
          spans.add(new int[] {nameEnd, k, first + 1});
          spans.add(new int[] {pk, nameEnd, first});
          spans.add(new int[] {-1, -1, -1});
        } else {
          spans.add(new int[] {pk, k, pj});
        }
        k = pk;
        at = pat;
      }
      java.util.Collections.reverse(spans);
      if (lineLengths != null) {
        int[] before = null;
        for (int[] sp : spans) {
          if (sp[0] < 0) {
            before = null;
          } else if (sp[1] > sp[0]) {
            if (before != null && lineFirst[before[1] - 1] == lineFirst[before[0]]) {
              if (words.get(sp[0]).lineStart()) {
                separateLines++;
              } else {
                joinedLines++;
              }
            }
            before = sp;
          }
        }
      }
      if (lineLengths != null && prefix == null) {
        for (int[] sp : spans) {
          for (int b = sp[0] + 1; sp[0] >= 0 && b < sp[1]; b++) {
            if (words.get(b).lineStart()) {
              int from = Math.max(sp[0], lineFirst[b - 1]);
              lineLengths.computeIfAbsent(sp[2], x -> new ArrayList<>()).add(cum[b] - cum[from] + (b - from - 1));
            }
          }
        }
      }
      List<List<String>> rows = new ArrayList<>();
      List<String> current = emptyRow(c);
      rows.add(current);
      for (int[] s : spans) {
        if (s[0] < 0) {
          current = emptyRow(c);
          rows.add(current);
        } else {
          current.set(s[2], text(words, s[0], s[1]));
        }
      }
      return rows;
    }

    /**
     * Whether a run may name an unnumbered sub-row: not a list of agencies going on ("Hiệp hội doanh nghiệp;",
     * "Sở, ngành phụ trách lĩnh vực;", a registry unit) — those are the wrapped last cell of the row above.
     */
    private boolean subRowName(String text) {
      char end = text.charAt(text.length() - 1);
      if (end == ';' || end == ',' || text.indexOf(';') >= 0) {
        return false;
      }
      String f = fold(text.length() > 60 ? text.substring(0, 60) : text);
      return !registry(text) && !startsWithAny(f + " ", GENERIC_AGENCIES) && !f.startsWith("hiep hoi")
          && !f.startsWith("hoi ");
    }

    private static List<String> emptyRow(int c) {
      List<String> r = new ArrayList<>();
      for (int i = 0; i < c; i++) {
        r.add("");
      }
      return r;
    }

    private static boolean relax(double[][] score, int[][] fromK, int[][] fromJ, int k, int j, int k2, int j2,
        double s) {
      if (s > score[k2][j2]) {
        score[k2][j2] = s;
        fromK[k2][j2] = k;
        fromJ[k2][j2] = j;
        return true;
      }
      return false;
    }

    /**
     * Words {@code from..to} as a text or output cell reads them: whole when short; else their first 41 characters
     * or more, a space and the last word — the same first 40 characters, first and last word and length over 40,
     * which is all {@link #cell} looks at for these columns, without building a long run for every span.
     */
    private static String run(List<Word> words, int[] cum, int from, int to) {
      if (cum[to] - cum[from] + (to - from - 1) <= 80) {
        return text(words, from, to);
      }
      StringBuilder b = new StringBuilder();
      int i = from;
      while (i < to - 1 && b.length() <= 40) {
        b.append(b.length() > 0 ? " " : "").append(words.get(i).text());
        i++;
      }
      if (i < to - 1) {
        b.append(" ").append(words.get(to - 1).text());
        return b.toString();
      }
      return text(words, from, to);
    }

    private static String text(List<Word> words, int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        b.append(b.length() > 0 ? " " : "").append(words.get(i).text());
      }
      return b.toString();
    }

    /** What beginning a cell at word k is worth; {@code neg} where a cell cannot begin. */
    private static double boundary(List<Word> words, int k, boolean continuation) {
      Word w = words.get(k);
      boolean cap = capital(w.text());
      if (w.lineStart()) {
        return continuation ? 0 : cap ? 0.5 : -1.5;
      }
      if (cap) {
        return -1;
      }
      return continuation ? -1.5 : -1e9;
    }

    private static boolean capital(String word) {
      if (DASH.matcher(word).matches() || word.startsWith("- ")) {
        return true; // a bullet ("- Xây dựng kế hoạch") begins a cell as a capital does
      }
      int cp = word.codePointAt(0);
      return Character.isUpperCase(cp) || Character.isDigit(cp) || "≥≤<>\"“(".indexOf(word.charAt(0)) >= 0;
    }

    /** How well {@code text} reads as a cell of the column (joined to its part before a page break). */
    double cell(Column col, String text, List<String> prefix, int j, boolean continued) {
      return cell(col, text, prefix, j, continued, null);
    }

    /** As above, with the whole cell's folded text when the caller has it (else null). */
    double cell(Column col, String text, List<String> prefix, int j, boolean continued, String wholeFolded) {
      String whole = prefix == null ? text : join(prefix.get(j), text);
      if (whole.isEmpty()) {
        return switch (col.type()) {
          case TEXT -> j == 1 ? -3 : 0;
          case OUTPUT -> 0;
          // every task has a lead agency; the coordinating ones may be left out
          case AGENCY -> leadRequired && !continued && col.label().equals("Cơ quan chủ trì") ? -3 : -0.5;
          default -> -0.5;
        };
      }
      int words = col.type() == Type.TEXT || col.type() == Type.OUTPUT ? 0 : whole.split(" ").length;
      // typed cells are short: "Quý IV/2026", "9.615.243", a few agencies — no need to read long runs as them
      switch (col.type()) {
        case MONEY -> {
          if (words > 1) {
            return -6;
          }
        }
        case TIME, VALUE -> {
          int open = col.type() == Type.TIME ? whole.indexOf('(') : -1;
          if ((open > 0 ? SPACE_RUN.split(whole.substring(0, open).strip()).length : words) > 10) {
            // a time written out as prose ("- Xây dựng kế hoạch …: Bắt đầu từ quý") goes on after a page break
            return (prefix != null && SPACE_RUN.split(prefix.get(j)).length > 8) || continued ? -1 : -3;
          }
        }
        case AGENCY -> {
          if (words > MAX_AGENCY_WORDS) {
            return -2;
          }
        }
        default -> { }
      }
      String last = whole.substring(whole.lastIndexOf(' ') + 1);
      String f = col.type() == Type.TEXT ? "" : wholeFolded != null ? wholeFolded
          : fold(col.type() == Type.OUTPUT && whole.length() > 40 ? whole.substring(0, 40) : whole);
      double s = 0;
      if (!continued) {
        if (DANGLING.contains(fold(last)) || ",;-–".indexOf(whole.charAt(whole.length() - 1)) >= 0) {
          // a task's name does not end on a comma, nor a list of agencies on a semicolon: more is to come
          s -= (col.type() == Type.TEXT || col.type() == Type.AGENCY)
              && ",;-–".indexOf(whole.charAt(whole.length() - 1)) >= 0 ? 4.5 : 2.5;
        }
      }
      if (!capital(whole) && (!continued || prefix == null || prefix.get(j).isEmpty())) {
        s -= 2; // a cell starts with a capital, also one a page break cuts
      }
      return s + switch (col.type()) {
        case CODE, TEXT -> 0;
        case OUTPUT -> startsWithAny(f, OUTPUT_WORDS) || "≥≤".indexOf(whole.charAt(0)) >= 0
            || Character.isDigit(whole.charAt(0)) ? 1 : -0.3;
        case AGENCY -> registry(whole) ? 5 : agency(whole, f, continued) ? 3.5 : -2;
        case TIME -> time(timeFolded(whole, f), continued)
            && (capital(whole) || (prefix != null && !prefix.get(j).isEmpty())) ? 4 : -3;
        case VALUE -> VALUE.matcher(whole).matches() && SPACE_RUN.split(whole).length <= 8 ? 3 : -2;
        case MONEY -> AMOUNT.matcher(whole).matches() ? 3 : -6;
      };
    }

    private String fold(String text) {
      return folds.computeIfAbsent(text, VietnameseText::fold);
    }

    private boolean agency(String text, String folded, boolean continued) {
      String key = (continued ? "+" : "-") + text;
      Boolean known = agencyReadings.get(key);
      if (known == null) {
        known = readsAsAgency(text, folded, continued);
        agencyReadings.put(key, known);
      }
      return known;
    }

    private boolean readsAsAgency(String text, String folded, boolean continued) {
      if (SPACE_RUN.split(text).length > MAX_AGENCY_WORDS) {
        return false;
      }
      if (registry(text)) {
        return true;
      }
      // "Ủy ban Mặt trận Tổ quốc tỉnh (Hội Liên hiệp Phụ nữ tỉnh; …)", "… có liên quan ...": what is in brackets
      // and the dots say nothing of whether the cell names agencies
      String bare = ASIDES.matcher(text).replaceAll(" ").strip();
      if (!bare.equals(text)) {
        if (bare.isEmpty() || !capital(bare)) {
          return false;
        }
        text = SPACE_RUN.matcher(bare).replaceAll(" ");
        folded = fold(text);
      }
      if (A_YEAR.matcher(text).find()) {
        return false; // "… UBND các xã, phường Trong năm 2026": the time cell after the agencies
      }
      for (String part : AGENCY_SPLIT.split(text)) {
        String f = part.equals(text) ? folded : fold(part);
        if (f.isEmpty()) {
          continue;
        }
        if (registry(part)) {
          continue;
        }
        if (!startsWithAny(f + " ", GENERIC_AGENCIES) || !(named(f) || continued)
            || INNER_AGENCY.matcher(part).find()) {
          return false;
        }
        if (!continued && f.startsWith("so ") && !department(f.substring(3))) {
          return false; // "Sở Khoa học" alone is the first line of "Sở Khoa học và Công nghệ"
        }
      }
      return !folded.isEmpty();
    }

    /** "khoa hoc va cong nghe" or "khoa hoc va cong nghe lien hiep cac hoi …": a department's whole name first. */
    private static boolean department(String folded) {
      for (String d : DEPARTMENTS) {
        if (folded.equals(d) || folded.startsWith(d + " ")) {
          return true;
        }
      }
      return false;
    }

    /** More than the generic head ("Ủy ban" is the first line of "Ủy ban nhân dân tỉnh"), or a name in itself. */
    private static boolean named(String folded) {
      if (COMPLETE_AGENCIES.contains(folded)) {
        return true;
      }
      for (String head : GENERIC_AGENCIES) {
        String h = head.strip();
        if (folded.startsWith(h + " ") && folded.length() > h.length() + 1) {
          return true;
        }
      }
      return false;
    }

    private boolean registry(String text) {
      // a unit's name, or a few of them, starts with a capital and is short; a longer cell is read in its parts
      if (text.length() > 120 || !capital(text)) {
        return false;
      }
      if (JOINED_AGENCY.matcher(text).find()) {
        return false; // "Sở Khoa học và Công nghệ Các sở, ngành": two cells' agencies, the registry reads both
      }
      if (!startsWithAny(fold(text.length() > 40 ? text.substring(0, 40) : text) + " ", GENERIC_AGENCIES)) {
        return false; // an agency cell begins as one ("Sở", "UBND", "Các", "Hội" …); the registry's fuzzy match is dear
      }
      return resolved.computeIfAbsent(text, t -> {
        AgencyText a = agencies.resolve(t);
        return a != null && !a.unitIds().isEmpty() && a.unresolved().isEmpty();
      });
    }

    /** A time's text without its remark in brackets ("Trong năm 2026 (Dự án kéo dài thực hiện từ 2025 - 2027)"). */
    private String timeFolded(String whole, String folded) {
      int open = whole.indexOf('(');
      return open <= 0 ? folded : fold(whole.substring(0, open));
    }

    private static boolean time(String folded, boolean continued) {
      String[] ws = folded.split(" ");
      boolean anchor = false;
      for (String w : ws) {
        if (!TIME_WORDS.contains(w) && !YEAR_OR_NUMBER.matcher(w).matches()) {
          return false;
        }
        anchor |= A_YEAR.matcher(w).matches() || w.equals("xuyen") || w.equals("hang") || w.equals("ky");
      }
      return anchor || continued;
    }

    private static boolean startsWithAny(String folded, List<String> starts) {
      for (String s : starts) {
        if (folded.startsWith(s) && (folded.length() == s.length() || s.endsWith(" ")
            || folded.charAt(s.length()) == ' ')) {
          return true;
        }
      }
      return false;
    }
  }
}
