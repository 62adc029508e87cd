package vn.innohub.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.innohub.shared.files.OfficeInspection;
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

  /** The lines of the workbook, and the period typed on the first sheet (null when blank). */
  public record Lines(List<String> lines, Integer periodFrom, Integer periodTo) {}

  public static Lines read(byte[] content) {
    List<String> lines = new ArrayList<>();
    Integer from = null;
    Integer to = null;
    try (Workbook wb = new XSSFWorkbook(OfficeInspection.open(content))) {
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      Sheet info = wb.getSheet("Thong tin");
      if (info != null) {
        String number = cell(info, 0, fmt);
        String date = cell(info, 1, fmt);
        String place = cell(info, 2, fmt);
        String title = cell(info, 3, fmt);
        String period = cell(info, 4, fmt);
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
      }
      for (String name : new String[] {"Chi tieu", "Nhiem vu", "Kinh phi"}) {
        Sheet sheet = wb.getSheet(name);
        if (sheet == null) {
          continue;
        }
        for (Row row : sheet) {
          ParseGuard.check();
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : VietnameseText.tidy(fmt.formatCellValue(row.getCell(c))).replace('\t', ' '));
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
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new UnreadableDocument("plan.import.badXlsx");
    }
    return new Lines(lines, from, to);
  }

  private static String cell(Sheet sheet, int row, DataFormatter fmt) {
    Row r = sheet.getRow(row);
    return r == null || r.getCell(1) == null ? "" : VietnameseText.tidy(fmt.formatCellValue(r.getCell(1)));
  }
}
