package vn.innohub.org.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitType;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.SpreadsheetSafe;
import vn.innohub.shared.files.SheetRows;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/**
 * The unit list as an XLSX workbook (sheet "Don vi"): Mã | Tên chính thức | Tên gọi khác (;) | Loại |
 * Mã đơn vị cấp trên | Hoạt động. Export and import use the same layout, so an export can be edited and re-imported;
 * text that could run as a formula is written with a leading apostrophe ({@link SpreadsheetSafe}), dropped on import.
 */
public final class UnitSpreadsheet {

  static final String[] HEADER = {"Mã", "Tên chính thức", "Tên gọi khác (cách nhau bởi ;)", "Loại",
      "Mã đơn vị cấp trên", "Hoạt động (Có/Không)"};
  static final int MAX_ROWS = 10_000;

  /** One data row as read, with its own problems (unknown type, bad flag…) found while reading. */
  public record Row(int number, UnitDraft draft, List<String> problems) {
  }

  private UnitSpreadsheet() {}

  public static byte[] write(List<Unit> units, Map<Long, String> codeById, Map<UnitType, String> typeLabels) {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Don vi");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADER[i]);
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (Unit u : units) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
        SpreadsheetSafe.textCell(row, 0, u.getCode());
        SpreadsheetSafe.textCell(row, 1, u.getName());
        SpreadsheetSafe.textCell(row, 2, String.join("; ", u.getAliases()));
        SpreadsheetSafe.textCell(row, 3, typeLabels.getOrDefault(u.getType(), u.getType().name()));
        SpreadsheetSafe.textCell(row, 4, u.getParentId() == null ? "" : codeById.getOrDefault(u.getParentId(), ""));
        SpreadsheetSafe.textCell(row, 5, u.isActive() ? "Có" : "Không");
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {14, 60, 60, 24, 18, 14};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("XLSX could not be written", e);
    }
  }

  /**
   * Reads the rows of the first sheet, streaming (never POI's whole-workbook model); a file that is not an XLSX
   * workbook is refused as a whole. A formula gives its cached result; one without (or with an error) is a problem
   * of its row, naming the cell, so that the row is not imported from a value nobody saw.
   */
  public static List<Row> read(byte[] content, Map<UnitType, String> typeLabels, Messages messages) {
    List<Row> rows = new ArrayList<>();
    List<SheetRows.Sheet> sheets;
    try {
      sheets = SheetRows.read(content, null, HEADER.length, MAX_ROWS + 1);
    } catch (SheetRows.TooManyRows e) {
      throw DomainException.invalid("org.import.tooManyRows", MAX_ROWS);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException de) {
        throw de;
      }
      ParseGuard.rethrowRefusal(e);
      throw DomainException.invalid("org.import.notXlsx");
    }
    if (sheets.isEmpty()) {
      throw DomainException.invalid("org.import.notXlsx");
    }
    for (SheetRows.Row row : sheets.get(0).rows()) {
      ParseGuard.check();
      if (row.number() == 1) {
        continue;
      }
      String[] cells = new String[HEADER.length];
      boolean empty = true;
      for (int c = 0; c < HEADER.length; c++) {
        cells[c] = VietnameseText.tidy(SpreadsheetSafe.unquote(row.cell(c)));
        empty &= cells[c].isEmpty();
      }
      if (!empty || !row.issues().isEmpty()) {
        Row parsed = parse(row.number(), cells, typeLabels, messages);
        for (SheetRows.FormulaIssue issue : row.issues()) {
          parsed.problems().add(messages.get(issue.error() ? "org.err.formulaError" : "org.err.formulaNoValue",
              issue.sheet(), issue.cell(), issue.formula()));
        }
        rows.add(parsed);
      }
    }
    if (rows.isEmpty()) {
      throw DomainException.invalid("org.import.empty");
    }
    return rows;
  }

  private static Row parse(int number, String[] c, Map<UnitType, String> typeLabels, Messages messages) {
    List<String> problems = new ArrayList<>();
    UnitType type = type(c[3], typeLabels);
    if (type == null && c[3].isEmpty()) {
      // "Bộ Khoa học và Công nghệ", "Viettel tỉnh" need no type: they are obviously outside the province.
      type = vn.innohub.org.ExternalAgencies.typeOf(c[1]).orElse(null);
    }
    if (type == null) {
      problems.add(c[3].isEmpty() ? messages.get("org.err.typeRequired") : messages.get("org.err.typeUnknown", c[3]));
    }
    Boolean active = switch (VietnameseText.fold(c[5])) {
      case "", "co", "x", "true", "1", "yes", "hoat dong" -> Boolean.TRUE;
      case "khong", "false", "0", "no", "ngung" -> Boolean.FALSE;
      default -> null;
    };
    if (active == null) {
      problems.add(messages.get("org.err.activeFlag", c[5]));
      active = Boolean.TRUE;
    }
    List<String> aliases = c[2].isEmpty() ? List.of()
        : Arrays.stream(c[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    UnitDraft draft = new UnitDraft(c[0], c[1], aliases, type, c[4], active);
    return new Row(number, draft, problems);
  }

  private static UnitType type(String text, Map<UnitType, String> typeLabels) {
    String key = VietnameseText.fold(text);
    for (UnitType t : UnitType.values()) {
      if (VietnameseText.fold(t.name()).equals(key) || VietnameseText.fold(typeLabels.getOrDefault(t, "")).equals(key)) {
        return t;
      }
    }
    return null;
  }
}
