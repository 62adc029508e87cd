package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A plan written as DOCX with POI (tables whose cells wrap, a header row repeated on the next page, a landscape
 * section with the budget annex), turned into PDF by LibreOffice as officers do, and read back. Skipped, with a
 * notice, where soffice is not installed.
 */
class LibreOfficePdfTest {

  static final String[] TASK_HEADER = {"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
      "Sản phẩm"};
  static final int TASKS = 30;

  static String[] task(int i) {
    return new String[] {String.valueOf(i),
        "Triển khai nhiệm vụ số " + i + " hỗ trợ doanh nghiệp khởi nghiệp sáng tạo trên địa bàn tỉnh",
        i % 2 == 0 ? "Sở Tài chính" : "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Năm " + (2026 + i % 5),
        "0" + (i % 9 + 1) + " báo cáo"};
  }

  static final String[] BUDGET_HEADER = {"TT", "Nội dung", "Tổng kinh phí", "2026", "2027", "2028", "2029", "2030",
      "Nguồn vốn"};
  static final String[][] BUDGET = {
      {"1", "Hỗ trợ ươm tạo doanh nghiệp khởi nghiệp sáng tạo của tỉnh", "1.000", "200", "200", "200", "200", "200",
          "Ngân sách tỉnh"},
      {"2", "Tổ chức ngày hội khởi nghiệp", "500", "100", "100", "100", "100", "100", "Ngân sách tỉnh và xã hội hóa"},
  };

  static byte[] pdf;

  @BeforeAll
  static void convert(@TempDir Path dir) throws Exception {
    Path soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice")
        .stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    if (soffice == null) {
      System.out.println("NOTICE: LibreOffice PDF test skipped: soffice not installed");
    }
    Assumptions.assumeTrue(soffice != null, "soffice not installed");
    Path docx = dir.resolve("ke-hoach.docx");
    Files.write(docx, docx());
    Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    pdf = Files.readAllBytes(dir.resolve("ke-hoach.pdf"));
  }

  static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      text(doc, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
      text(doc, "Số: 27/KH-UBND");
      text(doc, "Lào Cai, ngày 20 tháng 3 năm 2026");
      text(doc, "KẾ HOẠCH");
      text(doc, "Phát triển hệ sinh thái khởi nghiệp sáng tạo giai đoạn 2026 - 2030");
      text(doc, "I. NHIỆM VỤ");
      XWPFTable t = doc.createTable(TASKS + 1, TASK_HEADER.length);
      int[] widths = {500, 3200, 1600, 1600, 1200, 1200};
      fill(t.getRow(0), TASK_HEADER, widths);
      t.getRow(0).setRepeatHeader(true);
      for (int i = 1; i <= TASKS; i++) {
        fill(t.getRow(i), task(i), widths);
      }
      XWPFParagraph end = doc.createParagraph();
      end.createRun().setText("Kế hoạch có hiệu lực kể từ ngày ký.");
      // this paragraph ends the portrait section; the annex after it is landscape
      CTSectPr portrait = end.getCTP().addNewPPr().addNewSectPr();
      CTPageSz a4 = portrait.addNewPgSz();
      a4.setW(BigInteger.valueOf(11906));
      a4.setH(BigInteger.valueOf(16838));
      text(doc, "Phụ lục: KINH PHÍ THỰC HIỆN");
      text(doc, "Đơn vị tính: triệu đồng");
      XWPFTable b = doc.createTable(BUDGET.length + 1, BUDGET_HEADER.length);
      int[] bw = {500, 4200, 1300, 1000, 1000, 1000, 1000, 1000, 2500};
      fill(b.getRow(0), BUDGET_HEADER, bw);
      for (int i = 0; i < BUDGET.length; i++) {
        fill(b.getRow(i + 1), BUDGET[i], bw);
      }
      CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
          : doc.getDocument().getBody().addNewSectPr();
      CTPageSz land = body.isSetPgSz() ? body.getPgSz() : body.addNewPgSz();
      land.setW(BigInteger.valueOf(16838));
      land.setH(BigInteger.valueOf(11906));
      land.setOrient(STPageOrientation.LANDSCAPE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  static void text(XWPFDocument doc, String s) {
    doc.createParagraph().createRun().setText(s);
  }

  static void fill(XWPFTableRow row, String[] cells, int[] widths) {
    for (int c = 0; c < cells.length; c++) {
      row.getCell(c).setText(cells[c]);
      row.getCell(c).setWidth(String.valueOf(widths[c]));
    }
  }

  @Test
  void tablesOfAPdfExportedByLibreOfficeAreRebuiltCellByCell() {
    List<String> lines = DocumentReader.lines("ke-hoach.pdf", pdf);
    List<String> expected = new ArrayList<>();
    expected.add(String.join("\t", TASK_HEADER));
    for (int i = 1; i <= TASKS; i++) {
      expected.add(String.join("\t", task(i)));
    }
    expected.add("Kế hoạch có hiệu lực kể từ ngày ký.");
    expected.add(String.join("\t", BUDGET_HEADER));
    for (String[] r : BUDGET) {
      expected.add(String.join("\t", r));
    }
    assertThat(lines).as(String.join("\n", lines)).containsSubsequence(expected);
    assertThat(lines.stream().filter(l -> l.startsWith("TT\tNhiệm vụ"))).hasSize(1); // the repeated header dropped
    assertThat(lines).contains("Số: 27/KH-UBND", "KẾ HOẠCH");
  }

  @Test
  void theFullParseFindsTasksAndBudgetLines() {
    ParsedPlan p = PlanReading.read("ke-hoach.pdf", pdf, SeedPlans.lookup(), 2026);
    assertThat(p.number()).isEqualTo("27/KH-UBND");
    assertThat(p.tasks()).hasSize(TASKS);
    assertThat(p.tasks().get(0).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("STC"));
    assertThat(p.budget()).hasSize(2);
    assertThat(p.budget().get(0).total()).isEqualByComparingTo("1000");
    assertThat(p.budget().get(1).byYear()).containsEntry(2030, new BigDecimal("100"));
  }
}
