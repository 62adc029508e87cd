package vn.innohub.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The streaming readers that replaced POI's whole-file models for uploads ({@link SheetRows}, {@link DocxBlocks}) and
 * the integrity check of stored files ({@link FileKind#detect}): what they read from files built here with POI, and
 * what they refuse.
 */
class StreamingReadersTests {

  @AfterEach
  void defaults() {
    UploadGuards.apply(UploadLimits.DEFAULTS);
  }

  private static byte[] xlsx(java.util.function.Consumer<Workbook> fill) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook()) {
      fill.accept(wb);
      wb.write(out);
    }
    return out.toByteArray();
  }

  @Test
  void aSheetsFormulasGiveTheirCachedNumberTextAndBooleanResults() throws Exception {
    byte[] file = xlsx(wb -> {
      Sheet s = wb.createSheet("Don vi");
      Row r = s.createRow(0);
      r.createCell(0).setCellFormula("20+5");
      r.createCell(1).setCellFormula("CONCATENATE(\"Trung tâm \",\"Khởi nghiệp\")");
      r.createCell(2).setCellFormula("1>0");
      r.createCell(3).setCellValue("văn bản");
      r.createCell(5).setCellValue(7.5);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    });
    SheetRows.Sheet sheet = SheetRows.read(file, null, 10, 100).get(0);
    assertThat(sheet.name()).isEqualTo("Don vi");
    assertThat(sheet.rows()).singleElement().satisfies(row -> {
      assertThat(row.number()).isEqualTo(1);
      assertThat(row.cells()).containsExactly("25", "Trung tâm Khởi nghiệp", "TRUE", "văn bản", "", "7.5");
      assertThat(row.issues()).isEmpty();
    });
  }

  @Test
  void aFormulaWithoutACachedValueIsReportedWithItsSheetAndCell() throws Exception {
    byte[] file = xlsx(wb -> {
      Row r = wb.createSheet("Chi tieu").createRow(2);
      r.createCell(0).setCellValue("1");
      r.createCell(2).setCellFormula("20+5");
    });
    SheetRows.Row row = SheetRows.read(file, n -> true, 10, 100).get(0).rows().get(0);
    assertThat(row.cells()).containsExactly("1", "", "");
    assertThat(row.issues()).containsExactly(new SheetRows.FormulaIssue("Chi tieu", "C3", "=20+5", false));
  }

  @Test
  void rowsBeyondTheCapStopTheReading() throws Exception {
    byte[] file = xlsx(wb -> {
      Sheet s = wb.createSheet("A");
      for (int i = 0; i < 50; i++) {
        s.createRow(i).createCell(0).setCellValue(i);
      }
    });
    assertThatThrownBy(() -> SheetRows.read(file, null, 10, 20)).isInstanceOf(SheetRows.TooManyRows.class);
  }

  @Test
  void aSheetWhoseTextExceedsTheLimitIsRefusedAsTooComplex() throws Exception {
    UploadLimits d = UploadLimits.DEFAULTS;
    UploadGuards.apply(new UploadLimits(d.maxEntries(), d.maxDeclaredBytes(), d.maxInflatedBytes(), d.maxRatio(),
        d.ratioGraceBytes(), d.maxPdfPages(), d.maxPdfInflatedBytes(), 10_000, d.parseTimeBudget()));
    byte[] file = xlsx(wb -> {
      Sheet s = wb.createSheet("A");
      for (int i = 0; i < 2_000; i++) {
        s.createRow(i).createCell(0).setCellValue("dòng số " + i);
      }
    });
    assertThatThrownBy(() -> SheetRows.read(file, null, 10, 100_000)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(FileTooComplex.Limit.TEXT));
  }

  @Test
  void aDocxIsReadAsParagraphsAndTablesWithoutDeletedTextOrFieldCodes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      var p = doc.createParagraph();
      p.createRun().setText("Kế hoạch ");
      var r = p.createRun();
      r.setText("số 45");
      r.addTab();
      r.setText("năm 2026");
      XWPFTable t = doc.createTable(2, 2);
      t.getRow(0).getCell(0).setText("STT");
      t.getRow(0).getCell(1).setText("Nhiệm vụ");
      t.getRow(1).getCell(0).setText("1");
      t.getRow(1).getCell(1).setText("Truyền thông");
      t.getRow(1).getCell(1).addParagraph().createRun().setText("về khởi nghiệp");
      doc.createParagraph().createRun().setText("Hết.");
      doc.write(out);
    }
    List<DocxBlocks.Block> blocks = DocxBlocks.read(out.toByteArray());
    assertThat(blocks).containsExactly(new DocxBlocks.Paragraph("Kế hoạch số 45\tnăm 2026"),
        new DocxBlocks.Table(List.of(List.of("STT", "Nhiệm vụ"), List.of("1", "Truyền thông\nvề khởi nghiệp"))),
        new DocxBlocks.Paragraph("Hết."));
  }

  @Test
  void whatWordDoesNotShowIsLeftOutAndLinksAndBreaksAreRead() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      var p = doc.createParagraph();
      // tab stops are paragraph properties, not tabs
      p.getCTP().addNewPPr().addNewTabs().addNewTab().setPos(java.math.BigInteger.valueOf(720));
      p.createRun().setText("Xem tại ");
      p.createHyperlinkRun("https://innohub.example").setText("cổng thông tin");
      var field = p.createRun();
      field.getCTR().addNewInstrText().setStringValue(" PAGE ");
      var deleted = p.createRun();
      deleted.getCTR().addNewDelText().setStringValue("chữ đã xóa");
      var broken = p.createRun();
      broken.setText(" trang 1");
      broken.addBreak();
      broken.setText("dòng 2");
      doc.write(out);
    }
    assertThat(DocxBlocks.read(out.toByteArray()))
        .containsExactly(new DocxBlocks.Paragraph("Xem tại cổng thông tin trang 1\ndòng 2"));
  }

  /** A DOCX whose body is {@code body}. */
  private static byte[] docxOf(String body) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";
    // stored, not deflated: the ratio limit is not what these tests are about
    return ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.stored("word/document.xml", xml.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void tooManyParagraphsOrTooDeepANestingIsRefusedAsTooComplex() {
    String many = "<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(UploadLimits.DEFAULTS.maxTextChars() / 10 + 1);
    assertThatThrownBy(() -> DocxBlocks.read(docxOf(many))).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(FileTooComplex.Limit.ELEMENTS));
    String deep = "<w:p>".repeat(10_000) + "</w:p>".repeat(10_000);
    assertThatThrownBy(() -> DocxBlocks.read(docxOf(deep))).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(FileTooComplex.Limit.STRUCTURE));
    String hugeAttribute = "<w:p w:rsidR=\"" + "a".repeat(BoundedXml.MAX_TOKEN_BYTES + 1) + "\"/>";
    assertThatThrownBy(() -> DocxBlocks.read(docxOf(hugeAttribute))).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(FileTooComplex.Limit.STRUCTURE));
  }

  @Test
  void aDoctypeIsNeverExpanded() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;"
        + "&a;&a;&a;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
    byte[] file = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.deflated("word/document.xml", xml.getBytes(StandardCharsets.UTF_8))));
    assertThatThrownBy(() -> DocxBlocks.read(file)).isInstanceOf(OfficeInspection.NotAZip.class);
  }

  // --- integrity of stored files (FileKind.detect) ---

  private static byte[] realDocx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Biên bản nghiệm thu");
      doc.write(out);
    }
    return out.toByteArray();
  }

  private static byte[] realPdf() throws Exception {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] realImage(String format) throws Exception {
    var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Random random = new Random(3);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static byte[] half(byte[] file) {
    return Arrays.copyOf(file, file.length / 2);
  }

  private static byte[] magicAndNoise(byte[] file, int magic) {
    byte[] out = new byte[Math.max(file.length, 4096)];
    new Random(11).nextBytes(out);
    System.arraycopy(file, 0, out, 0, magic);
    return out;
  }

  @Test
  void realFilesOfEachKindAreAccepted() throws Exception {
    assertThat(FileKind.detect(realDocx())).contains(FileKind.DOCX);
    assertThat(FileKind.detect(xlsx(wb -> wb.createSheet("A").createRow(0).createCell(0).setCellValue(1))))
        .contains(FileKind.XLSX);
    assertThat(FileKind.detect(realPdf())).contains(FileKind.PDF);
    assertThat(FileKind.detect(realImage("png"))).contains(FileKind.PNG);
    assertThat(FileKind.detect(realImage("jpg"))).contains(FileKind.JPEG);
  }

  @Test
  void halfAFileOrItsSignatureFollowedByNoiseIsRefusedAsDamaged() throws Exception {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"half a DOCX", half(realDocx()), FileKind.DOCX});
    cases.add(new Object[] {"DOCX signature + noise", magicAndNoise(realDocx(), 4), FileKind.DOCX});
    cases.add(new Object[] {"half a PDF", half(realPdf()), FileKind.PDF});
    cases.add(new Object[] {"PDF signature + noise", magicAndNoise(realPdf(), 8), FileKind.PDF});
    cases.add(new Object[] {"PDF signature + noise + %%EOF",
        (new String(magicAndNoise(realPdf(), 8), StandardCharsets.ISO_8859_1) + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1),
        FileKind.PDF});
    cases.add(new Object[] {"half a PNG", half(realImage("png")), FileKind.PNG});
    cases.add(new Object[] {"PNG signature + noise", magicAndNoise(realImage("png"), 8), FileKind.PNG});
    cases.add(new Object[] {"half a JPEG", half(realImage("jpg")), FileKind.JPEG});
    cases.add(new Object[] {"JPEG signature + noise", magicAndNoise(realImage("jpg"), 3), FileKind.JPEG});
    // a DOCX whose directory is intact but whose document.xml is cut: well-formed XML it is not
    String cut = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>Biên bản";
    cases.add(new Object[] {"a DOCX with a cut document.xml", ZipBombs.zip(ZipBombs.docx(
        ZipBombs.Part.deflated("word/document.xml", cut.getBytes(StandardCharsets.UTF_8)))), FileKind.DOCX});
    for (Object[] c : cases) {
      assertThatThrownBy(() -> FileKind.detect((byte[]) c[1])).as((String) c[0])
          .isInstanceOfSatisfying(FileDamaged.class, e -> {
            assertThat(e.code()).isEqualTo("upload.damaged");
            assertThat(e.args()).containsExactly(((FileKind) c[2]).name());
          });
    }
  }
}
