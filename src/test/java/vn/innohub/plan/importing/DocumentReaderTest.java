package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  private static String refusal(String name, byte[] content) {
    try {
      PlanReading.read(name, content, AgencyLookup.none(), 2026);
    } catch (UnreadableDocument e) {
      return e.code();
    }
    return "accepted";
  }

  @Test
  void unreadableDocumentsAreRefusedWithAReason() {
    assertThat(refusal("empty.txt", new byte[0])).isEqualTo("plan.import.empty");
    assertThat(refusal("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8))).isEqualTo("plan.import.empty");
    assertThat(refusal("photo.txt", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2})).isEqualTo("plan.import.binary");
    assertThat(refusal("scan.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("plan.import.pdfDamaged");
    assertThat(refusal("old.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})).isEqualTo("plan.import.legacyOffice");
    assertThat(refusal("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEqualTo("plan.import.badDocx");
    assertThat(refusal("archive.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3})).isEqualTo("plan.import.unknownZip");
  }

  @Test
  void textInTheOldVietnameseEncodingsIsRecognised() {
    // "Kế hoạch phát triển..." typed with a TCVN3 font and saved as Windows-1252 text.
    String tcvn3 = "KÕ ho¹ch ph¸t triÓn hÖ sinh th¸i khëi nghiÖp ®æi míi s¸ng t¹o tØnh. "
        + "C¬ quan chñ tr×: Së Khoa häc vµ C«ng nghÖ. Thêi gian thùc hiÖn: Quý III/2026. ".repeat(3);
    assertThat(refusal("tcvn3.txt", tcvn3.getBytes(Charset.forName("windows-1252")))).isEqualTo("plan.import.legacyEncoding");
    assertThat(refusal("tcvn3-as-utf8.txt", tcvn3.getBytes(StandardCharsets.UTF_8))).isEqualTo("plan.import.legacyEncoding");
  }

  @Test
  void aDocxTableIsReadLikeATabSeparatedTable() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("KẾ HOẠCH");
      doc.createParagraph().createRun().setText("Hỗ trợ khởi nghiệp năm 2026");
      XWPFTable table = doc.createTable(3, 5);
      String[][] cells = {
          {"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"},
          {"1", "Tổ chức cuộc thi", "Sở Khoa học và Công nghệ", "Tỉnh đoàn", "Quý III/2026"},
          {"2", "Tập huấn khởi nghiệp", "Sở Công Thương", "", "Hằng năm"}};
      for (int r = 0; r < cells.length; r++) {
        XWPFTableRow row = table.getRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.getCell(c).setText(cells[r][c]);
        }
      }
      doc.write(out);
    }
    ParsedPlan p = PlanReading.read("ke-hoach.docx", out.toByteArray(), AgencyLookup.none(), 2026);
    assertThat(p.title()).isEqualTo("Hỗ trợ khởi nghiệp năm 2026");
    assertThat(p.tasks()).hasSize(2);
    assertThat(p.tasks().get(0).lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(p.tasks().get(0).schedule().due()).hasToString("2026-09-30");
    assertThat(p.tasks().get(1).schedule().kind()).isEqualTo(vn.innohub.plan.Schedule.Kind.YEARLY);
  }

  @Test
  void theXlsxTemplateRoundTrips() throws Exception {
    byte[] blank = PlanTemplate.blank();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
      Sheet info = wb.getSheet("Thong tin");
      info.getRow(0).createCell(1).setCellValue("45/KH-UBND");
      info.getRow(1).createCell(1).setCellValue("10/02/2026");
      info.getRow(2).createCell(1).setCellValue("Minh Sơn");
      info.getRow(3).createCell(1).setCellValue("Kế hoạch thử nghiệm từ mẫu");
      info.getRow(4).createCell(1).setCellValue("2026 - 2028");
      fill(wb.getSheet("Chi tieu"), List.of(List.of("1", "Số doanh nghiệp khởi nghiệp", "≥ 10 doanh nghiệp", "Sở KH&CN", "Sở KH&CN", "")));
      fill(wb.getSheet("Nhiem vu"), List.of(List.of("I", "Truyền thông", "", "", "", "", ""),
          List.of("1", "Xây dựng chuyên mục", "", "Sở KH&CN", "Báo tỉnh", "Quý II/2026", "≥ 05 chuyên mục")));
      fill(wb.getSheet("Kinh phi"), List.of(List.of("1", "Chuyên mục", "Ngân sách tỉnh", "300", "100", "100", "100")));
      wb.write(out);
    }
    ParsedPlan p = PlanReading.read("mau.xlsx", out.toByteArray(), AgencyLookup.none(), 2026);
    assertThat(p.number()).isEqualTo("45/KH-UBND");
    assertThat(p.date()).hasToString("2026-02-10");
    assertThat(p.title()).isEqualTo("Kế hoạch thử nghiệm từ mẫu");
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2028);
    assertThat(p.targets()).singleElement().satisfies(t -> assertThat(t.value().min()).isEqualByComparingTo("10"));
    assertThat(p.tasks()).singleElement().satisfies(t -> {
      assertThat(t.section()).isEqualTo("I. Truyền thông");
      assertThat(t.outputQuantities()).hasSize(1);
    });
    assertThat(p.budget()).singleElement().satisfies(b -> assertThat(b.total()).isEqualByComparingTo("300"));
  }

  private static void fill(Sheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      var row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
  }
}
