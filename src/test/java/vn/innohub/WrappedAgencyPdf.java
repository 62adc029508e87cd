package vn.innohub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A small plan as a text PDF, drawn with PDFBox, whose table cells wrap as Word wraps them in narrow columns. */
final class WrappedAgencyPdf {

  private WrappedAgencyPdf() {}

  /**
   * One A4 page: the plan's heading and title, and Phụ lục's task table drawn with rules — the lead agency of task 1
   * and the coordinating agency of task 2 wrap over two lines in their cells, as Word lays them out in a narrow column.
   */
  static byte[] plan(Path font, String title) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDFont type = PDType0Font.load(doc, font.toFile());
      float[] columns = {40, 72, 262, 352, 452, 555}; // STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        text(s, type, 12, 255, 790, "KẾ HOẠCH");
        text(s, type, 11, 95, 772, title);
        text(s, type, 11, 40, 745, "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh;");
        text(s, type, 11, 240, 715, "PHỤ LỤC");
        text(s, type, 11, 185, 700, "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH");
        // rows: header, task 1 (two lines), task 2 (two lines)
        float[] rows = {680, 656, 622, 588};
        String[][][] cells = {
            {{"STT"}, {"Nhiệm vụ"}, {"Cơ quan chủ trì"}, {"Cơ quan phối hợp"}, {"Thời gian thực hiện"}},
            {{"1"}, {"Xây dựng Cổng thông tin khởi nghiệp", "đổi mới sáng tạo của tỉnh"}, {"Sở Khoa học và", "Công nghệ"},
                {"Sở Tài chính"}, {"Năm 2026"}},
            {{"2"}, {"Tổ chức Ngày hội khởi nghiệp"}, {"Tỉnh đoàn"}, {"Sở Khoa học và", "Công nghệ"}, {"Hằng năm"}}};
        for (int r = 0; r < cells.length; r++) {
          for (int c = 0; c < cells[r].length; c++) {
            for (int l = 0; l < cells[r][c].length; l++) {
              text(s, type, 9, columns[c] + 3, rows[r] - 11 - 11 * l, cells[r][c][l]);
            }
          }
        }
        s.setLineWidth(0.5f);
        for (float y : rows) {
          s.moveTo(columns[0], y);
          s.lineTo(columns[columns.length - 1], y);
        }
        for (float x : columns) {
          s.moveTo(x, rows[0]);
          s.lineTo(x, rows[rows.length - 1]);
        }
        s.stroke();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }
}
