package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the scan reader does with OCR'd table rows: codes with specks, rows cut by a page break, specks at cell ends. */
class ScanRowsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {"'5|5", ".15|15", "28:|28", "\"19|19", "9.|9", "IV|IV",
      ":|~~", "ˆ|~~",
      "Sở Nội vụ|Sở Nội vụ", "5 dự án|5 dự án"})
  void aNumberCellKeepsItsCodeAndDropsItsSpecks(String read, String expected) {
    assertThat(ScanReader.codeCell(read)).isEqualTo(expected);
  }

  @Test
  void aRowCutByAPageBreakIsJoinedAcrossTheRepeatedHeader() {
    List<String> lines = List.of(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện",
        "1\tTổ chức hội nghị\tSở Khoa học và\tHằng năm",
        "",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện",
        "\ttuyên truyền\tCông nghệ\t",
        "2\tBan hành quy chế\tSở Nội vụ\tQuý III/2026");

    List<String> out = ScanReader.rowsAcrossPages(lines);

    assertThat(out).hasSize(lines.size()); // line numbers (the OCR confidences) stay
    assertThat(out.get(1)).isEqualTo("1\tTổ chức hội nghị tuyên truyền\tSở Khoa học và Công nghệ\tHằng năm");
    assertThat(out.get(4)).isEmpty();
    assertThat(out.get(5)).isEqualTo(lines.get(5));
  }

  @Test
  void aGroupLineUnderTheHeaderBecomesARowAndARowWithoutNumberElsewhereStays() {
    List<String> lines = List.of(
        "STT\tNhiệm vụ\tCơ quan chủ trì",
        "II NỘI DUNG THỰC HIỆN",
        "1\tTổ chức hội nghị\tSở Nội vụ",
        "\tmột dòng không số\tSở Tài chính");

    List<String> out = ScanReader.rowsAcrossPages(lines);

    assertThat(out.get(1)).isEqualTo("II\tNỘI DUNG THỰC HIỆN");
    assertThat(out.get(3)).isEqualTo(lines.get(3)); // not under a repeated header: not joined
  }

  @Test
  void specksAtACellsEdgesGoAWordReadWellStays() {
    PageWord speck = new PageWord(1, 0, 0, 5, 10, "j", 20);
    PageWord colon = new PageWord(1, 60, 0, 62, 10, ":", 90);
    PageWord a = new PageWord(1, 10, 0, 30, 10, "Thường", 92);
    PageWord b = new PageWord(1, 32, 0, 50, 10, "xuyên", 91);
    PageWord shortGood = new PageWord(1, 52, 0, 58, 10, "và", 88);

    assertThat(ScanReader.edgesTrimmed(List.of(speck, a, b, colon))).containsExactly(a, b);
    assertThat(ScanReader.edgesTrimmed(List.of(a, shortGood))).containsExactly(a, shortGood);
    assertThat(ScanReader.edgesTrimmed(List.of(speck))).containsExactly(speck);
  }
}
