package vn.innohub.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.shared.text.SpreadsheetSafe;
import vn.innohub.shared.text.VnFormat;

/**
 * The official report's annexes as a workbook: one sheet per annex, frozen header row, numbers as numbers, text
 * neutralised against formula injection ({@link SpreadsheetSafe}).
 */
public final class XlsxReport {

  private XlsxReport() {}

  public static byte[] write(ReportData data) {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      CellStyle number = wb.createCellStyle();
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      int n = 0;
      for (ReportData.Part part : data.parts()) {
        n++;
        String suffix = data.parts().size() > 1 ? " (" + n + ")" : "";
        Sheet targets = wb.createSheet("Phụ lục I - Chỉ tiêu" + suffix);
        header(targets, head, List.of("STT", "Chỉ tiêu", "Mục tiêu", "Năm", "Đơn vị tính", "Giá trị nền",
            "Thực hiện kỳ này", "Tỷ lệ đạt", "Đánh giá", "Kỳ báo cáo", "Cách tính", "Chi tiết theo đơn vị"),
            new int[] {6, 50, 18, 8, 14, 12, 14, 10, 18, 22, 30, 60});
        int r = 1;
        for (Dashboard.TargetRow t : part.targets()) {
          Row row = targets.createRow(r++);
          SpreadsheetSafe.textCell(row, 0, t.code() == null ? "" : t.code());
          cell(row, 1, t.name(), wrap);
          SpreadsheetSafe.textCell(row, 2, t.valueText());
          if (t.year() != null) {
            row.createCell(3).setCellValue(t.year());
          }
          SpreadsheetSafe.textCell(row, 4, t.unitOfMeasure() == null ? "" : t.unitOfMeasure());
          num(row, 5, t.baseline(), number);
          num(row, 6, t.actual(), number);
          if (t.progress() != null) {
            row.createCell(7).setCellValue(t.progress() / 100.0);
            row.getCell(7).setCellStyle(percent);
          }
          SpreadsheetSafe.textCell(row, 8, DocxReport.light(t.light()));
          SpreadsheetSafe.textCell(row, 9, part.period().label());
          SpreadsheetSafe.textCell(row, 10, ProvincialText.method(t));
          cell(row, 11, ProvincialText.breakdown(t), wrap);
        }
        Sheet tasks = wb.createSheet("Phụ lục II - Nhiệm vụ" + suffix);
        header(tasks, head, List.of("STT", "Nhóm nhiệm vụ", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng",
            "Tiến độ (%)", "Chậm tiến độ", "Kết quả"), new int[] {6, 30, 50, 28, 12, 20, 10, 10, 60});
        r = 1;
        for (PeriodResults.TaskResult t : part.results() == null ? List.<PeriodResults.TaskResult>of() : part.results().tasks()) {
          Row row = tasks.createRow(r++);
          SpreadsheetSafe.textCell(row, 0, t.code() == null ? "" : t.code());
          SpreadsheetSafe.textCell(row, 1, t.section());
          cell(row, 2, t.title(), wrap);
          SpreadsheetSafe.textCell(row, 3, t.leadText() == null ? "" : t.leadText());
          SpreadsheetSafe.textCell(row, 4, t.deadline() == null ? "" : VnFormat.date(t.deadline()));
          SpreadsheetSafe.textCell(row, 5, t.status() == null ? DocxReport.status(t) : DocxReport.status(t.status()));
          if (t.progress() != null) {
            row.createCell(6).setCellValue(t.progress());
          }
          SpreadsheetSafe.textCell(row, 7, t.behindSchedule() ? "Có" : "");
          cell(row, 8, t.results() == null ? "" : t.results(), wrap);
        }
        if (part.completeness() != null) {
          Sheet rate = wb.createSheet("Tình hình báo cáo" + suffix);
          header(rate, head, List.of("Đơn vị", "Loại", "Trạng thái", "Đã gửi", "Trễ hạn", "Quá hạn chưa gửi"),
              new int[] {40, 14, 14, 10, 10, 16});
          r = 1;
          for (var u : part.completeness().byUnit()) {
            Row row = rate.createRow(r++);
            SpreadsheetSafe.textCell(row, 0, u.unitName());
            SpreadsheetSafe.textCell(row, 1, u.unitType());
            SpreadsheetSafe.textCell(row, 2, u.status().name());
            SpreadsheetSafe.textCell(row, 3, u.submitted() ? "Có" : "");
            SpreadsheetSafe.textCell(row, 4, u.late() ? "Có" : "");
            SpreadsheetSafe.textCell(row, 5, u.overdue() ? "Có" : "");
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Sheet sheet, CellStyle style, List<String> names, int[] widths) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      SpreadsheetSafe.textCell(row, i, names.get(i));
      row.getCell(i).setCellStyle(style);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void cell(Row row, int col, String text, CellStyle style) {
    SpreadsheetSafe.textCell(row, col, text).setCellStyle(style);
  }

  private static void num(Row row, int col, BigDecimal value, CellStyle style) {
    if (value != null) {
      row.createCell(col).setCellValue(value.doubleValue());
      row.getCell(col).setCellStyle(style);
    }
  }
}
