package vn.innohub.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.Inflater;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.innohub.shared.files.FileTooComplex.Limit;
import vn.innohub.shared.files.ZipBombs.Part;

class OfficeInspectionTests {

  private static final long GIB_IN_MIB = 1024;

  @AfterEach
  void defaultLimits() {
    UploadGuards.apply(UploadLimits.DEFAULTS);
  }

  @Test
  void theZeroBombReallyInflatesToWhatItSays() throws Exception {
    byte[] deflated = ZipBombs.deflatedZeros(64);
    long inflated = 0;
    try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(deflated), new Inflater(true))) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        for (int i = 0; i < n; i++) {
          assertThat(buf[i]).isZero();
        }
        inflated += n;
      }
    }
    assertThat(inflated).isEqualTo(64L << 20);
    assertThat(deflated.length).isLessThan(100_000);
  }

  @Test
  void aNormalDocxAndXlsxAreRecognisedFromTheirDirectoryAndRead() throws Exception {
    byte[] docx = docx("Kế hoạch phát triển khởi nghiệp năm 2026");
    byte[] xlsx = xlsx("Chỉ tiêu");
    assertThat(OfficeInspection.directory(docx).kind()).contains(FileKind.DOCX);
    assertThat(OfficeInspection.directory(xlsx).kind()).contains(FileKind.XLSX);
    assertThat(FileKind.detect(docx)).contains(FileKind.DOCX);
    assertThat(FileKind.detect(xlsx)).contains(FileKind.XLSX);
    try (XWPFDocument doc = new XWPFDocument(OfficeInspection.open(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Kế hoạch phát triển khởi nghiệp năm 2026");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(OfficeInspection.open(xlsx))) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
    }
  }

  @Test
  void moreEntriesThanTheLimitAreRefusedFromTheDirectory() {
    byte[] zip = ZipBombs.manyEntries(10_001);
    assertThatThrownBy(() -> OfficeInspection.directory(zip)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.ENTRIES));
    assertThatThrownBy(() -> FileKind.detect(zip)).isInstanceOf(FileTooComplex.class);
    // within the entry limit it is not too complex; its parts are no document, so (since issue 16) it is damaged
    assertThatThrownBy(() -> FileKind.detect(ZipBombs.manyEntries(100))).isInstanceOf(FileDamaged.class);
  }

  @Test
  void anEntryDeclaringFiveGigabytesIsRefusedWithoutInflating() {
    // 5 GiB of zeros honestly declared (ZIP64): 5 MB on disk
    byte[] bomb = ZipBombs.zip(ZipBombs.docx(Part.zeros("word/document.xml", 5 * GIB_IN_MIB)));
    assertThat(bomb.length).isBetween(4_000_000, 6_000_000);
    assertThatThrownBy(() -> OfficeInspection.directory(bomb)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.DECLARED_SIZE));
    assertThatThrownBy(() -> FileKind.detect(bomb)).isInstanceOf(FileTooComplex.class);
  }

  @Test
  void aDeclaredRatioAboveTheLimitIsRefusedFromTheDirectory() {
    // 90 MiB of zeros: under the size limit, but about 1000:1
    byte[] bomb = ZipBombs.zip(ZipBombs.docx(Part.zeros("word/document.xml", 90)));
    assertThatThrownBy(() -> OfficeInspection.directory(bomb)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.RATIO));
  }

  @Test
  void aDirectoryThatLiesAboutTheSizeIsCaughtWhileInflating() throws Exception {
    // 1 GiB of well-formed XML that the directory calls 10 KB: the directory passes, inflation stops at the ratio
    byte[] liar = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.spacedDocument(GIB_IN_MIB).declaring(10_000)));
    assertThat(OfficeInspection.directory(liar).kind()).contains(FileKind.DOCX);
    assertThatThrownBy(() -> FileKind.detect(liar)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.RATIO));
    assertThatThrownBy(() -> ParseGuard.within(Duration.ofSeconds(5), () -> {
      try (XWPFDocument doc = new XWPFDocument(OfficeInspection.open(liar))) {
        return doc.getParagraphs();
      } catch (Exception e) {
        ParseGuard.rethrowRefusal(e);
        throw e;
      }
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.RATIO));
  }

  @Test
  void manyEntriesThatLieAddUpAgainstTheInflatedTotal() {
    UploadGuards.apply(new UploadLimits(10_000, 100L << 20, 8L << 20, 100, 1L << 20, 500, 100L << 20, 5_000_000,
        Duration.ofSeconds(5)));
    List<Part> parts = new ArrayList<>(ZipBombs.docx(Part.deflated("word/document.xml", "<w/>".getBytes())));
    for (int i = 0; i < 12; i++) {
      // incompressible, so no ratio to notice; each claims one kilobyte
      parts.add(Part.deflated("word/media/image" + i + ".bin", ZipBombs.noise(1 << 20, i)).declaring(1_000));
    }
    byte[] zip = ZipBombs.zip(parts);
    assertThatThrownBy(() -> FileKind.detect(zip)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.INFLATED_SIZE));
  }

  @Test
  void aNestedBombIsNeverOpened() throws Exception {
    // a 1 GiB bomb stored inside a DOCX as an embedded object: the DOCX is read, the inner ZIP never inflated
    byte[] inner = ZipBombs.zip(List.of(Part.zeros("zeros.bin", GIB_IN_MIB).declaring(10)));
    byte[] outer = docx("Văn bản có tệp đính kèm");
    List<Part> parts = new ArrayList<>();
    parts.add(Part.stored("word/embeddings/bomb.zip", inner));
    byte[] nested = appendParts(outer, parts);
    assertThat(FileKind.detect(nested)).contains(FileKind.DOCX);
    try (XWPFDocument doc = new XWPFDocument(OfficeInspection.open(nested));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Văn bản có tệp đính kèm");
    }
  }

  @Test
  void aParseOverItsTimeBudgetStopsAtTheNextRead() {
    byte[] docx = docx("Kế hoạch");
    assertThatThrownBy(() -> ParseGuard.within(Duration.ZERO, () -> {
      Thread.sleep(2);
      return new XWPFDocument(OfficeInspection.open(docx));
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.TIME));
  }

  @Test
  void notAZipIsNotABomb() {
    assertThatThrownBy(() -> OfficeInspection.directory("PK\u0003\u0004 rác".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(OfficeInspection.NotAZip.class);
    // a ZIP signature followed by noise is a damaged file (issue 16), not a bomb
    assertThatThrownBy(() -> FileKind.detect("PK\u0003\u0004 rác".getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(FileDamaged.class).isNotInstanceOf(FileTooComplex.class);
  }

  @Test
  void poiOwnGuardsAreSetFromTheLimits() {
    assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(100L << 20);
    assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxTextSize()).isEqualTo(5_000_000L);
  }

  /** A real DOCX (from POI) with extra parts added: re-zipped entry by entry with java.util.zip. */
  private static byte[] appendParts(byte[] docx, List<Part> extra) throws Exception {
    List<Part> parts = new ArrayList<>();
    try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (var e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] bytes = zin.readAllBytes();
        if (e.getName().equals("[Content_Types].xml")) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replace("<Default ",
              "<Default Extension=\"zip\" ContentType=\"application/zip\"/><Default ").getBytes(StandardCharsets.UTF_8);
        }
        parts.add(Part.deflated(e.getName(), bytes));
      }
    }
    parts.addAll(extra);
    return ZipBombs.zip(parts);
  }

  static byte[] docx(String paragraph) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] xlsx(String cell) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Chi tieu").createRow(0).createCell(0).setCellValue(cell);
      wb.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
