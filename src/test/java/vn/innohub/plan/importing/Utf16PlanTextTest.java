package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan saved by Notepad as "Unicode" (UTF-16) is read like UTF-8 text, not refused as an image or binary file. */
class Utf16PlanTextTest {

  private static final String PLAN = "ỦY BAN NHÂN DÂN\r\nTỈNH MINH SƠN\r\nKẾ HOẠCH\r\nHỗ trợ hệ sinh thái khởi nghiệp đổi mới"
      + " sáng tạo giai đoạn 2026 - 2030\r\n1. Phấn đấu có ít nhất 30 doanh nghiệp khởi nghiệp.";
  private static final List<String> EXPECTED = List.of("ỦY BAN NHÂN DÂN", "TỈNH MINH SƠN", "KẾ HOẠCH",
      "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn 2026 - 2030",
      "1. Phấn đấu có ít nhất 30 doanh nghiệp khởi nghiệp.");

  private static byte[] bytes(byte[] bom, Charset charset) {
    byte[] text = PLAN.getBytes(charset);
    byte[] out = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(text, 0, out, bom.length, text.length);
    return out;
  }

  @Test
  void utf16LittleEndianWithItsByteOrderMarkIsRead() {
    assertThat(DocumentReader.lines("ke-hoach.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE)))
        .isEqualTo(EXPECTED);
  }

  @Test
  void utf16BigEndianWithItsByteOrderMarkIsRead() {
    assertThat(DocumentReader.lines("ke-hoach.txt", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE)))
        .isEqualTo(EXPECTED);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
    assertThat(DocumentReader.lines("ke-hoach.txt", bytes(new byte[0], StandardCharsets.UTF_16LE))).isEqualTo(EXPECTED);
    assertThat(DocumentReader.lines("ke-hoach.txt", bytes(new byte[0], StandardCharsets.UTF_16BE))).isEqualTo(EXPECTED);
  }

  @Test
  void aUtf16PlanIsParsedLikeTheSameTextInUtf8() {
    ParsedPlan utf8 = PlanReading.read("a.txt", PLAN.getBytes(StandardCharsets.UTF_8), AgencyLookup.none(), 2026);
    ParsedPlan utf16 = PlanReading.read("a.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        AgencyLookup.none(), 2026);
    assertThat(utf16.title()).isEqualTo(utf8.title()).contains("khởi nghiệp");
    assertThat(utf16.targets()).hasSameSizeAs(utf8.targets());
  }

  @Test
  void binaryFilesAreStillRefused() {
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocumentReader.lines("anh.txt", binary))
        .isInstanceOfSatisfying(UnreadableDocument.class, e -> assertThat(e.code()).isEqualTo("plan.import.binary"));
  }
}
