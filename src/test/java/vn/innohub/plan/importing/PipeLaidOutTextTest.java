package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text laid out with spaces ({@code pdftotext -layout}) that lost its diacritics and in which some column gaps carry
 * a "|" or a speck (§ « »): read as the same table as with plain space gaps. Expected cells written by hand.
 */
class PipeLaidOutTextTest {

  private static final String TEXT = String.join("\n",
      "KE HOACH",
      "Phat trien khoi nghiep doi moi sang tao cua tinh giai doan 2026 - 2030",
      "",
      "STT   |   Nhiem vu            Co quan chu tri   |   Thoi gian",
      " 1    |   Xay dung cong       So Khoa hoc va        2O26",
      "          thong tin           Cong nghe",
      " 2        To chuc cuoc    §   Tinh doan         |   Hang nam",
      "          thi y tuong",
      " 3    »   Ho tro uom tao  |   So Tai chinh          2027 - 2O30",
      "          doanh nghiep",
      " 4        Ket noi mang        So Cong Thuong    «   2028",
      "          luoi dau tu   |",
      " 5        Dao tao ky nang     So Giao duc va        2029",
      "          khoi nghiep     |   Dao tao",
      " 6    |   Danh gia ket qua    Van phong UBND    |   Hang nam",
      "          thuc hien           tinh",
      "");

  @Test
  void pipesAndSpecksInColumnGapsAreGapsAndTheRowsComeOutAsCells() {
    List<String> lines = DocumentReader.text(TEXT.getBytes(StandardCharsets.UTF_8));

    assertThat(lines).contains(
        "STT\tNhiem vu\tCo quan chu tri\tThoi gian",
        "1\tXay dung cong thong tin\tSo Khoa hoc va Cong nghe\t2026",
        "2\tTo chuc cuoc thi y tuong\tTinh doan\tHang nam",
        "3\tHo tro uom tao doanh nghiep\tSo Tai chinh\t2027 - 2030",
        "4\tKet noi mang luoi dau tu\tSo Cong Thuong\t2028",
        "5\tDao tao ky nang khoi nghiep\tSo Giao duc va Dao tao\t2029",
        "6\tDanh gia ket qua thuc hien\tVan phong UBND tinh\tHang nam");
    assertThat(String.join("\n", lines)).doesNotContain("|", "§", "«", "»");
  }

  @Test
  void standaloneMarksAreBlankedInPlaceAndMarksAgainstWordsKept() {
    assertThat(DocumentReader.gapMarksBlanked(List.of("a   |  b", "| x §", "a|b «c»", "x  ||  y")))
        .containsExactly("a      b", "  x  ", "a|b «c»", "x  ||  y");
  }

  @Test
  void letterDigitSwapsAreUndoneInNumbersOnly() {
    assertThat(DocumentReader.digitSwapsFixed(List.of("nam 2O26, ngay O1/7/2025", "lo Ol so l0 va 1l", "Hoa l")))
        .containsExactly("nam 2026, ngay 01/7/2025", "lo Ol so 10 va 11", "Hoa l");
  }
}
