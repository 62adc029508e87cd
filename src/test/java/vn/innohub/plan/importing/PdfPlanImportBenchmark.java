package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.innohub.shared.files.ParseGuard;

/**
 * PDF plan import speed (issue 18): a text PDF of about 100 pages drawn with PDFBox — a task table whose cells wrap
 * over four lines, bordered, its header repeated on every page — read by position ({@link DocumentReader#lines}) and
 * parsed ({@link PlanReading#read}) with the demo province's agencies, within the PDF parse budget. Run with
 * bench/pdf-import.sh; prints the median of the measured runs.
 */
public final class PdfPlanImportBenchmark {

  private PdfPlanImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rowsWanted = args.length > 1 ? Integer.parseInt(args[1]) : 1_400;
    long t0 = System.nanoTime();
    byte[] pdf = plan(rowsWanted);
    System.out.printf("generated: %d task rows, %d KB in %.1f s%n", rowsWanted, pdf.length / 1024,
        (System.nanoTime() - t0) / 1e9);
    AgencyLookup lookup = SeedPlans.lookup();
    int[] pages = new int[1];
    ParsedPlan warm = ParseGuard.within(PlanReading.PDF_PARSE_BUDGET,
        () -> PlanReading.parse(PlanReading.source("plan.pdf", pdf, (d, t) -> pages[0] = t), lookup, 2026));
    System.out.printf("pages: %d, tasks found: %d, unused lines: %d%n", pages[0], warm.tasks().size(),
        warm.unparsed().size());
    double[] read = new double[runs];
    double[] all = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      List<String> lines = ParseGuard.within(PlanReading.PDF_PARSE_BUDGET, () -> DocumentReader.lines("plan.pdf", pdf));
      read[i] = (System.nanoTime() - s) / 1e9;
      s = System.nanoTime();
      ParsedPlan p = ParseGuard.within(PlanReading.PDF_PARSE_BUDGET,
          () -> PlanReading.read("plan.pdf", pdf, lookup, 2026));
      all[i] = (System.nanoTime() - s) / 1e9;
      if (p.tasks().size() != rowsWanted || lines.isEmpty()) {
        throw new IllegalStateException("expected " + rowsWanted + " tasks, found " + p.tasks().size());
      }
    }
    Arrays.sort(read);
    Arrays.sort(all);
    System.out.printf("DocumentReader.lines: median %.2f s (min %.2f, max %.2f) over %d runs%n", read[runs / 2],
        read[0], read[runs - 1], runs);
    System.out.printf("PlanReading.read:     median %.2f s (min %.2f, max %.2f) over %d runs%n", all[runs / 2],
        all[0], all[runs - 1], runs);
  }

  static byte[] plan(int rows) throws Exception {
    String[] leads = {"Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Công Thương"};
    try (TestPdf pdf = new TestPdf()) {
      pdf.page(TestPdf.PORTRAIT);
      pdf.twoBlocks("Số: 99/KH-UBND", "Lào Cai, ngày 15 tháng 01 năm 2026");
      pdf.centred("KẾ HOẠCH", "Thử nghiệm đọc PDF dài giai đoạn 2026 - 2030");
      List<List<List<String>>> table = new ArrayList<>();
      for (int i = 1; i <= rows; i++) {
        String lead = leads[i % leads.length];
        List<String> leadLines = lead.length() > 14 ? List.of(lead.substring(0, lead.lastIndexOf(' ', 14)),
            lead.substring(lead.lastIndexOf(' ', 14) + 1)) : List.of(lead);
        table.add(TestPdf.row(TestPdf.cell(String.valueOf(i)),
            TestPdf.cell("Nhiệm vụ số " + i + " về hỗ trợ", "doanh nghiệp khởi nghiệp", "sáng tạo của tỉnh",
                "giai đoạn tới"),
            leadLines, TestPdf.cell("Sở Tư pháp"), TestPdf.cell("Năm " + (2026 + i % 5)),
            TestPdf.cell("0" + (i % 9 + 1) + " báo cáo")));
      }
      pdf.table(PdfPlanImportTest.TASK_WIDTHS, 1, PdfPlanImportTest.TASK_HEADER, table);
      return pdf.bytes();
    }
  }
}
