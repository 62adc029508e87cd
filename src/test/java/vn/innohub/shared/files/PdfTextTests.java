package vn.innohub.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.zip.Adler32;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.innohub.shared.files.FileTooComplex.Limit;

class PdfTextTests {

  @AfterEach
  void defaultLimits() {
    UploadGuards.apply(UploadLimits.DEFAULTS);
  }

  @Test
  void aNormalPdfIsRead() throws Exception {
    assertThat(PdfText.extract(pdf(3))).contains("Trang 1", "Trang 2", "Trang 3");
  }

  @Test
  void onlyTheFirstPagesAndCharactersAreRead() throws Exception {
    UploadGuards.apply(limits(2, 5_000_000));
    String text = PdfText.extract(pdf(5));
    assertThat(text).contains("Trang 1", "Trang 2").doesNotContain("Trang 3");
    UploadGuards.apply(limits(500, 20));
    assertThat(PdfText.extract(pdf(50)).length()).isLessThan(200);
  }

  @Test
  void aContentStreamBombIsRefusedBeforePdfBoxDecodesIt() throws Exception {
    byte[] bomb = bombPdf(300);
    assertThat(bomb.length).isLessThan(1_000_000);
    assertThatThrownBy(() -> PdfText.extract(bomb)).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.RATIO));
  }

  @Test
  void extractionPastItsTimeBudgetStops() throws Exception {
    byte[] pdf = pdf(3);
    assertThatThrownBy(() -> ParseGuard.within(Duration.ZERO, () -> {
      Thread.sleep(2);
      return PdfText.extract(pdf);
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.TIME));
  }

  private static UploadLimits limits(int pages, int chars) {
    UploadLimits d = UploadLimits.DEFAULTS;
    return new UploadLimits(d.maxEntries(), d.maxDeclaredBytes(), d.maxInflatedBytes(), d.maxRatio(),
        d.ratioGraceBytes(), pages, d.maxPdfInflatedBytes(), chars, d.parseTimeBudget());
  }

  static byte[] pdf(int pages) throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          text.newLineAtOffset(50, 720);
          text.showText("Trang " + i);
          text.endText();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** One page whose content stream is {@code mebibytes} MiB of spaces, zlib-deflated at about 1000:1. */
  static byte[] bombPdf(long mebibytes) throws IOException {
    byte[] deflated = ZipBombs.deflatedRun(new byte[0], (byte) ' ', mebibytes);
    Adler32 adler = new Adler32();
    byte[] run = new byte[1 << 20];
    java.util.Arrays.fill(run, (byte) ' ');
    for (long i = 0; i < mebibytes; i++) {
      adler.update(run);
    }
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      COSStream stream = pdf.getDocument().createCOSStream();
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      try (OutputStream raw = stream.createRawOutputStream()) {
        raw.write(0x78);
        raw.write(0xDA);
        raw.write(deflated);
        long a = adler.getValue();
        raw.write(new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a});
      }
      page.setContents(new PDStream(stream));
      pdf.save(out);
      return out.toByteArray();
    }
  }
}
