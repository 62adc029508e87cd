package vn.innohub.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredUploadTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ke-hoach.pdf                      | ke-hoach.pdf
      C:\\fakepath\\báo cáo.pdf         | báo cáo.pdf
      ..\\..\\evil.pdf                  | evil.pdf
      ../../etc/passwd                  | passwd
      /home/dung/Biên bản họp.docx      | Biên bản họp.docx
      "Quyết định" số 12?.pdf           | Quyết định số 12.pdf
      'a<b>c:d*e|f.xlsx'                | abcdef.xlsx
      ...ẩn.pdf...                      | ẩn.pdf
      ..                                | ''
      C:\\fakepath\\                    | ''
      """)
  void aSentNameLosesItsFoldersAndReservedCharactersButKeepsItsVietnameseLetters(String sent, String kept) {
    assertThat(StoredUpload.safeName(sent)).isEqualTo(kept);
  }

  @Test
  void controlAndFormatCharactersAreRemoved() {
    assertThat(StoredUpload.safeName("..\\..\\evil\u0000.pdf")).isEqualTo("evil.pdf");
    assertThat(StoredUpload.safeName("bao\r\ncao\t2026.pdf")).isEqualTo("baocao2026.pdf");
    // a right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"
    assertThat(StoredUpload.safeName("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
  }

  @Test
  void decomposedVietnameseIsStoredComposed() {
    // "báo cáo" typed on macOS arrives decomposed: a + combining acute accent
    String decomposed = "ba\u0301o ca\u0301o.pdf";
    assertThat(StoredUpload.safeName(decomposed)).isEqualTo("b\u00e1o c\u00e1o.pdf").hasSize(11);
  }

  @Test
  void anOverlongNameIsCutBeforeItsExtension() {
    String name = StoredUpload.safeName("ă".repeat(300) + ".docx");
    assertThat(name).hasSize(200).endsWith("ăăă.docx").isEqualTo("ă".repeat(195) + ".docx");
  }

  @Test
  void nothingLeftFallsBackToTheGivenName() {
    assertThat(StoredUpload.safeName(null, "tep")).isEqualTo("tep");
    assertThat(StoredUpload.safeName(" \u0000 ", "tep")).isEqualTo("tep");
  }

  @Test
  void aStoredUploadCarriesItsChecksumAndSize() {
    byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
    StoredUpload file = StoredUpload.of("a.pdf", FileKind.PDF, content);
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(file.size()).isEqualTo(3);
    assertThat(file.mediaType()).isEqualTo("application/pdf");
  }
}
