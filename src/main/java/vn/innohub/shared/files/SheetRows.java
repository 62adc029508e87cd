package vn.innohub.shared.files;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.xml.sax.Attributes;

/**
 * Reads the rows of an uploaded XLSX workbook as text, streaming each sheet with SAX instead of building POI's
 * workbook model (which for a 1 MB file can need more than a gigabyte of heap): cells as a user sees them (numbers
 * and dates through their number format, as {@link DataFormatter} shows them), and for a formula its <em>cached
 * result</em>, never its text. A formula without a cached result (a file written by a program that does not compute)
 * or with an error result is reported as a {@link FormulaIssue} naming the sheet and cell, its value left empty.
 * Everything is inflated through {@link OfficeInspection}'s watch; rows, columns and text are capped.
 */
public final class SheetRows {

  private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private SheetRows() {}

  /** One sheet's non-empty rows, in order. */
  public record Sheet(String name, List<Row> rows) {

    /** The row with this 1-based number, if present. */
    public Row row(int number) {
      for (Row r : rows) {
        if (r.number() == number) {
          return r;
        }
      }
      return null;
    }
  }

  /** A row: its 1-based number and its cells' text from column A (empty strings for empty cells). */
  public record Row(int number, List<String> cells, List<FormulaIssue> issues) {

    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /** A formula cell whose value could not be read: no cached result, or an error result such as #DIV/0!. */
  public record FormulaIssue(String sheet, String cell, String formula, boolean error) {}

  /** Too many rows on one sheet: the caller tells the user its own limit. */
  public static final class TooManyRows extends RuntimeException {
    private final int max;

    TooManyRows(int max) {
      super("more than " + max + " rows", null, false, false);
      this.max = max;
    }

    public int max() {
      return max;
    }
  }

  /**
   * The sheets of {@code xlsx} whose name {@code wanted} accepts (or whose position, when {@code wanted} is null,
   * is the first), with at most {@code maxColumns} columns and {@code maxRows} rows each ({@link TooManyRows} past
   * that). Unreadable files are {@link OfficeInspection.NotAZip}; bombs and oversized text {@link FileTooComplex}.
   */
  public static List<Sheet> read(byte[] xlsx, Predicate<String> wanted, int maxColumns, int maxRows)
      throws OfficeInspection.NotAZip {
    OfficeInspection.Parts parts = OfficeInspection.parts(xlsx);
    Map<String, String> rels = relationships(parts, "xl/_rels/workbook.xml.rels");
    List<String[]> sheets = sheetList(parts);
    Budget budget = new Budget();
    List<String> shared = List.of();
    String sharedPath = target(rels, "/sharedStrings", "xl/sharedStrings.xml");
    if (parts.has(sharedPath)) {
      shared = sharedStrings(parts.open(sharedPath), budget);
    }
    Styles styles = new Styles();
    String stylesPath = target(rels, "/styles", "xl/styles.xml");
    if (parts.has(stylesPath)) {
      BoundedXml.parse(parts.open(stylesPath), styles);
    }
    List<Sheet> out = new ArrayList<>();
    for (int i = 0; i < sheets.size(); i++) {
      String name = sheets.get(i)[0];
      if (wanted == null ? i > 0 : !wanted.test(name)) {
        continue;
      }
      String path = rels.get(sheets.get(i)[1]);
      if (path == null || !parts.has(path)) {
        throw new OfficeInspection.NotAZip("sheet part missing for " + name);
      }
      SheetHandler handler = new SheetHandler(name, shared, styles, budget, maxColumns, maxRows);
      BoundedXml.parse(parts.open(path), handler);
      out.add(new Sheet(name, List.copyOf(handler.rows)));
    }
    return out;
  }

  /** Total text and cells kept from one file, against the upload limits. */
  private static final class Budget {
    private final UploadLimits limits = UploadLimits.current();
    private long chars;
    private long cells;

    String keep(String text) {
      chars += text.length();
      if (chars > limits.maxTextChars()) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.TEXT, limits.maxTextChars()));
      }
      return text;
    }

    void cell() {
      if (++cells > limits.maxTextChars() / 10) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.ELEMENTS, limits.maxTextChars() / 10));
      }
    }
  }

  private static String target(Map<String, String> rels, String typeSuffix, String fallback) {
    return rels.getOrDefault(typeSuffix, fallback);
  }

  /** Relationship id → part path (relative targets resolved against xl/), and type suffix → path. */
  private static Map<String, String> relationships(OfficeInspection.Parts parts, String path)
      throws OfficeInspection.NotAZip {
    Map<String, String> rels = new HashMap<>();
    if (!parts.has(path)) {
      return rels;
    }
    BoundedXml.parse(parts.open(path), new BoundedXml.Handler() {
      @Override
      void start(String name, Attributes a) {
        if (name.equals("Relationship") && a.getValue("Id") != null && a.getValue("Target") != null) {
          String target = a.getValue("Target");
          String resolved = target.startsWith("/") ? target.substring(1) : "xl/" + target;
          resolved = resolved.replace("xl/../", "");
          if (rels.size() < 10_000) {
            rels.put(a.getValue("Id"), resolved);
            String type = a.getValue("Type");
            if (type != null && type.lastIndexOf('/') >= 0) {
              rels.putIfAbsent(type.substring(type.lastIndexOf('/')), resolved);
            }
          }
        }
      }

      @Override
      void end(String name) {}
    });
    return rels;
  }

  /** The sheets in workbook order: name and relationship id. */
  private static List<String[]> sheetList(OfficeInspection.Parts parts) throws OfficeInspection.NotAZip {
    List<String[]> sheets = new ArrayList<>();
    BoundedXml.parse(parts.open("xl/workbook.xml"), new BoundedXml.Handler() {
      @Override
      void start(String name, Attributes a) {
        if (name.equals("sheet") && sheets.size() < 1_000) {
          String id = a.getValue(REL_NS, "id");
          for (int i = 0; id == null && i < a.getLength(); i++) {
            // Strict OOXML names the relationship namespace differently
            if (a.getLocalName(i).equals("id") && !a.getURI(i).isEmpty()) {
              id = a.getValue(i);
            }
          }
          sheets.add(new String[] {a.getValue("name") == null ? "" : a.getValue("name"), id == null ? "" : id});
        }
      }

      @Override
      void end(String name) {}
    });
    return sheets;
  }

  /** The shared strings table: each {@code <si>}'s text runs, phonetic runs left out. */
  private static List<String> sharedStrings(InputStream xml, Budget budget) throws OfficeInspection.NotAZip {
    List<String> strings = new ArrayList<>();
    BoundedXml.parse(xml, new BoundedXml.Handler() {
      private final StringBuilder text = new StringBuilder();
      private boolean inT;
      private int phonetic;

      @Override
      void start(String name, Attributes a) {
        switch (name) {
          case "si" -> text.setLength(0);
          case "t" -> inT = phonetic == 0;
          case "rPh" -> phonetic++;
          default -> { }
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (inT) {
          text.append(ch, start, length);
          if (text.length() > 32_767) {
            // Excel's own limit for one cell
            throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.STRUCTURE));
          }
        }
      }

      @Override
      void end(String name) {
        switch (name) {
          case "t" -> inT = false;
          case "rPh" -> phonetic--;
          case "si" -> {
            budget.cell();
            strings.add(budget.keep(text.toString()));
          }
          default -> { }
        }
      }
    });
    return strings;
  }

  /** Number formats by cell style index, from styles.xml's numFmts and cellXfs. */
  private static final class Styles extends BoundedXml.Handler {
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> xfs = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    void start(String name, Attributes a) {
      if (name.equals("numFmt") && formats.size() < 10_000) {
        try {
          formats.put(Integer.parseInt(a.getValue("numFmtId")), a.getValue("formatCode"));
        } catch (NumberFormatException | NullPointerException e) {
          // a format without an id is ignored
        }
      } else if (name.equals("cellXfs")) {
        inCellXfs = true;
      } else if (name.equals("xf") && inCellXfs && xfs.size() < 100_000) {
        String id = a.getValue("numFmtId");
        try {
          xfs.add(id == null ? 0 : Integer.parseInt(id));
        } catch (NumberFormatException e) {
          xfs.add(0);
        }
      }
    }

    @Override
    void end(String name) {
      if (name.equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    int formatIndex(int style) {
      return style >= 0 && style < xfs.size() ? xfs.get(style) : 0;
    }

    String formatString(int index) {
      String own = formats.get(index);
      if (own != null) {
        return own;
      }
      String builtin = BuiltinFormats.getBuiltinFormat(index);
      return builtin == null ? "General" : builtin;
    }
  }

  /** One worksheet's rows, cell by cell. */
  private static final class SheetHandler extends BoundedXml.Handler {
    private final String sheet;
    private final List<String> shared;
    private final Styles styles;
    private final Budget budget;
    private final int maxColumns;
    private final int maxRows;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    final List<Row> rows = new ArrayList<>();

    private int rowNumber;
    private List<String> cells;
    private List<FormulaIssue> issues;
    private int column;
    private String ref;
    private String type;
    private int style;
    private boolean formula;
    private final StringBuilder formulaText = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private boolean hasValue;
    private boolean inV;
    private boolean inF;
    private boolean inInlineT;
    private int phonetic;

    SheetHandler(String sheet, List<String> shared, Styles styles, Budget budget, int maxColumns, int maxRows) {
      this.sheet = sheet;
      this.shared = shared;
      this.styles = styles;
      this.budget = budget;
      this.maxColumns = maxColumns;
      this.maxRows = maxRows;
    }

    @Override
    void start(String name, Attributes a) {
      switch (name) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : parseInt(r, rowNumber + 1);
          if (rowNumber > maxRows) {
            throw new TooManyRows(maxRows);
          }
          cells = new ArrayList<>();
          issues = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          ref = a.getValue("r");
          column = ref == null ? column + 1 : column(ref);
          type = a.getValue("t") == null ? "n" : a.getValue("t");
          style = parseInt(a.getValue("s"), 0);
          formula = false;
          formulaText.setLength(0);
          value.setLength(0);
          hasValue = false;
        }
        case "f" -> {
          formula = true;
          inF = true;
        }
        case "v" -> {
          inV = true;
          hasValue = true;
        }
        case "is" -> hasValue = true;
        case "t" -> inInlineT = phonetic == 0 && "inlineStr".equals(type);
        case "rPh" -> phonetic++;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inV || inInlineT) {
        if (value.length() + length > 32_767 * 4) {
          throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.STRUCTURE));
        }
        value.append(ch, start, length);
      } else if (inF && formulaText.length() < 200) {
        formulaText.append(ch, start, Math.min(length, 200 - formulaText.length()));
      }
    }

    @Override
    void end(String name) {
      switch (name) {
        case "v" -> inV = false;
        case "f" -> inF = false;
        case "t" -> inInlineT = false;
        case "rPh" -> phonetic--;
        case "c" -> cell();
        case "row" -> {
          if (cells != null && cells.stream().anyMatch(s -> !s.isEmpty()) || issues != null && !issues.isEmpty()) {
            rows.add(new Row(rowNumber, List.copyOf(cells), List.copyOf(issues)));
          }
          cells = null;
        }
        default -> { }
      }
    }

    private void cell() {
      if (cells == null || column < 0 || column >= maxColumns) {
        return;
      }
      budget.cell();
      String text;
      if (formula && (!hasValue || "e".equals(type))) {
        issues.add(new FormulaIssue(sheet, ref == null ? columnName(column) + rowNumber : ref,
            "=" + formulaText, hasValue));
        text = "";
      } else {
        text = text();
      }
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(budget.keep(text));
    }

    private String text() {
      String v = value.toString();
      return switch (type) {
        case "s" -> {
          int i = parseInt(v.strip(), -1);
          yield i >= 0 && i < shared.size() ? shared.get(i) : "";
        }
        case "str", "inlineStr", "e", "d" -> v;
        case "b" -> "1".equals(v.strip()) ? "TRUE" : "0".equals(v.strip()) ? "FALSE" : v;
        default -> {
          if (v.isBlank()) {
            yield "";
          }
          try {
            double d = Double.parseDouble(v.strip());
            int index = styles.formatIndex(style);
            yield formatter.formatRawCellContents(d, index, styles.formatString(index));
          } catch (NumberFormatException e) {
            yield v;
          }
        }
      };
    }

    private static int parseInt(String s, int fallback) {
      if (s == null) {
        return fallback;
      }
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }

    /** The 0-based column of a cell reference such as "AB12". */
    private static int column(String ref) {
      int c = 0;
      for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4; i++) {
        c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      }
      return c - 1;
    }

    private static String columnName(int column) {
      StringBuilder s = new StringBuilder();
      for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        s.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return s.toString();
    }
  }
}
