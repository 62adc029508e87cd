package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.innohub.plan.importing.TestPdf.cell;
import static vn.innohub.plan.importing.TestPdf.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.innohub.plan.importing.TestPdf.Head;

/**
 * PDFs drawn with PDFBox (text and table borders at known positions) read back into the parser's lines: table rows
 * cell by cell, wrapped cells joined, a row cut by the page break continued, the repeated header dropped.
 */
class PdfPlanImportTest {

  static final float[] TASK_WIDTHS = {30, 150, 85, 85, 75, 70};
  static final List<Head> TASK_HEADER = List.of(
      new Head(0, 0, 0, 0, "TT"),
      new Head(1, 1, 0, 0, "Nhiệm vụ"),
      new Head(2, 2, 0, 0, "Cơ quan", "chủ trì"),
      new Head(3, 3, 0, 0, "Cơ quan", "phối hợp"),
      new Head(4, 4, 0, 0, "Thời gian", "thực hiện"),
      new Head(5, 5, 0, 0, "Sản phẩm"));

  /** 14 task rows; row 1 has the wrapped lead agency, others are long enough to push a row over the page break. */
  static List<List<List<String>>> taskRows() {
    List<List<List<String>>> rows = new ArrayList<>();
    rows.add(row(cell("I"), cell("Nhóm nhiệm vụ truyền thông"), cell(), cell(), cell(), cell()));
    rows.add(row(cell("1"), cell("Tổ chức tuyên truyền về khởi", "nghiệp sáng tạo trên báo, đài"),
        cell("Sở Khoa học và", "Công nghệ"), cell("Sở Tư pháp"), cell("Năm 2026"), cell("10 chuyên", "mục")));
    for (int i = 2; i <= 14; i++) {
      rows.add(row(cell(String.valueOf(i)),
          cell("Nhiệm vụ số " + i + " về hỗ trợ", "doanh nghiệp khởi nghiệp", "sáng tạo của tỉnh", "giai đoạn tới"),
          cell("Sở Tài chính"), cell("Sở Giáo dục và", "Đào tạo"), cell("Quý " + (i % 4 + 1) + "/2027"),
          cell("0" + (i % 9 + 1) + " báo cáo")));
    }
    return rows;
  }

  static String joined(List<String> cell) {
    return String.join(" ", cell);
  }

  static String tabRow(List<List<String>> row) {
    List<String> cells = new ArrayList<>();
    for (List<String> c : row) {
      cells.add(joined(c));
    }
    return String.join("\t", cells);
  }

  static byte[] taskPlan(boolean borders) throws IOException {
    try (TestPdf pdf = new TestPdf()) {
      pdf.borders = borders;
      pdf.page(TestPdf.PORTRAIT);
      pdf.twoBlocks("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      pdf.twoBlocks("Số: 15/KH-UBND", "Lào Cai, ngày 15 tháng 01 năm 2026");
      pdf.y += 10;
      pdf.centred("KẾ HOẠCH", "Hỗ trợ khởi nghiệp sáng tạo tỉnh Lào Cai giai đoạn 2026 - 2030");
      pdf.para("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025; Ủy ban nhân dân tỉnh ban hành kế",
          "hoạch hỗ trợ hệ sinh thái khởi nghiệp sáng tạo của tỉnh như sau:");
      pdf.para("I. NHIỆM VỤ");
      pdf.table(TASK_WIDTHS, 1, TASK_HEADER, taskRows());
      pdf.para("Kế hoạch này thay thế các kế hoạch trước đây về khởi nghiệp sáng tạo.");
      return pdf.bytes();
    }
  }

  @ParameterizedTest(name = "borders drawn: {0}")
  @ValueSource(booleans = {true, false})
  void aTaskTableIsRebuiltRowByRowAcrossThePageBreak(boolean borders) throws IOException {
    List<String> lines = DocumentReader.lines("ke-hoach.pdf", taskPlan(borders));
    List<List<List<String>>> rows = taskRows();
    int header = lines.indexOf("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm");
    assertThat(header).as(String.join("\n", lines)).isPositive();
    for (int r = 0; r < rows.size(); r++) {
      assertThat(lines.get(header + 1 + r)).as("row " + r).isEqualTo(tabRow(rows.get(r)));
    }
    assertThat(lines.get(header + 2).split("\t")[2]).isEqualTo("Sở Khoa học và Công nghệ");
    // the header repeated on page 2 is dropped: it is printed once
    assertThat(lines.stream().filter(l -> l.startsWith("TT\t"))).hasSize(1);
    assertThat(lines).contains("Số: 15/KH-UBND", "Lào Cai, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH",
        "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025; Ủy ban nhân dân tỉnh ban hành kế"
            + " hoạch hỗ trợ hệ sinh thái khởi nghiệp sáng tạo của tỉnh như sau:",
        "Kế hoạch này thay thế các kế hoạch trước đây về khởi nghiệp sáng tạo.");
  }

  @Test
  void theTableReallyRunsOverThePageBreakWithARowCutInTwo() throws IOException {
    // the fixture, checked on the words: a row's first lines on page 1, its last ones on page 2 under the header
    byte[] content = taskPlan(true);
    try (var pdf = vn.innohub.shared.files.PdfText.open(content)) {
      PdfWords.Pages pages = PdfWords.read(pdf, ReadProgress.NONE);
      assertThat(pages.pages()).isEqualTo(2);
      List<PageWord> page2 = pages.words().stream().filter(w -> w.page() == 2).toList();
      PageWord firstOnPage2 = page2.stream().filter(w -> !w.text().equals("TT")).min(
          java.util.Comparator.comparingDouble(PageWord::y0)).orElseThrow();
      assertThat(page2.stream().map(PageWord::text)).contains("TT", "Nhiệm", "phối");
      // the cut row: page 2 starts with cell text whose row number is on page 1
      List<PageWord> topRow = page2.stream().filter(w -> Math.abs(w.y0() - page2.stream()
          .filter(x -> !List.of("TT", "Nhiệm", "vụ", "Cơ", "quan", "chủ", "trì", "phối", "hợp", "Thời", "gian",
              "thực", "hiện", "Sản", "phẩm").contains(x.text())).mapToDouble(PageWord::y0).min().orElseThrow()) < 2)
          .toList();
      assertThat(topRow.stream().map(PageWord::text).filter(t -> t.matches("\\d+"))).isEmpty();
      assertThat(firstOnPage2.y0()).isLessThan(200);
    }
  }

  @Test
  void theFullParseFindsTheTasksWithTheirAgencies() throws IOException {
    ParsedPlan p = PlanReading.read("ke-hoach.pdf", taskPlan(true), SeedPlans.lookup(), 2026);
    assertThat(p.number()).isEqualTo("15/KH-UBND");
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2030);
    assertThat(p.tasks()).hasSize(14);
    ParsedPlan.Task first = p.tasks().get(0);
    assertThat(first.name()).isEqualTo("Tổ chức tuyên truyền về khởi nghiệp sáng tạo trên báo, đài");
    assertThat(first.lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(first.coordinating().unitIds()).containsExactly(SeedPlans.PROVINCE.id("STP"));
    assertThat(first.section()).isEqualTo("I. Nhóm nhiệm vụ truyền thông");
    for (ParsedPlan.Task t : p.tasks().subList(1, 14)) {
      assertThat(t.lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("STC"));
      assertThat(t.coordinating().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SGDDT"));
      assertThat(t.name()).startsWith("Nhiệm vụ số " + t.code() + " về").endsWith("giai đoạn tới");
    }
  }

  // ------------------------------------------------------------ budget annex, landscape, two-level header

  static final float[] BUDGET_WIDTHS = {30, 230, 70, 55, 55, 55, 55, 55, 137};
  static final List<Head> BUDGET_HEADER = List.of(
      new Head(0, 0, 0, 1, "TT"),
      new Head(1, 1, 0, 1, "Nội dung"),
      new Head(2, 2, 0, 1, "Tổng kinh", "phí"),
      new Head(3, 7, 0, 0, "Chia ra các năm"),
      new Head(3, 3, 1, 1, "2026"), new Head(4, 4, 1, 1, "2027"), new Head(5, 5, 1, 1, "2028"),
      new Head(6, 6, 1, 1, "2029"), new Head(7, 7, 1, 1, "2030"),
      new Head(8, 8, 0, 1, "Nguồn vốn"));

  static List<List<List<String>>> budgetRows() {
    return List.of(
        row(cell("I"), cell("Hỗ trợ doanh nghiệp"), cell("1.500"), cell("300"), cell("300"), cell("300"),
            cell("300"), cell("300"), cell()),
        row(cell("1"), cell("Hỗ trợ ươm tạo doanh nghiệp khởi nghiệp", "sáng tạo"), cell("1.000"), cell("200"),
            cell("200"), cell("200"), cell("200"), cell("200"), cell("Ngân sách tỉnh")),
        row(cell("2"), cell("Hỗ trợ kết nối đầu tư"), cell("500"), cell("100"), cell("100"), cell("100"),
            cell("100"), cell("100"), cell("Ngân sách tỉnh", "và xã hội hóa")),
        row(cell(), cell("Tổng cộng"), cell("1.500"), cell("300"), cell("300"), cell("300"), cell("300"),
            cell("300"), cell()));
  }

  static byte[] budgetPlan(boolean borders) throws IOException {
    try (TestPdf pdf = new TestPdf()) {
      pdf.borders = borders;
      pdf.page(TestPdf.PORTRAIT);
      pdf.centred("KẾ HOẠCH", "Phát triển khởi nghiệp giai đoạn 2026 - 2030");
      pdf.para("I. MỤC TIÊU");
      pdf.table(new float[] {30, 200, 120, 145}, 1, List.of(new Head(0, 0, 0, 0, "STT"),
              new Head(1, 1, 0, 0, "Chỉ tiêu"), new Head(2, 2, 0, 0, "Giá trị đến", "năm 2030"),
              new Head(3, 3, 0, 0, "Cơ quan chủ trì")),
          List.of(row(cell("1"), cell("Số doanh nghiệp khởi nghiệp", "sáng tạo"), cell("150 doanh", "nghiệp"),
                  cell("Sở Khoa học và", "Công nghệ")),
              row(cell("2"), cell("Số vườn ươm"), cell("02 vườn ươm"), cell("Sở Tài chính"))));
      pdf.page(TestPdf.LANDSCAPE);
      pdf.para("Phụ lục: KINH PHÍ THỰC HIỆN", "Đơn vị tính: triệu đồng");
      pdf.table(BUDGET_WIDTHS, 2, BUDGET_HEADER, budgetRows());
      return pdf.bytes();
    }
  }

  @ParameterizedTest(name = "borders drawn: {0}")
  @ValueSource(booleans = {true, false})
  void aLandscapeBudgetTableWithYearColumnsUnderATwoLevelHeaderIsRebuilt(boolean borders) throws IOException {
    List<String> lines = DocumentReader.lines("ke-hoach.pdf", budgetPlan(borders));
    int header = lines.indexOf("TT\tNội dung\tTổng kinh phí\tChia ra các năm 2026\t2027\t2028\t2029\t2030\tNguồn vốn");
    int plain = lines.indexOf("TT\tNội dung\tTổng kinh phí\t2026\t2027\t2028\t2029\t2030\tNguồn vốn");
    assertThat(Math.max(header, plain)).as(String.join("\n", lines)).isPositive();
    int at = Math.max(header, plain);
    List<List<List<String>>> rows = budgetRows();
    for (int r = 0; r < rows.size(); r++) {
      assertThat(lines.get(at + 1 + r)).as("row " + r).isEqualTo(tabRow(rows.get(r)));
    }
    assertThat(lines).contains("STT\tChỉ tiêu\tGiá trị đến năm 2030\tCơ quan chủ trì",
        "1\tSố doanh nghiệp khởi nghiệp sáng tạo\t150 doanh nghiệp\tSở Khoa học và Công nghệ");
  }

  @Test
  void theFullParseFindsTargetsAndBudgetLines() throws IOException {
    ParsedPlan p = PlanReading.read("ke-hoach.pdf", budgetPlan(true), SeedPlans.lookup(), 2026);
    assertThat(p.targets()).hasSize(2);
    assertThat(p.targets().get(0).name()).isEqualTo("Số doanh nghiệp khởi nghiệp sáng tạo");
    assertThat(p.targets().get(0).value().min()).isEqualByComparingTo("150");
    assertThat(p.targets().get(0).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(p.budget()).hasSize(2);
    ParsedPlan.BudgetLine first = p.budget().get(0);
    assertThat(first.label()).isEqualTo("Hỗ trợ ươm tạo doanh nghiệp khởi nghiệp sáng tạo");
    assertThat(first.total()).isEqualByComparingTo("1000");
    assertThat(first.byYear()).containsEntry(2026, new BigDecimal("200")).containsEntry(2030, new BigDecimal("200"));
    assertThat(p.budget().get(1).source()).isEqualTo("Ngân sách tỉnh và xã hội hóa");
    assertThat(p.budgetTotals()).allSatisfy(t -> assertThat(t.mismatches()).isEmpty());
  }

  // ------------------------------------------------------------ a heading right above, sub-indicator rows

  @ParameterizedTest(name = "borders drawn: {0}")
  @ValueSource(booleans = {true, false})
  void aHeadingRightAboveTheTableStaysProseAndSubIndicatorRowsWithoutCodeStayRows(boolean borders) throws IOException {
    byte[] content;
    try (TestPdf pdf = new TestPdf()) {
      pdf.borders = borders;
      pdf.page(TestPdf.PORTRAIT);
      pdf.para("NỘI DUNG THỰC HIỆN");
      pdf.table(new float[] {30, 220, 90, 155}, 1, List.of(new Head(0, 0, 0, 0, "STT"),
              new Head(1, 1, 0, 0, "Nội dung thực hiện"), new Head(2, 2, 0, 0, "Chỉ tiêu"),
              new Head(3, 3, 0, 0, "Đơn vị chủ trì")),
          List.of(row(cell("1"), cell("Số doanh nghiệp khởi nghiệp"), cell("150"), cell("Sở Tài chính")),
              row(cell(), cell("- Trong đó: doanh nghiệp do nữ làm", "chủ"), cell("30"), cell()),
              row(cell(), cell("- Doanh nghiệp công nghệ số"), cell("20"), cell()),
              row(cell("2"), cell("Số sự kiện kết nối"), cell("12"), cell("Sở Công Thương"))));
      content = pdf.bytes();
    }
    List<String> lines = DocumentReader.lines("ke-hoach.pdf", content);
    assertThat(lines).as(String.join("\n", lines)).containsSubsequence("NỘI DUNG THỰC HIỆN",
        "STT\tNội dung thực hiện\tChỉ tiêu\tĐơn vị chủ trì",
        "1\tSố doanh nghiệp khởi nghiệp\t150\tSở Tài chính",
        "\t- Trong đó: doanh nghiệp do nữ làm chủ\t30\t",
        "\t- Doanh nghiệp công nghệ số\t20\t",
        "2\tSố sự kiện kết nối\t12\tSở Công Thương");
  }
}
