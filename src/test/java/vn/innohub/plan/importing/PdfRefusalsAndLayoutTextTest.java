package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** PDFs that cannot be read say why (and nothing is parsed); text laid out with spaces is rebuilt into rows. */
class PdfRefusalsAndLayoutTextTest {

  private static String refusal(byte[] content) {
    try {
      PlanReading.read("ke-hoach.pdf", content, AgencyLookup.none(), 2026);
    } catch (UnreadableDocument e) {
      return e.code();
    }
    return "accepted";
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    pdf.close();
    return out.toByteArray();
  }

  @Test
  void aPasswordProtectedPdfIsRefusedAsEncrypted() throws IOException {
    PDDocument pdf = new PDDocument();
    pdf.addPage(new PDPage());
    StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "matkhau", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    pdf.protect(policy);
    assertThat(refusal(save(pdf))).isEqualTo("plan.import.pdfEncrypted");
  }

  @Test
  void aPdfWithoutTextIsAScanAndGoesToTheScannedHook() throws IOException {
    PDDocument pdf = new PDDocument();
    for (int i = 0; i < 2; i++) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        cs.addRect(50, 50, 400, 600); // a picture's grey box stands for the scanned page
        cs.fill();
      }
    }
    byte[] content = save(pdf);
    withoutOcr(() -> {
      assertThat(refusal(content)).isEqualTo("plan.import.pdfNoText");
      assertThatThrownBy(() -> DocumentReader.scanned(content, ReadProgress.NONE))
          .isInstanceOf(UnreadableDocument.class).hasMessage("plan.import.pdfNoText");
    });
  }

  /** Runs {@code body} as on a node without Tesseract (the scanned hook then says what to install). */
  private static void withoutOcr(Runnable body) {
    OcrEngine before = OcrEngine.current();
    OcrEngine.use(new OcrEngine("tesseract", false, java.time.Duration.ofSeconds(60), 1));
    try {
      body.run();
    } finally {
      OcrEngine.use(before);
    }
  }

  @Test
  void aPdfOfMoreThanTwoHundredPagesIsRefusedAsTooLong() throws IOException {
    PDDocument pdf = new PDDocument();
    for (int i = 0; i < DocumentReader.MAX_PDF_PAGES + 1; i++) {
      pdf.addPage(new PDPage());
    }
    assertThat(refusal(save(pdf))).isEqualTo("plan.import.pdfTooLong");
    PDDocument ok = new PDDocument();
    for (int i = 0; i < 200; i++) {
      ok.addPage(new PDPage());
    }
    byte[] blank = save(ok);
    withoutOcr(() -> assertThat(refusal(blank)).isEqualTo("plan.import.pdfNoText")); // 200 pages are read (blank here)
  }

  @Test
  void aDamagedPdfIsRefusedAsDamaged() {
    byte[] garbage = new byte[4000];
    new java.util.Random(18).nextBytes(garbage);
    byte[] content = ("%PDF-1.7\n" + new String(garbage, StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refusal(content)).isEqualTo("plan.import.pdfDamaged");
    assertThat(refusal("%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("plan.import.pdfDamaged");
  }

  @Test
  void pagesReadAreReported() throws IOException {
    byte[] content = PdfPlanImportTest.taskPlan(true);
    List<String> calls = new ArrayList<>();
    DocumentReader.lines("ke-hoach.pdf", content, (done, total) -> calls.add(done + "/" + total));
    assertThat(calls).containsExactly("1/2", "2/2");
  }

  // ------------------------------------------------------------ text laid out with spaces

  static final String LAID_OUT = String.join("\n",
      "UBND TỈNH LÀO CAI                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 21/KH-UBND                            Lào Cai, ngày 10 tháng 02 năm 2026",
      "",
      "                              KẾ HOẠCH",
      "           Phát triển khởi nghiệp sáng tạo giai đoạn 2026 - 2030",
      "",
      "II. NHIỆM VỤ",
      "",
      " TT      Nhiệm vụ                     Cơ quan          Cơ quan        Thời gian",
      "                                      chủ trì          phối hợp       thực hiện",
      " 1       Xây dựng cổng thông tin      Sở Khoa học và   Sở Tài chính   Năm 2026",
      "         khởi nghiệp của tỉnh         Công nghệ",
      " 2       Tổ chức ngày hội khởi        Sở Công Thương   Sở Nội vụ      Hằng năm",
      "         nghiệp sáng tạo",
      "\f TT      Nhiệm vụ                     Cơ quan          Cơ quan        Thời gian",
      "                                      chủ trì          phối hợp       thực hiện",
      "         hằng năm",
      " 3       Hỗ trợ ươm tạo doanh         Sở Tài chính     Sở Y tế        2027-2028",
      "         nghiệp",
      "",
      "Kế hoạch này có hiệu lực kể từ ngày ký.");

  @Test
  void textLaidOutWithSpacesIsRebuiltIntoTabSeparatedRows() {
    List<String> lines = DocumentReader.lines("ke-hoach.txt", LAID_OUT.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).containsSubsequence(
        "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện",
        "1\tXây dựng cổng thông tin khởi nghiệp của tỉnh\tSở Khoa học và Công nghệ\tSở Tài chính\tNăm 2026",
        "2\tTổ chức ngày hội khởi nghiệp sáng tạo hằng năm\tSở Công Thương\tSở Nội vụ\tHằng năm",
        "3\tHỗ trợ ươm tạo doanh nghiệp\tSở Tài chính\tSở Y tế\t2027-2028",
        "Kế hoạch này có hiệu lực kể từ ngày ký.");
    assertThat(lines).contains("Số: 21/KH-UBND", "Lào Cai, ngày 10 tháng 02 năm 2026");
    assertThat(lines.stream().filter(l -> l.startsWith("TT\t"))).hasSize(1);
    ParsedPlan p = new PlanTextParser(SeedPlans.lookup()).parse(lines, 2026);
    assertThat(p.number()).isEqualTo("21/KH-UBND");
    assertThat(p.tasks()).hasSize(3);
    assertThat(p.tasks().get(0).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
  }

  @Test
  void ordinaryTextWithAFewWideGapsIsNotTakenForLaidOutText() {
    String text = "KẾ HOẠCH\nSố: 3/KH-UBND     Hà Giang, ngày 1 tháng 2 năm 2026\n- Cơ quan chủ trì:   Sở Tài chính\n";
    assertThat(DocumentReader.lines("a.txt", text.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(text.split("\n", -1));
    assertThat(DocumentReader.looksLaidOut(List.of("a\tb   c", "x   y", "x   y", "x   y", "x   y", "x   y",
        "x   y", "x   y", "x   y"))).isFalse();
  }
}
