package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables OCR ran together, split again; foreign words, acronyms and single syllables left alone. */
class RunTogetherWordsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // read from the corpus' 150 dpi scans
      "Tổng giá trịvốnhuyđộng cho|Tổng giá trị vốn huy động cho",
      "SốdoanhnghiệpKNST kết nối|Số doanh nghiệp KNST kết nối",
      "tậphuấn|tập huấn",
      "hiện đạivà|hiện đại và",
      "SởKhoa học|Sở Khoa học",
      "nghiêncứu, thanhniên|nghiên cứu, thanh niên",
      // left alone: words of one syllable, acronyms, words without marks, a token with a letter no syllable has
      "nghiêng|nghiêng",
      "Nguyễn Thị Loan|Nguyễn Thị Loan",
      "ĐMST, KH&CN, UBND|ĐMST, KH&CN, UBND",
      "Startup online Techfest|Startup online Techfest",
      "thếkinhhdoanh|thếkinhhdoanh",
      "Khoahọc|Khoahọc"})
  void splitsWhatTheSyllablesSay(String read, String expected) {
    assertThat(RunTogetherWords.split(read)).isEqualTo(expected);
  }
}
