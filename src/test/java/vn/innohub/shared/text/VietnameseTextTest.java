package vn.innohub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sở Khoa học và Công nghệ | so khoa hoc va cong nghe",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ | so khoa hoc va cong nghe",
      "So Khoa hoc va Cong nghe | so khoa hoc va cong nghe",
      "Sở KH&CN | so kh va cn",
      "Sở Văn hoá, Thể thao và Du lịch | so van hoa the thao va du lich",
      "Sở Văn hóa,  Thể thao và Du lịch | so van hoa the thao va du lich",
      "Đại học Thái Nguyên | dai hoc thai nguyen",
      "UBND xã/phường | ubnd xa phuong",
      "  Tỉnh   Đoàn  | tinh doan",
  })
  void foldingIgnoresAccentsCaseSpacingAndPunctuation(String input, String expected) {
    assertThat(VietnameseText.fold(input)).isEqualTo(expected);
  }

  @Test
  void composedAndDecomposedAccentsFoldAlike() {
    String composed = "Hội Nông dân";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed)).isEqualTo("hoi nong dan");
  }

  @Test
  void slugsAreUrlSafe() {
    assertThat(VietnameseText.slug("Sở Khoa học & Công nghệ")).isEqualTo("so-khoa-hoc-va-cong-nghe");
  }

  @Test
  void nullFoldsToEmpty() {
    assertThat(VietnameseText.fold(null)).isEmpty();
    assertThat(VietnameseText.tidy(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "9615243 | 9.615.243",
      "1000 | 1.000",
      "999 | 999",
      "9615243.5 | 9.615.243,5",
      "0.25 | 0,25",
  })
  void numbersUseVietnameseGrouping(String value, String expected) {
    assertThat(VnFormat.number(new BigDecimal(value))).isEqualTo(expected);
  }

  @Test
  void datesAreDayMonthYear() {
    assertThat(VnFormat.date(java.time.LocalDate.of(2026, 12, 15))).isEqualTo("15/12/2026");
  }
}
