package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scans and images through OCR (issue 18): pages drawn in the test (DejaVu Sans, a ruled table with wrapped cells,
 * rotated 0.4° and specked), put into an image-only PDF or a PNG, read by Tesseract; the cells drawn are compared,
 * folded, with what was read. Skipped with a notice when Tesseract with Vietnamese is not installed (CI has it).
 */
class ScannedPlanOcrTest {

  private static final OcrEngine DEFAULT = OcrEngine.current();

  static final List<String> PROSE = List.of("# KẾ HOẠCH",
      "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Minh Sơn giai đoạn 2026 - 2030", "",
      "# PHỤ LỤC I", "MỤC TIÊU CỤ THỂ");
  static final List<List<String>> TARGETS = List.of(
      List.of("STT", "MỤC TIÊU", "GIAI ĐOẠN 2026 - 2030", "CƠ QUAN TỔNG HỢP", "CƠ QUAN CHỦ TRÌ"),
      List.of("1", "Số doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ ươm tạo", "25 doanh nghiệp",
          "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ"),
      List.of("2", "Số dự án khởi nghiệp sáng tạo gọi vốn thành công", "5 dự án", "Sở Khoa học và Công nghệ",
          "Sở Tài chính"),
      List.of("3", "Tỷ lệ xã, phường có điểm hỗ trợ chuyển đổi số", "80 %", "Sở Khoa học và Công nghệ",
          "Sở Nội vụ"));
  static final List<List<String>> TASKS = List.of(
      List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
      List.of("1", "Xây dựng và vận hành Cổng thông tin khởi nghiệp đổi mới sáng tạo của tỉnh",
          "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2026"),
      List.of("2", "Tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo hằng năm", "Sở Khoa học và Công nghệ",
          "Tỉnh đoàn", "Hằng năm"));
  static final double[] TARGET_COLUMNS = {0.07, 0.35, 0.18, 0.2, 0.2};
  static final double[] TASK_COLUMNS = {0.07, 0.38, 0.2, 0.17, 0.18};

  @AfterEach
  void restoreEngine() {
    OcrEngine.use(DEFAULT);
  }

  @Test
  void aScannedPdfIsReadPageByPageWithItsTableCellsAndEachLinesConfidence() throws Exception {
    OcrEngine.use(ScanFixtures.tesseract());
    byte[] pdf = ScanFixtures.imagePdf(List.of(
        ScanFixtures.page(300, PROSE, TARGETS, TARGET_COLUMNS, 11),
        ScanFixtures.page(300, List.of("# PHỤ LỤC II", "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH"), TASKS, TASK_COLUMNS, 12)));
    List<String> progress = new ArrayList<>();

    long start = System.nanoTime();
    PlanReading.Source source = PlanReading.source("scan.pdf", pdf, (done, total) -> progress.add(done + "/" + total));
    System.out.printf("OCR of a 2-page scan: %.1f s%n", (System.nanoTime() - start) / 1e9);

    for (int i = 0; i < source.lines().size(); i++) {
      System.out.println((i + 1) + " [" + source.lineConfidence().get(i + 1) + " %] "
          + source.lines().get(i).replace("\t", " ⇥ "));
    }
    // the text layer's pass (no text found), then OCR's
    assertThat(progress.subList(progress.size() - 2, progress.size())).containsExactly("1/2", "2/2");
    List<List<String>> expected = new ArrayList<>(TARGETS);
    expected.addAll(TASKS);
    double found = cellsFound(source.lines(), expected);
    System.out.printf("cells read right: %.0f %%%n", found * 100);
    assertThat(found).isGreaterThanOrEqualTo(0.9);
    assertThat(folded(String.join(" ", source.lines()))).contains("ke hoach", "phat trien he sinh thai");

    // every table row read carries its words' mean confidence, on the line the parser sees
    for (int i = 0; i < source.lines().size(); i++) {
      if (source.lines().get(i).contains("\t")) {
        assertThat(source.lineConfidence()).containsKey(i + 1);
        assertThat(source.lineConfidence().get(i + 1)).isBetween(50, 100);
      }
    }
    ParsedPlan plan = PlanReading.parse(source, SeedPlans.lookup(), 2026);
    assertThat(plan.targets()).hasSize(3);
    assertThat(plan.tasks()).hasSize(2);
    assertThat(folded(plan.tasks().get(0).lead().text())).isEqualTo("so khoa hoc va cong nghe");
    for (ParsedPlan.Target t : plan.targets()) {
      assertThat(source.lineConfidence()).containsKey(t.line());
    }
  }

  @Test
  void aPhotographedPageAsPngIsReadAsOnePage() throws Exception {
    OcrEngine.use(ScanFixtures.tesseract());
    byte[] png = ScanFixtures.png(ScanFixtures.page(300, List.of("# PHỤ LỤC II"), TASKS, TASK_COLUMNS, 5));
    assertThat(DocumentReader.kind("anh.png", png)).isEqualTo(DocumentReader.Kind.IMAGE);

    DocumentReader.Read read = DocumentReader.read("anh.png", png, ReadProgress.NONE);

    assertThat(cellsFound(read.lines(), TASKS)).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void aPhotoOfASceneHasNoReadableText() throws Exception {
    OcrEngine.use(ScanFixtures.tesseract());
    byte[] jpeg = ScanFixtures.encode(ScanFixtures.photo(640, 480, 3), "jpeg");

    assertThatThrownBy(() -> DocumentReader.read("IMG_2041.jpg", jpeg, ReadProgress.NONE))
        .isInstanceOf(UnreadableDocument.class).extracting(e -> ((UnreadableDocument) e).code())
        .isEqualTo("plan.import.ocrNoText");
  }

  @Test
  void withoutOcrAScannedPdfSaysWhatToInstallOrToPasteTheText() throws Exception {
    OcrEngine.use(new OcrEngine("tesseract", false, Duration.ofSeconds(5), 1));
    byte[] pdf = ScanFixtures.imagePdf(List.of(ScanFixtures.page(100, PROSE, TARGETS, TARGET_COLUMNS, 0)));
    byte[] png = ScanFixtures.png(ScanFixtures.page(100, PROSE, null, null, 0));

    assertThat(code(pdf)).isEqualTo("plan.import.pdfNoText");
    assertThat(code(png)).isEqualTo("plan.import.ocrUnavailable");
    OcrEngine.use(new OcrEngine("/nonexistent/tesseract", true, Duration.ofSeconds(5), 1));
    assertThat(code(pdf)).isEqualTo("plan.import.pdfNoText");
  }

  @Test
  void imagesAreKnownByTheirBytesNotTheirName() throws Exception {
    var image = ScanFixtures.page(50, List.of("Kế hoạch"), null, null, 0);
    assertThat(DocumentReader.kind("a.txt", ScanFixtures.encode(image, "png"))).isEqualTo(DocumentReader.Kind.IMAGE);
    assertThat(DocumentReader.kind("a.docx", ScanFixtures.encode(image, "jpeg"))).isEqualTo(DocumentReader.Kind.IMAGE);
    assertThat(DocumentReader.kind("a", ScanFixtures.encode(image, "tiff"))).isEqualTo(DocumentReader.Kind.IMAGE);
    assertThat(DocumentReader.kind("a.png", "PNG is a format".getBytes())).isEqualTo(DocumentReader.Kind.TEXT);
  }

  private static String code(byte[] content) {
    try {
      DocumentReader.read("x", content, ReadProgress.NONE);
      return "accepted";
    } catch (UnreadableDocument e) {
      return e.code();
    }
  }

  /**
   * The share of the expected cells found: for each expected row the read tab-separated line with most matching
   * cells, a cell matching when its folded text is within 10 % (edits per character) of the expected one.
   */
  static double cellsFound(List<String> lines, List<List<String>> rows) {
    int total = 0;
    int found = 0;
    for (List<String> row : rows) {
      int best = 0;
      for (String line : lines) {
        String[] cells = line.split("\t", -1);
        if (cells.length != row.size()) {
          continue;
        }
        int match = 0;
        for (int c = 0; c < row.size(); c++) {
          String want = folded(row.get(c));
          String got = folded(cells[c]);
          match += distance(want, got) <= Math.max(0, want.length() / 10) ? 1 : 0;
        }
        best = Math.max(best, match);
      }
      total += row.size();
      found += best;
    }
    return (double) found / total;
  }

  /** Lower case, diacritics and đ folded, anything but letters and digits dropped (OCR's spacing varies). */
  static String folded(String s) {
    String nfd = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    for (char c : nfd.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c < 128 && (Character.isLetterOrDigit(c) || c == ' ')) {
        b.append(c);
      }
    }
    return b.toString().replaceAll(" +", " ").strip();
  }

  static int distance(String a, String b) {
    a = a.replace(" ", "");
    b = b.replace(" ", "");
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
