package vn.innohub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small, real files of each accepted evidence kind, and forgeries. */
public final class ReportingTestFiles {

  private ReportingTestFiles() {}

  /** A 1×1 PNG. */
  public static byte[] png() {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }

  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }

  /** A minimal ZIP holding word/document.xml: what identifies a DOCX. */
  public static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      // Fixed entry times: the same bytes on every call, whatever the clock.
      ZipEntry types = new ZipEntry("[Content_Types].xml");
      types.setTime(0);
      zip.putNextEntry(types);
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      ZipEntry document = new ZipEntry("word/document.xml");
      document.setTime(0);
      zip.putNextEntry(document);
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An executable's header: never evidence, whatever its name. */
  public static byte[] exe() {
    return new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
  }
}
