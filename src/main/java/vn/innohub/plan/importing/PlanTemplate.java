package vn.innohub.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.innohub.shared.files.SheetRows;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.text.VietnameseText;

/**
 * The XLSX template InnoHub offers for plans typed from scratch: sheet "Thong tin" (number, date, place, title,
 * period), "Chi tieu" (targets), "Nhiem vu" (tasks; a row whose STT is I, II … starts a section) and "Kinh phi"
 * (budget in million VND by year). Reading turns the sheets into the same lines as a Word table, so one parser
 * understands all three sources.
 */
public final class PlanTemplate {

  static final String[] INFO = {"Số", "Ngày ban hành (dd/MM/yyyy)", "Nơi ban hành (tỉnh)", "Tên kế hoạch", "Giai đoạn (ví dụ 2026 - 2030)"};
  static final String[] TARGETS = {"STT", "Chỉ tiêu", "Giá trị", "Cơ quan tổng hợp", "Cơ quan chủ trì", "Cơ quan phối hợp"};
  static final String[] TASKS = {"STT", "Nhiệm vụ", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
      "Sản phẩm/kết quả"};
  static final String[] BUDGET = {"STT", "Nội dung", "Nguồn", "Tổng", "2026", "2027", "2028", "2029", "2030"};

  private PlanTemplate() {}

  public static byte[] blank() {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet info = wb.createSheet("Thong tin");
      for (int i = 0; i < INFO.length; i++) {
        Row r = info.createRow(i);
        r.createCell(0).setCellValue(INFO[i]);
        r.getCell(0).setCellStyle(bold);
      }
      info.setColumnWidth(0, 36 * 256);
      info.setColumnWidth(1, 80 * 256);
      header(wb.createSheet("Chi tieu"), TARGETS, bold);
      header(wb.createSheet("Nhiem vu"), TASKS, bold);
      header(wb.createSheet("Kinh phi"), BUDGET, bold);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void header(Sheet sheet, String[] names, CellStyle bold) {
    Row r = sheet.createRow(0);
    for (int i = 0; i < names.length; i++) {
      r.createCell(i).setCellValue(names[i]);
      r.getCell(i).setCellStyle(bold);
      sheet.setColumnWidth(i, (i == 1 || i == 2 ? 50 : 22) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Rows read from one sheet of the template at most (a plan has a few hundred). */
  static final int MAX_ROWS = 20_000;
  /** Columns read: the template has nine at most; anything far right of them is not part of it. */
  static final int MAX_COLUMNS = 50;

  /**
   * The lines of the workbook, the period typed on the first sheet (null when blank), and warnings (message keys with
   * arguments after '|') for formulas whose value could not be read.
   */
  public record Lines(List<String> lines, Integer periodFrom, Integer periodTo, List<String> warnings) {}

  /**
   * Reads the template's sheets streaming (never POI's whole-workbook model); a formula gives its cached result,
   * and a formula without one (or with an error) is left empty and named in a warning.
   */
  public static Lines read(byte[] content) {
    List<String> lines = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Integer from = null;
    Integer to = null;
    List<SheetRows.Sheet> sheets;
    try {
      sheets = SheetRows.read(content,
          n -> n.equals("Thong tin") || n.equals("Chi tieu") || n.equals("Nhiem vu") || n.equals("Kinh phi"),
          MAX_COLUMNS, MAX_ROWS);
    } catch (SheetRows.TooManyRows e) {
      throw new UnreadableDocument("plan.import.tooManyRows");
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new UnreadableDocument("plan.import.badXlsx");
    }
    SheetRows.Sheet info = sheet(sheets, "Thong tin");
    if (info != null) {
      String number = cell(info, 0);
      String date = cell(info, 1);
      String place = cell(info, 2);
      String title = cell(info, 3);
      String period = cell(info, 4);
      if (!number.isEmpty()) {
        lines.add("Số: " + number);
      }
      String[] d = date.split("/");
      if (!place.isEmpty()) {
        lines.add(place + ", ngày " + (d.length == 3 ? d[0] : "") + " tháng " + (d.length == 3 ? d[1] : "")
            + " năm " + (d.length == 3 ? d[2] : period.replaceAll("\\D.*", "")));
      }
      lines.add("KẾ HOẠCH");
      lines.add(title);
      lines.add("");
      var years = java.util.regex.Pattern.compile("(20\\d{2})").matcher(period);
      if (years.find()) {
        from = Integer.parseInt(years.group(1));
        to = years.find() ? Integer.parseInt(years.group(1)) : from;
      }
      info.rows().stream().filter(r -> r.number() <= INFO.length).forEach(r -> warn(r, warnings));
    }
    for (String name : new String[] {"Chi tieu", "Nhiem vu", "Kinh phi"}) {
      SheetRows.Sheet sheet = sheet(sheets, name);
      if (sheet == null) {
        continue;
      }
      for (SheetRows.Row row : sheet.rows()) {
        ParseGuard.check();
        warn(row, warnings);
        List<String> cells = new ArrayList<>();
        for (String c : row.cells()) {
          cells.add(VietnameseText.tidy(c).replace('\t', ' '));
        }
        if (cells.stream().anyMatch(s -> !s.isEmpty())) {
          while (cells.size() < 2) {
            cells.add("");
          }
          lines.add(String.join("\t", cells));
        }
      }
      lines.add("");
    }
    return new Lines(lines, from, to, List.copyOf(warnings));
  }

  /** "Trang “Chi tieu”, ô C3: công thức =20+5 chưa có giá trị tính sẵn …" for each formula read without a value. */
  private static void warn(SheetRows.Row row, List<String> warnings) {
    for (SheetRows.FormulaIssue issue : row.issues()) {
      if (warnings.size() < 50) {
        warnings.add((issue.error() ? "plan.import.formulaError" : "plan.import.formulaNoValue") + "|"
            + issue.sheet().replace('|', '¦') + "|" + issue.cell() + "|" + issue.formula().replace('|', '¦'));
      }
    }
  }

  private static SheetRows.Sheet sheet(List<SheetRows.Sheet> sheets, String name) {
    return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  private static String cell(SheetRows.Sheet sheet, int row) {
    SheetRows.Row r = sheet.row(row + 1);
    return r == null ? "" : VietnameseText.tidy(r.cell(1));
  }
}
