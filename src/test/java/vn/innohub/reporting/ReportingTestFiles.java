package vn.innohub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small, real files of each accepted evidence kind, and forgeries. */
public final class ReportingTestFiles {

  private ReportingTestFiles() {}

  /** A 1×1 PNG. */
  public static byte[] png() {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

  private static final byte[] PDF = buildPdf();
  private static final byte[] DOCX = buildDocx();

  /** A real one-page PDF (evidence must read as its kind since issue 16); the same bytes on every call. */
  public static byte[] pdf() {
    return PDF.clone();
  }

  /** A real DOCX with one paragraph; the same bytes on every call. */
  public static byte[] docx() {
    return DOCX.clone();
  }

  private static byte[] buildPdf() {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] buildDocx() {
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Quyết định phê duyệt");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An executable's header: never evidence, whatever its name. */
  public static byte[] exe() {
    return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  }
}
