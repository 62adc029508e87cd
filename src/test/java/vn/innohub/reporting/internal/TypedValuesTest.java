package vn.innohub.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.innohub.shared.web.MessageBundles;
import vn.innohub.shared.web.Messages;

/** The rules for what a unit types into a report's number and date fields, as officers type them (issue 17). */
class TypedValuesTest {

  private final TypedValues typed = new TypedValues(messages());

  private static Messages messages() {
    return new Messages(MessageBundles.source());
  }

  @BeforeEach
  void vietnamese() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
  }

  @AfterEach
  void reset() {
    LocaleContextHolder.resetLocaleContext();
  }

  @ParameterizedTest(name = "progress \"{0}\" → {1} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "60      | 60 | -",
      "60 %    | 60 | -",
      "0       | 0  | -",
      "100     | 100 | -",
      "101     | -  | Tỷ lệ phải là số từ 0 đến 100.",
      "140     | -  | Tỷ lệ phải là số từ 0 đến 100.",
      "-5      | -  | Tỷ lệ phải là số từ 0 đến 100.",
      "sáu mươi| -  | Tỷ lệ phải là số từ 0 đến 100.",
      "'   '   | -  | -"})
  void progress(String text, Integer value, String error) {
    TypedValues.Checked<Integer> c = typed.percent(text);
    assertThat(c.value()).isEqualTo(value);
    assertThat(c.error()).isEqualTo(error);
  }

  @ParameterizedTest(name = "quantity \"{0}\" → {1} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "12        | 12     | -",
      "1.250,5   | 1250.5 | -",
      "-0        | 0      | -",
      "-3        | -      | Không được là số âm.",
      "ba        | -      | Phải là một số, ví dụ 12 hoặc 1.250,5.",
      "12 lớp    | -      | Phải là một số, ví dụ 12 hoặc 1.250,5."})
  void quantity(String text, BigDecimal value, String error) {
    TypedValues.Checked<BigDecimal> c = typed.count(text);
    if (value == null) {
      assertThat(c.value()).isNull();
    } else {
      assertThat(c.value()).isEqualByComparingTo(value);
    }
    assertThat(c.error()).isEqualTo(error);
  }

  @ParameterizedTest(name = "target in \"{1}\": \"{0}\" → {2} / {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "12              | sản phẩm | 12 | -",
      "12 sản phẩm     | sản phẩm | 12 | -",
      "12 San Pham     | sản phẩm | 12 | -",
      "12 doanh nghiệp | sản phẩm | -  | Đơn vị tính phải là “sản phẩm”, không phải “doanh nghiệp”.",
      "61 %            | %        | 61 | -",
      "120             | %        | -  | Tỷ lệ phải là số từ 0 đến 100.",
      "-2              | %        | -  | Không được là số âm.",
      "nhiều           | %        | -  | Phải là một số, ví dụ 12 hoặc 1.250,5."})
  void targetValue(String text, String unit, BigDecimal value, String error) {
    TypedValues.Checked<BigDecimal> c = typed.targetValue(text, unit);
    if (value == null) {
      assertThat(c.value()).isNull();
    } else {
      assertThat(c.value()).isEqualByComparingTo(value);
    }
    assertThat(c.error()).isEqualTo(error);
  }

  @ParameterizedTest(name = "completed on \"{0}\" → {1} / {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2026-05-20 | 2026-05-20 | -",
      "20/5/2026  | 2026-05-20 | -",
      "31/02/2026 | -          | Ngày không hợp lệ.",
      "ngày mai   | -          | Ngày không hợp lệ.",
      "2026-08-01 | -          | Ngày phải nằm trong kỳ báo cáo (01/01/2026 – 30/06/2026)."})
  void completedOn(String text, LocalDate value, String error) {
    TypedValues.Checked<LocalDate> c = typed.date(text, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    assertThat(c.value()).isEqualTo(value);
    assertThat(c.error()).isEqualTo(error);
  }
}
