package vn.innohub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticRestorerTest {

  /** A small model written for the test: a few sentences and two units. */
  private static final DiacriticRestorer MODEL = DiacriticRestorer.builder()
      .text("Tổ chức cuộc thi ý tưởng khởi nghiệp sáng tạo cho học sinh, sinh viên.")
      .text("Hỗ trợ doanh nghiệp khởi nghiệp tham gia hội chợ, triển lãm.")
      .text("Các sở, ban, ngành và UBND các xã, phường phối hợp thực hiện.")
      .text("Cá kho, cà pháo: món ăn của các gia đình.")
      .phrase("Sở Khoa học và Công nghệ", 3)
      .phrase("Sở Công Thương", 3)
      .build();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "To chuc cuoc thi y tuong khoi nghiep | Tổ chức cuộc thi ý tưởng khởi nghiệp",
      "So Khoa hoc va Cong nghe | Sở Khoa học và Công nghệ",
      "SO KHOA HOC VA CONG NGHE | SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "so khoa hoc va cong nghe | sở khoa học và công nghệ",
      "UBND cac xa, phuong | UBND các xã, phường",
      "Ho tro 05 doanh nghiep (nam 2026). | Hỗ trợ 05 doanh nghiệp (nam 2026).",
      "Ho tro Zalo, Facebook | Hỗ trợ Zalo, Facebook",
      "Hỗ tro doanh nghiep | Hỗ trợ doanh nghiệp",
      "So Cong Thuong; So Khoa hoc va Cong nghe | Sở Công Thương; Sở Khoa học và Công nghệ"})
  void restoresTheMarksAndKeepsCasePunctuationNumbersAndUnknownWords(String folded, String expected) {
    assertThat(MODEL.restore(folded)).isEqualTo(expected);
  }

  @Test
  void theNeighbourDecidesBetweenCandidatesOfOneFoldedSyllable() {
    // "cac" alone is most often "các"; "ca" after nothing is ambiguous, but "xa" after "các" is "xã"
    assertThat(MODEL.restore("cac xa")).isEqualTo("các xã");
    assertThat(MODEL.restore("ca kho")).isEqualTo("cá kho");
    assertThat(MODEL.restore("ca phao")).isEqualTo("cà pháo");
  }

  @Test
  void anEmptyModelReturnsTheTextAsGiven() {
    assertThat(DiacriticRestorer.empty().restore("So Khoa hoc")).isEqualTo("So Khoa hoc");
    assertThat(MODEL.restore(null)).isNull();
    assertThat(MODEL.restore("")).isEmpty();
    assertThat(MODEL.restore(" , 12 ")).isEqualTo(" , 12 ");
  }

  @Test
  void aHunspellListGivesCandidatesAndAMissingFileNothing(@TempDir Path dir) throws IOException {
    Path dic = dir.resolve("vi.dic");
    Files.writeString(dic, "3\nnghiêng/AB\nUBND\n  thuyền  \n", StandardCharsets.UTF_8);
    DiacriticRestorer r = DiacriticRestorer.builder().hunspell(dic).hunspell(dir.resolve("absent.dic")).build();
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.restore("Nghieng thuyen")).isEqualTo("Nghiêng thuyền");
  }

  @Test
  void foldingDropsMarksAndCase() {
    assertThat(DiacriticRestorer.fold("Đường")).isEqualTo("duong");
    assertThat(DiacriticRestorer.unmarked("duong")).isTrue();
    assertThat(DiacriticRestorer.unmarked("đường")).isFalse();
  }
}
