package vn.innohub.plan.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.importing.ParsedPlan.BudgetLine;
import vn.innohub.plan.importing.ParsedPlan.BudgetTotal;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.plan.importing.ParsedPlan.Section;
import vn.innohub.plan.importing.ParsedPlan.SourceLine;
import vn.innohub.plan.importing.ParsedPlan.Target;
import vn.innohub.plan.importing.ParsedPlan.Task;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.text.VietnameseText;

/**
 * Understands a plan from its text as copied from Word or PDF (or produced from a DOCX): the header (number, date,
 * title, period, legal bases), tab-separated appendix tables of targets, tasks and budget — whatever their column
 * order, with header rows repeated at page breaks and cells continued on the next row — and prose plans whose
 * numbered items carry "Cơ quan chủ trì / phối hợp / Thời gian thực hiện" lines. Keywords are matched on
 * accent-less text, so OCR output without diacritics is read too. Lines that were not used are returned.
 */
public final class PlanTextParser {

  private static final Pattern ROMAN = Pattern.compile("^([IVXLC]+)\\s*[.)]\\s*(.+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\S.*)$");
  private static final Pattern ROW_CODE = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?$");
  private static final Pattern ROMAN_CODE = Pattern.compile("^[IVXLC]{1,5}\\.?$");
  // Keys are matched after folding, which drops accents and punctuation: "b) Cơ quan chủ trì thực hiện" → "b co quan chu tri thuc hien".
  private static final Pattern AGENCY = Pattern.compile("^(?:[a-e] )?co quan (chu tri|thuc hien|phoi hop|tham muu)( [a-z ]*)?$");
  private static final Pattern TIME = Pattern.compile("^(?:[a-e] )?thoi gian( thuc hien)?$");
  private static final Pattern OUTPUT = Pattern.compile("^(?:[a-e] )?(?:ket qua|san pham)( [a-z ]*)?$");
  private static final Pattern PLACE_DATE = Pattern.compile(
      // with or without diacritics (OCR output loses them: "Lao Cai, ngay 15 thang 01 nam 2026")
      "^(.+?),\\s*ng(?:ày|ay)\\s*(\\d{0,2})\\s*th(?:áng|ang)\\s*(\\d{0,2})\\s*n(?:ăm|am)\\s*(\\d{4})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PERIOD = Pattern.compile("(20\\d{2})\\s*[-–]\\s*(20\\d{2})");
  private static final Pattern SINGLE_YEAR = Pattern.compile("nam\\s+(20\\d{2})");
  private static final Pattern YEAR_COLUMN = Pattern.compile("^(?:nam\\s*)?(20\\d{2})$");

  private final AgencyLookup agencies;
  private final Map<String, AgencyText> cache = new HashMap<>();

  public PlanTextParser(AgencyLookup agencies) {
    this.agencies = agencies;
  }

  /** Column roles of appendix tables. */
  private enum Col { CODE, NAME, CONTENT, VALUE, AGGREGATOR, LEAD, COORDINATING, TIME, OUTPUT, SOURCE, TOTAL, YEAR }

  private enum TableKind { TARGETS, TASKS, BUDGET }

  private record Table(TableKind kind, Map<Integer, Col> columns, Map<Integer, Integer> yearOf) {}

  /** A row being assembled from its first line and continuation lines. */
  private static final class Row {
    final Map<Integer, StringBuilder> cells = new LinkedHashMap<>();
    final String section;
    final int line;
    /** For a sub-indicator printed without a number: the code given to it and its numbered target's code. */
    String code;
    String parentCode;

    Row(String section, int line) {
      this.section = section;
      this.line = line;
    }

    void add(int column, String text) {
      if (!text.isBlank()) {
        StringBuilder b = cells.computeIfAbsent(column, c -> new StringBuilder());
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(text.strip());
      }
    }

    String get(Map<Integer, Col> columns, Col col) {
      StringBuilder out = new StringBuilder();
      columns.forEach((index, c) -> {
        if (c == col && cells.containsKey(index)) {
          if (out.length() > 0) {
            out.append("; ");
          }
          out.append(cells.get(index));
        }
      });
      return VietnameseText.tidy(out.toString());
    }
  }

  /** Parses the lines of a document. The plan period defaults to {@code fallbackYear} when the text names none. */
  public ParsedPlan parse(List<String> rawLines, int fallbackYear) {
    return parse(rawLines, fallbackYear, ParseOptions.DEFAULT);
  }

  /** Parses the lines of a document, parent rows of task tables arranged as {@code options} say. */
  public ParsedPlan parse(List<String> rawLines, int fallbackYear, ParseOptions options) {
    List<String> lines = new ArrayList<>(rawLines.size());
    for (String raw : rawLines) {
      lines.add(Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u00A0', ' ').stripTrailing());
    }
    BitSet used = new BitSet(lines.size());
    Header header = header(lines, used, fallbackYear);
    List<Section> sections = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<BudgetLine> budget = new ArrayList<>();
    List<BudgetTotal> totals = new ArrayList<>();
    tables(lines, used, header, sections, targets, tasks, budget, totals);
    prose(lines, used, header, sections, targets, tasks);
    List<SourceLine> unparsed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!used.get(i) && !lines.get(i).isBlank()) {
        unparsed.add(new SourceLine(i + 1, lines.get(i).strip()));
      }
    }
    List<String> warnings = new ArrayList<>();
    if (targets.isEmpty() && tasks.isEmpty()) {
      warnings.add("plan.import.nothingFound");
    }
    ParsedPlan asPrinted = new ParsedPlan(header.number, header.date, header.place, header.title, header.issuer,
        header.from, header.to, header.legalBases, sections, targets, tasks, budget, unparsed, warnings, totals,
        new ParseOptions(ParseOptions.ParentRows.TASKS), List.of());
    return SubTasks.arrange(asPrinted, options);
  }

  // ---------------------------------------------------------------- header

  private static final class Header {
    String number;
    LocalDate date;
    String place;
    String title;
    AgencyText issuer = AgencyText.empty();
    int from;
    int to;
    final List<String> legalBases = new ArrayList<>();
  }

  private Header header(List<String> lines, BitSet used, int fallbackYear) {
    Header h = new Header();
    int limit = Math.min(lines.size(), 60);
    for (int i = 0; i < limit; i++) {
      String line = lines.get(i).strip();
      String f = VietnameseText.fold(line);
      if (h.number == null && f.startsWith("so ") && line.contains("/")) {
        String n = line.substring(line.indexOf(':') + 1).replaceAll("\\s+", "").strip();
        h.number = n.startsWith("/") ? null : n;
        used.set(i);
        if (n.startsWith("/")) {
          h.number = null;
        }
        continue;
      }
      Matcher pd = PLACE_DATE.matcher(line);
      if (h.place == null && pd.find()) {
        h.place = pd.group(1).strip();
        try {
          if (!pd.group(2).isEmpty() && !pd.group(3).isEmpty()) {
            h.date = LocalDate.of(Integer.parseInt(pd.group(4)), Integer.parseInt(pd.group(3)), Integer.parseInt(pd.group(2)));
          }
        } catch (DateTimeException e) {
          h.date = null;
        }
        if (h.date == null) {
          fallbackYear = Integer.parseInt(pd.group(4));
        } else {
          fallbackYear = h.date.getYear();
        }
        used.set(i);
        continue;
      }
      if (h.title == null && f.equals("ke hoach")) {
        used.set(i);
        StringBuilder title = new StringBuilder();
        for (int j = i + 1; j < lines.size() && j < i + 6; j++) {
          String t = lines.get(j).strip();
          String tf = VietnameseText.fold(t);
          if (t.isEmpty() && title.length() > 0) {
            break;
          }
          if (tf.startsWith("can cu") || tf.startsWith("thuc hien") || ROMAN.matcher(t).matches()) {
            break;
          }
          if (!t.isEmpty()) {
            title.append(title.length() > 0 ? " " : "").append(t);
            used.set(j);
          }
        }
        h.title = title.toString();
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String f = VietnameseText.fold(lines.get(i));
      if (f.startsWith("can cu ") || (f.startsWith("thuc hien nghi quyet") && h.legalBases.isEmpty())) {
        h.legalBases.add(lines.get(i).strip());
        used.set(i);
      }
    }
    String titleFolded = VietnameseText.fold(h.title);
    Matcher period = PERIOD.matcher(h.title == null ? "" : h.title);
    Matcher single = SINGLE_YEAR.matcher(titleFolded);
    if (period.find()) {
      h.from = Integer.parseInt(period.group(1));
      h.to = Integer.parseInt(period.group(2));
    } else if (single.find()) {
      h.from = Integer.parseInt(single.group(1));
      h.to = h.from;
    } else {
      h.from = fallbackYear;
      h.to = fallbackYear;
    }
    String province = h.place == null ? "" : h.place;
    h.issuer = agency("Ủy ban nhân dân tỉnh" + (province.isEmpty() ? "" : " " + province));
    if (h.title == null) {
      h.title = "";
    }
    return h;
  }

  // ---------------------------------------------------------------- tables

  private void tables(List<String> lines, BitSet used, Header header, List<Section> sections, List<Target> targets,
      List<Task> tasks, List<BudgetLine> budget, List<BudgetTotal> totals) {
    Table table = null;
    String section = null;
    Row row = null;
    BudgetTable money = null;
    int captionLine = -10;
    int firstTask = tasks.size();
    Row parentTarget = null; // the numbered target that unnumbered sub-indicator rows below belong to
    int subIndicators = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.contains("\t")) {
        if (line.isBlank()) {
          continue;
        }
        if (table != null) {
          emit(table, row, header, targets, tasks, budget);
          row = null;
          table = null;
          section = null;
          finish(money, budget, totals);
          money = null;
          nest(tasks, firstTask);
          firstTask = tasks.size();
          parentTarget = null;
        }
        if (VietnameseText.fold(line).contains("trieu dong")) {
          captionLine = i; // "ĐVT: triệu đồng", "Kinh phí (triệu đồng)" above the table says it is about money
        }
        continue;
      }
      String[] cells = line.split("\t", -1);
      Table detected = detect(cells, i - captionLine <= 5);
      if (detected != null) {
        if (table == null || table.kind() != detected.kind()) {
          emit(table, row, header, targets, tasks, budget);
          row = null;
          section = null;
          finish(money, budget, totals);
          nest(tasks, firstTask);
          firstTask = tasks.size();
          parentTarget = null;
          money = detected.kind() == TableKind.BUDGET ? new BudgetTable(budget.size()) : null;
          if (money != null && i - captionLine <= 5) {
            used.set(captionLine);
          }
        }
        table = detected;
        used.set(i);
        continue;
      }
      if (table == null) {
        continue;
      }
      used.set(i);
      String first = cells[0].strip();
      String rest = String.join(" ", java.util.Arrays.copyOfRange(cells, 1, cells.length)).strip();
      boolean headingCode = ROMAN_CODE.matcher(first).matches() || first.matches("[A-ZĐ]\\.?");
      long filled = java.util.Arrays.stream(cells).skip(1).filter(c -> !c.isBlank()).count();
      if (money != null && yearsOnly(cells, table)) {
        continue; // the second line of a two-line header: "Chia ra các năm" above "2026 … 2030"
      }
      if (money != null && isGrandTotal(cells, table)) {
        emit(table, row, header, targets, tasks, budget);
        row = null;
        Row total = new Row(section, i + 1);
        fill(total, cells, table);
        String word = VietnameseText.tidy(nameOrFirst(cells, table));
        if (section != null && VietnameseText.fold(word).equals("cong")) {
          // "Cộng" closing a section is that section's subtotal, not the grand total
          int dot = section.indexOf(". ");
          String closed = section;
          money.printed.removeIf(x -> x.kind() == BudgetTotal.Kind.GROUP && closed.equals(x.section())
              && x.total() == null && x.byYear().isEmpty()); // the section row printed no amounts: this row does
          money.printed.add(new Printed(BudgetTotal.Kind.GROUP, dot > 0 ? section.substring(0, dot) : "",
              dot > 0 ? section.substring(dot + 2) : section, section, total, table));
        } else {
          money.printed.add(new Printed(BudgetTotal.Kind.GRAND, "", word, null, total, table));
        }
        continue;
      }
      if (headingCode && (filled == 1 || money != null) && table.kind() != TableKind.TARGETS) {
        emit(table, row, header, targets, tasks, budget);
        row = null;
        String code = first.replace(".", "");
        String title = VietnameseText.tidy(money == null ? rest : nameOrFirst(cells, table));
        section = code + ". " + title;
        sections.add(new Section(code, title));
        if (money != null) {
          Row group = new Row(section, i + 1);
          fill(group, cells, table);
          money.printed.add(new Printed(BudgetTotal.Kind.GROUP, code, title, section, group, table));
        }
        continue;
      }
      if (table.kind() == TableKind.TARGETS && parentTarget != null && !ROW_CODE.matcher(first).matches()
          && subIndicator(cells, first, table, parentTarget)) {
        emit(table, row, header, targets, tasks, budget);
        row = new Row(section, i + 1);
        String parentCode = parentTarget.get(table.columns(), Col.CODE).replaceAll("\\.$", "");
        String letter = first.matches("[a-zđ][.)]?") ? first.substring(0, 1) : String.valueOf((char) ('a' + subIndicators));
        row.code = parentCode + "." + letter;
        row.parentCode = parentCode;
        subIndicators++;
        for (int c = 0; c < cells.length; c++) {
          Col col = table.columns().get(c);
          if (col != null && col != Col.CODE) {
            row.add(c, col == Col.NAME ? SUB_MARK.matcher(cells[c].strip()).replaceFirst("") : cells[c]);
          }
        }
        continue;
      }
      if (ROW_CODE.matcher(first).matches()) {
        emit(table, row, header, targets, tasks, budget);
        row = new Row(section, i + 1);
        if (table.kind() == TableKind.TARGETS) {
          parentTarget = row;
          subIndicators = 0;
        }
      } else if (!first.isEmpty() && row != null && rest.isEmpty()) {
        row.add(firstColumn(table), first); // a wrapped name in the first column
        continue;
      } else if (!first.isEmpty()) {
        emit(table, row, header, targets, tasks, budget);
        row = new Row(section, i + 1);
      }
      if (row == null) {
        row = new Row(section, i + 1);
      }
      fill(row, cells, table);
    }
    emit(table, row, header, targets, tasks, budget);
    finish(money, budget, totals);
    nest(tasks, firstTask);
  }

  // ---------------------------------------------------------------- sub-tasks and sub-indicators

  private static final Pattern SUB_MARK = Pattern.compile("^(?:[-+•*–]|[a-zđ]\\))\\s*");
  private static final Pattern LETTER_CODE = Pattern.compile("^[a-zđ]$");
  private static final Pattern BULLET_CODE = Pattern.compile("^[-+•*–]$");

  /**
   * Chỉ tiêu con: an unnumbered row under a numbered target that names an indicator of its own — a "-" or "a)"
   * in the number column, or a name of its own with a value of its own. A row without a value of its own, or whose
   * text goes on in lower case, is the previous row's cells wrapped onto the next line.
   */
  private static boolean subIndicator(String[] cells, String first, Table table, Row parent) {
    StringBuilder name = new StringBuilder();
    StringBuilder value = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      Col col = table.columns().get(c);
      if (col == Col.NAME) {
        name.append(cells[c].strip());
      } else if (col == Col.VALUE) {
        value.append(cells[c].strip());
      }
    }
    String own = SUB_MARK.matcher(name).replaceFirst("");
    if (own.isEmpty()) {
      return false;
    }
    if (first.matches("[-+•*–]|[a-zđ][.)]?")) {
      return true; // marked in the number column
    }
    boolean valueColumn = table.columns().containsValue(Col.VALUE);
    boolean ownValue = valueColumn ? value.toString().matches(".*\\d.*")
        : !QuantityParser.all(own).isEmpty();
    if (!ownValue) {
      return false;
    }
    boolean marked = own.length() < name.length();
    boolean parentWithoutValue = valueColumn && parent.get(table.columns(), Col.VALUE).isEmpty();
    return marked || parentWithoutValue || Character.isUpperCase(own.codePointAt(0));
  }

  /**
   * Sets {@code parentCode} on the sub-tasks of the task table that starts at {@code from}: "1.2" under the nearest
   * "1" above it in the same section, a lettered row "a" under the nearest numbered row, a "-" row under the nearest
   * numbered or lettered row.
   */
  private static void nest(List<Task> tasks, int from) {
    for (int i = from; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      String code = t.code();
      int dot = code.lastIndexOf('.');
      String parent = null;
      for (int j = i - 1; j >= from && parent == null; j--) {
        Task above = tasks.get(j);
        if (!java.util.Objects.equals(above.section(), t.section())) {
          break;
        }
        String c = above.code();
        if (ROW_CODE.matcher(code).matches() && dot > 0) {
          parent = c.equals(code.substring(0, dot)) ? c : null;
        } else if (LETTER_CODE.matcher(code).matches()) {
          parent = ROW_CODE.matcher(c).matches() ? c : null;
        } else if (BULLET_CODE.matcher(code).matches()) {
          parent = ROW_CODE.matcher(c).matches() || LETTER_CODE.matcher(c).matches() ? c : null;
        } else {
          break;
        }
      }
      if (parent != null) {
        tasks.set(i, new Task(t.code(), t.seq(), t.section(), t.name(), t.content(), t.lead(), t.coordinating(),
            t.schedule(), t.outputs(), t.outputQuantities(), t.line(), t.flags(), parent));
      }
    }
  }

  private static void fill(Row row, String[] cells, Table table) {
    for (int c = 0; c < cells.length; c++) {
      if (table.columns().containsKey(c)) {
        row.add(c, cells[c]);
      }
    }
  }

  private static final Pattern GRAND_TOTAL = Pattern.compile("^(?:tong cong|tong so|tong|cong|tong kinh phi|tong cong kinh phi)$");

  /** "Tổng cộng", "Tổng số" … in the code or name column: the printed grand total, not a budget line. */
  private static boolean isGrandTotal(String[] cells, Table table) {
    for (int c = 0; c < cells.length && c < 3; c++) {
      Col col = table.columns().get(c);
      if ((c == 0 || col == Col.NAME || col == Col.CODE) && GRAND_TOTAL.matcher(VietnameseText.fold(cells[c])).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A row whose only cells are years, under a header whose year columns it names. */
  private static boolean yearsOnly(String[] cells, Table table) {
    boolean any = false;
    Map<Integer, Integer> years = new HashMap<>();
    for (int c = 0; c < cells.length; c++) {
      if (cells[c].isBlank()) {
        continue;
      }
      Matcher y = YEAR_COLUMN.matcher(VietnameseText.fold(cells[c]));
      if (!y.matches()) {
        return false;
      }
      years.put(c, Integer.parseInt(y.group(1)));
      any = true;
    }
    if (any) {
      years.forEach((c, y) -> {
        table.columns().put(c, Col.YEAR);
        table.yearOf().put(c, y);
      });
    }
    return any;
  }

  private static String nameOrFirst(String[] cells, Table table) {
    StringBuilder b = new StringBuilder();
    table.columns().forEach((c, col) -> {
      if (col == Col.NAME && c < cells.length && !cells[c].isBlank()) {
        b.append(b.length() > 0 ? " " : "").append(cells[c].strip());
      }
    });
    if (b.length() == 0) {
      for (int c = 1; c < cells.length; c++) {
        if (!cells[c].isBlank()) {
          return cells[c].strip();
        }
      }
      return cells[0].strip();
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- budget totals

  /** A total row as printed: its amounts, read from the row's cells. */
  private record Printed(BudgetTotal.Kind kind, String code, String label, String section, BigDecimal total,
      Map<Integer, BigDecimal> byYear, int line) {

    Printed(BudgetTotal.Kind kind, String code, String label, String section, Row row, Table table) {
      this(kind, code, label, section, amount(row.get(table.columns(), Col.TOTAL)), amounts(row, table), row.line);
    }
  }

  private static BigDecimal amount(String text) {
    return Texts.parsed(text, VietnameseNumbers::parse);
  }

  private static Map<Integer, BigDecimal> amounts(Row row, Table table) {
    Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
    table.yearOf().forEach((column, year) -> {
      StringBuilder cell = row.cells.get(column);
      BigDecimal a = cell == null ? null : amount(cell.toString());
      if (a != null) {
        byYear.put(year, a);
      }
    });
    return byYear;
  }

  /** The budget lines and printed totals of one budget table, checked when the table ends. */
  private static final class BudgetTable {
    final int firstLine;
    final List<Printed> printed = new ArrayList<>();

    BudgetTable(int firstLine) {
      this.firstLine = firstLine;
    }
  }

  /**
   * Turns parent rows (a row "1" followed by rows "1.1", "1.2" of the same section) into groups, and checks every
   * printed total — grand, section and parent rows, total column and each year — against the sum of its lines.
   */
  private static void finish(BudgetTable money, List<BudgetLine> budget, List<BudgetTotal> totals) {
    if (money == null) {
      return;
    }
    List<BudgetLine> lines = new ArrayList<>(budget.subList(money.firstLine, budget.size()));
    List<Printed> groups = new ArrayList<>();
    List<BudgetLine> leaves = new ArrayList<>();
    for (BudgetLine l : lines) {
      boolean parent = !l.code().isEmpty() && lines.stream().anyMatch(o -> o != l
          && java.util.Objects.equals(o.section(), l.section()) && o.code().startsWith(l.code() + "."));
      if (parent) {
        groups.add(new Printed(BudgetTotal.Kind.GROUP, l.code(), l.label(), l.section(), l.total(),
            l.byYear(), l.line()));
      } else {
        leaves.add(l);
      }
    }
    List<BudgetLine> placed = new ArrayList<>();
    for (BudgetLine l : leaves) {
      String group = l.section();
      String best = "";
      for (Printed g : groups) {
        if (java.util.Objects.equals(g.section(), l.section()) && l.code().startsWith(g.code() + ".")
            && g.code().length() > best.length()) {
          best = g.code();
          group = g.code() + ". " + g.label();
        }
      }
      placed.add(new BudgetLine(l.label(), l.source(), l.total(), l.byYear(), l.line(), l.flags(), l.code(),
          l.section(), group, l.lead(), l.coordinating()));
    }
    budget.subList(money.firstLine, budget.size()).clear();
    budget.addAll(placed);
    List<Printed> all = new ArrayList<>(money.printed);
    all.addAll(groups);
    all.sort(java.util.Comparator.comparingInt(Printed::line));
    for (Printed p : all) {
      List<BudgetLine> members = placed.stream().filter(l -> switch (p.kind()) {
        case GRAND -> true;
        case GROUP -> p.code().matches("\\d.*")
            ? java.util.Objects.equals(l.section(), p.section()) && l.code().startsWith(p.code() + ".")
            : java.util.Objects.equals(l.section(), p.section());
      }).toList();
      BigDecimal sum = BigDecimal.ZERO;
      Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
      for (BudgetLine l : members) {
        sum = sum.add(l.total() == null ? BigDecimal.ZERO : l.total());
        l.byYear().forEach((y, a) -> byYear.merge(y, a, BigDecimal::add));
      }
      List<BudgetTotal.Mismatch> mismatches = new ArrayList<>();
      if (p.total() != null && p.total().compareTo(sum) != 0) {
        mismatches.add(new BudgetTotal.Mismatch(null, p.total(), sum));
      }
      for (Map.Entry<Integer, BigDecimal> e : p.byYear().entrySet()) {
        BigDecimal computed = byYear.getOrDefault(e.getKey(), BigDecimal.ZERO);
        if (e.getValue().compareTo(computed) != 0) {
          mismatches.add(new BudgetTotal.Mismatch(e.getKey(), e.getValue(), computed));
        }
      }
      totals.add(new BudgetTotal(p.kind(), p.code(), p.label(), p.total(), p.byYear(), sum, byYear, mismatches,
          p.line(), mismatches.isEmpty() ? List.of() : List.of(Flag.BUDGET_TOTAL_MISMATCH)));
    }
  }

  private static int firstColumn(Table table) {
    return table.columns().entrySet().stream().filter(e -> e.getValue() == Col.NAME).map(Map.Entry::getKey)
        .findFirst().orElse(1);
  }

  /** Recognises a header row by its words; returns null for data rows. */
  private static Table detect(String[] cells, boolean moneyCaption) {
    if (cells.length == 0 || cells[0].strip().matches("\\d.*")) {
      return null; // data rows start with their number; a header row never does
    }
    Map<Integer, Col> columns = new LinkedHashMap<>();
    Map<Integer, Integer> yearOf = new HashMap<>();
    boolean task = false;
    boolean target = false;
    boolean money = false;
    boolean inMillions = moneyCaption;
    int known = 0;
    for (int c = 0; c < cells.length; c++) {
      String f = VietnameseText.fold(cells[c]);
      inMillions |= f.contains("trieu dong");
      Col col = null;
      Matcher year = YEAR_COLUMN.matcher(f);
      if (f.equals("stt") || f.equals("tt") || f.equals("so tt") || f.equals("so thu tu")
          || (c == 0 && f.matches("s?tt [\\p{L}.]{1,4}"))) { // "STT địa": a speck of the scan beside it
        col = Col.CODE;
      } else if (f.contains("tong hop") || f.matches(".*\\btong\\b.*\\bhop\\b.*")) {
        // "Cơ quan tổng hợp", also as OCR reads it ("cơ TÔNG È.donài HỢP"): never a money column
        col = Col.AGGREGATOR;
      } else if (f.contains("chu tri")) {
        col = Col.LEAD;
      } else if (f.contains("phoi hop")) {
        col = Col.COORDINATING;
      } else if ((f.startsWith("co quan") || f.startsWith("don vi")) && f.contains("thuc hien")) {
        col = Col.LEAD; // "Cơ quan thực hiện", "Đơn vị thực hiện": the agency that carries the task out
      } else if (f.contains("thoi gian") || f.contains("tien do")) {
        col = Col.TIME;
      } else if (f.contains("san pham") || f.startsWith("ket qua")) {
        col = Col.OUTPUT;
      } else if (f.contains("noi dung") && columns.containsValue(Col.NAME)) {
        // "Nội dung thực hiện (nhiệm vụ)", "Nội dung hoạt động" beside the task's name: the content, not a second name
        col = Col.CONTENT;
      } else if (f.contains("nhiem vu") || f.contains("ten de an") || f.contains("hoat dong")) {
        col = Col.NAME;
        task = true;
      } else if (f.contains("muc tieu") || f.contains("chi tieu")) {
        col = columns.containsValue(Col.NAME) ? Col.VALUE : Col.NAME;
        target = true;
      } else if (f.contains("noi dung")) {
        col = columns.containsValue(Col.NAME) ? Col.CONTENT : Col.NAME;
      } else if (f.contains("giai doan") || f.contains("gia tri") || f.contains("den nam")) {
        col = Col.VALUE;
      } else if (f.contains("nguon")) {
        col = Col.SOURCE;
        money = true;
      } else if (f.contains("tong") || f.contains("kinh phi")) {
        col = Col.TOTAL;
        money = true;
      } else if (year.matches()) {
        col = Col.YEAR;
        yearOf.put(c, Integer.parseInt(year.group(1)));
        money = true;
      }
      if (col != null) {
        columns.put(c, col);
        known++;
      }
    }
    if (known < 3 || !columns.containsValue(Col.NAME) && !(money && columns.containsValue(Col.CODE))) {
      return null;
    }
    // A money table is a budget table whatever other columns it has: year columns, a "triệu đồng" caption, or a
    // total column in a table without a time column (a task table may print one "Kinh phí" beside its schedule).
    boolean moneyTable = !yearOf.isEmpty() || (columns.containsValue(Col.TOTAL)
        && (inMillions || !columns.containsValue(Col.TIME)));
    TableKind kind = money && (moneyTable || !columns.containsValue(Col.LEAD)) ? TableKind.BUDGET
        : task || columns.containsValue(Col.TIME) ? TableKind.TASKS : target ? TableKind.TARGETS : TableKind.TASKS;
    if (kind == TableKind.BUDGET && !columns.containsValue(Col.NAME)) {
      columns.entrySet().stream().filter(e -> e.getValue() == Col.CODE).findFirst()
          .ifPresent(e -> columns.put(e.getKey() + 1, columns.getOrDefault(e.getKey() + 1, Col.NAME)));
    }
    return new Table(kind, columns, yearOf);
  }

  private void emit(Table table, Row row, Header header, List<Target> targets, List<Task> tasks, List<BudgetLine> budget) {
    if (table == null || row == null || row.cells.isEmpty()) {
      return;
    }
    Map<Integer, Col> cols = table.columns();
    String code = row.code != null ? row.code : row.get(cols, Col.CODE).replaceAll("\\.$", "");
    if (table.kind() == TableKind.TASKS && code.matches("[a-zđ]\\)")) {
      code = code.substring(0, 1); // "a)" in the number column: the sub-task "a"
    }
    String name = row.get(cols, Col.NAME);
    switch (table.kind()) {
      case TARGETS -> {
        String valueText = row.get(cols, Col.VALUE);
        Quantity value = QuantityParser.value(valueText.isEmpty() ? name : valueText);
        AgencyText lead = agency(row.get(cols, Col.LEAD));
        AgencyText coordinating = agency(row.get(cols, Col.COORDINATING));
        AgencyText aggregator = agency(row.get(cols, Col.AGGREGATOR));
        if (row.parentCode != null) {
          // a sub-indicator without agencies of its own is followed up by its numbered target's agencies
          Target parent = null;
          for (int k = targets.size() - 1; k >= 0 && parent == null; k--) {
            parent = targets.get(k).code().equals(row.parentCode) ? targets.get(k) : null;
          }
          if (parent != null) {
            lead = lead.isEmpty() ? parent.lead() : lead;
            coordinating = coordinating.isEmpty() ? parent.coordinating() : coordinating;
            aggregator = aggregator.isEmpty() ? parent.aggregator() : aggregator;
          }
        }
        targets.add(new Target(code, targets.size() + 1, name, value, header.to, aggregator, lead, coordinating,
            row.line, Flags.ofTarget(name, value, lead, coordinating, aggregator), row.parentCode));
      }
      case TASKS -> {
        String timeText = row.get(cols, Col.TIME);
        Schedule schedule = ScheduleParser.parse(timeText, header.from, header.to);
        AgencyText lead = agency(row.get(cols, Col.LEAD));
        AgencyText coordinating = agency(row.get(cols, Col.COORDINATING));
        String outputs = row.get(cols, Col.OUTPUT);
        tasks.add(task(code, row.section, name, row.get(cols, Col.CONTENT), lead, coordinating, schedule, outputs,
            row.line, tasks.size() + 1));
      }
      case BUDGET -> {
        Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        table.yearOf().forEach((column, year) -> {
          StringBuilder cell = row.cells.get(column);
          if (cell != null && !cell.toString().isBlank()) {
            BigDecimal amount = VietnameseNumbers.parse(cell.toString().strip());
            if (amount == null) {
              flags.add(Flag.NUMBER_MALFORMED);
            } else {
              byYear.put(year, amount);
            }
          }
        });
        String totalText = row.get(cols, Col.TOTAL);
        BigDecimal total = totalText.isEmpty() ? null : VietnameseNumbers.parse(totalText);
        if (!totalText.isEmpty() && total == null) {
          flags.add(Flag.NUMBER_MALFORMED);
        }
        if (total == null && !byYear.isEmpty()) {
          total = byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        AgencyText lead = agency(row.get(cols, Col.LEAD));
        AgencyText coordinating = agency(row.get(cols, Col.COORDINATING));
        if (lead.hasUnresolved() || coordinating.hasUnresolved()) {
          flags.add(Flag.AGENCY_UNRESOLVED);
        }
        String label = name.isEmpty() ? code : name;
        budget.add(new BudgetLine(label, row.get(cols, Col.SOURCE), total, byYear, row.line, List.copyOf(flags), code,
            row.section, row.section, lead, coordinating));
      }
      default -> throw new IllegalStateException();
    }
  }

  private Task task(String code, String section, String name, String content, AgencyText lead, AgencyText coordinating,
      Schedule schedule, String outputs, int line, int seq) {
    return new Task(code, seq, section, name, content, lead, coordinating, schedule, outputs,
        QuantityParser.all(outputs), line, Flags.ofTask(name, lead, coordinating, schedule));
  }

  private AgencyText agency(String text) {
    String tidy = VietnameseText.tidy(text);
    return cache.computeIfAbsent(tidy, t -> t.isEmpty() ? AgencyText.empty() : agencies.resolve(t));
  }

  // ---------------------------------------------------------------- prose

  /** A numbered item of a prose plan, collected until the next item starts. */
  private static final class Item {
    boolean hasAgency;
    final String code;
    final String title;
    final String roman;
    final int line;
    final StringBuilder content = new StringBuilder();
    final StringBuilder lead = new StringBuilder();
    final StringBuilder coordinating = new StringBuilder();
    final StringBuilder time = new StringBuilder();
    final StringBuilder outputs = new StringBuilder();
    final List<Integer> lines = new ArrayList<>();
    boolean hasAgencyOrTime;

    Item(String code, String title, String roman, int line) {
      this.code = code;
      this.title = title;
      this.roman = roman;
      this.line = line;
    }
  }

  private void prose(List<String> lines, BitSet used, Header header, List<Section> sections, List<Target> targets,
      List<Task> tasks) {
    List<Item> items = new ArrayList<>();
    String roman = null;
    Item current = null;
    StringBuilder pendingTime = null;
    boolean inTargets = false;
    int targetYear = header.to;
    for (int i = 0; i < lines.size(); i++) {
      if (used.get(i) || lines.get(i).contains("\t")) {
        continue;
      }
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String f = VietnameseText.fold(line);
      Matcher r = ROMAN.matcher(line);
      if (r.matches() && line.length() < 200) {
        roman = r.group(1) + ". " + r.group(2).strip();
        current = null;
        pendingTime = null;
        inTargets = false;
        continue;
      }
      Matcher n = NUMBERED.matcher(line);
      if (n.matches() && !isKeywordLine(f)) {
        current = new Item(n.group(1), VietnameseText.tidy(n.group(2)), roman, i + 1);
        current.lines.add(i);
        items.add(current);
        pendingTime = null;
        inTargets = VietnameseText.fold(current.title).contains("muc tieu cu the");
        Matcher y = SINGLE_YEAR.matcher(VietnameseText.fold(current.title));
        if (inTargets && y.find()) {
          targetYear = Integer.parseInt(y.group(1));
        }
        continue;
      }
      if (inTargets && (line.startsWith("-") || line.startsWith("+") || line.startsWith("•"))) {
        used.set(i);
        targetsFromProse(line.replaceFirst("^[-+•]\\s*", ""), targets, targetYear, i + 1);
        continue;
      }
      if (current == null) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon > 0 ? VietnameseText.fold(line.substring(0, colon)) : "";
      String value = colon > 0 ? line.substring(colon + 1).replaceAll("^[\\s*]+", "").strip() : "";
      if (colon > 0 && AGENCY.matcher(key).matches()) {
        Matcher a = AGENCY.matcher(key);
        a.matches();
        String role = a.group(1);
        current.hasAgencyOrTime = true;
        current.hasAgency = true;
        current.lines.add(i);
        pendingTime = null;
        if (value.isEmpty()) {
          continue; // "b) Cơ quan thực hiện:" introduces the lines below
        }
        String fv = VietnameseText.fold(value);
        int split = fv.indexOf("chu tri phoi hop voi");
        if (role.equals("phoi hop")) {
          append(current.coordinating, value);
        } else if (split > 0) {
          // "Sở KH&CN chủ trì, phối hợp với các sở, ban, ngành": lead before, coordinating after.
          String[] parts = value.split("(?i)\\s*chủ trì,?\\s*phối hợp với\\s*|\\s*chu tri,?\\s*phoi hop voi\\s*", 2);
          append(current.lead, parts[0]);
          if (parts.length > 1) {
            append(current.coordinating, parts[1]);
          }
        } else {
          append(current.lead, value);
        }
        continue;
      }
      if (colon > 0 && TIME.matcher(key).matches()) {
        current.hasAgencyOrTime = true;
        current.lines.add(i);
        append(current.time, value);
        pendingTime = value.isEmpty() ? current.time : null;
        continue;
      }
      if (pendingTime != null && (line.startsWith("-") || line.startsWith("+"))) {
        current.lines.add(i);
        pendingTime.append(pendingTime.length() > 0 ? "\n" : "").append(line);
        continue;
      }
      if (colon > 0 && OUTPUT.matcher(key).matches()) {
        current.lines.add(i);
        append(current.outputs, value);
        continue;
      }
      pendingTime = null;
      current.lines.add(i);
      current.content.append(current.content.length() > 0 ? "\n" : "").append(line);
    }
    Map<String, Item> byCode = new LinkedHashMap<>();
    for (Item item : items) {
      byCode.put(item.roman + "|" + item.code, item);
    }
    for (Item item : items) {
      if (!item.hasAgency) {
        boolean isGroup = items.stream().anyMatch(o -> o.hasAgency && o.roman != null && o.roman.equals(item.roman)
            && o.code.startsWith(item.code + "."));
        if (!isGroup) {
          continue;
        }
      }
      // every item as printed, under its roman section; SubTasks turns the parent items into groups afterwards
      item.lines.forEach(used::set);
      Schedule schedule = ScheduleParser.parse(item.hasAgency ? item.time.toString() : "", header.from, header.to);
      String content = item.content.toString().replaceAll("(?m)^[a-đ]\\)\\s*\\**\\s*(Nội dung|Mục tiêu, nội dung)\\**\\s*:?\\s*", "").strip();
      Task task = task(item.code, item.roman, item.title.replaceAll("[:*]+$", "").replace("*", "").strip(), content,
          agency(item.lead.toString()), agency(item.coordinating.toString()), schedule, item.outputs.toString(),
          item.line, tasks.size() + 1);
      Item parent = parentOf(item, items);
      tasks.add(parent == null ? task : new Task(task.code(), task.seq(), task.section(), task.name(), task.content(),
          task.lead(), task.coordinating(), task.schedule(), task.outputs(), task.outputQuantities(), task.line(),
          task.flags(), parent.code));
    }
  }

  /** The item a numbered item is printed under: the nearest item above it whose code its code continues. */
  private static Item parentOf(Item task, List<Item> items) {
    int dot = task.code.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String code = task.code.substring(0, dot);
    Item best = null;
    for (Item o : items) {
      if (o == task) {
        break;
      }
      if (java.util.Objects.equals(o.roman, task.roman) && o.code.equals(code)) {
        best = o;
      }
    }
    return best;
  }

  /** "- 100% …; 60% …" → one target per clause that states a quantity. */
  private static void targetsFromProse(String bullet, List<Target> targets, int targetYear, int line) {
    for (String clause : bullet.split("\\s*;\\s*|(?<=\\.)\\s+(?=\\p{Lu})|,\\s*trong (?:đó|do)(?!\\p{L})\\s*")) {
      String name = clause.strip().replaceAll("\\.$", "");
      if (name.isEmpty() || QuantityParser.all(name).isEmpty()) {
        continue;
      }
      Quantity found = QuantityParser.value(name);
      // In prose the clause is the target's name; its value is the quantity the clause states.
      Quantity value = new Quantity(QuantityParser.all(name).get(0).text(), found.comparator(), found.min(), found.max(),
          found.unit(), found.uncertain());
      targets.add(new Target(String.valueOf(targets.size() + 1), targets.size() + 1, name, value, targetYear,
          AgencyText.empty(), AgencyText.empty(), AgencyText.empty(), line, Flags.ofTarget(name, value)));
    }
  }

  private static boolean isKeywordLine(String folded) {
    return folded.startsWith("co quan") || folded.startsWith("thoi gian");
  }

  private static void append(StringBuilder b, String text) {
    String t = text.strip().replaceAll("[;,.]+$", "");
    if (!t.isEmpty()) {
      b.append(b.length() > 0 ? "; " : "").append(t);
    }
  }
}
