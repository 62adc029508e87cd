package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Quantity.Comparator;

class QuantityParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // text | comparator | min | max | unit
      "25 doanh nghiệp | EQ | 25 | 25 | doanh nghiệp",
      "≥ 5 dự án | GE | 5 | 5 | dự án",
      "≥ 08 doanh nghiệp | GE | 8 | 8 | doanh nghiệp",
      "≥ 60% | GE | 60 | 60 | %",
      "≤ 15 | LE | 15 | 15 | ''",
      "100 % | EQ | 100 | 100 | %",
      "100% học sinh, sinh viên | EQ | 100 | 100 | %",
      "5.000 - 10.000 lượt người. | RANGE | 5000 | 10000 | lượt người",
      "01 - 02 khu làm việc chung | RANGE | 1 | 2 | khu làm việc chung",
      "05 - 10 cuộc thi | RANGE | 5 | 10 | cuộc thi",
      "≥ 100 tỷ đồng | GE | 100 | 100 | tỷ đồng",
      "Tối thiểu 02 đoàn/năm | GE | 2 | 2 | đoàn/năm",
      "tối đa 3 lớp | LE | 3 | 3 | lớp",
      "21.600 chủ thể kinh doanh | EQ | 21600 | 21600 | chủ thể kinh doanh",
      "9.615.243 triệu đồng | EQ | 9615243 | 9615243 | triệu đồng",
      "2,5 tỷ đồng | EQ | 2.5 | 2.5 | tỷ đồng",
  })
  void readsTargetValues(String text, Comparator comparator, BigDecimal min, BigDecimal max, String unit) {
    Quantity q = QuantityParser.value(text);
    assertThat(q.comparator()).isEqualTo(comparator);
    assertThat(q.min()).isEqualByComparingTo(min);
    assertThat(q.max()).isEqualByComparingTo(max);
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.uncertain()).isFalse();
  }

  @Test
  void readsEveryQuantityOfAnExpectedOutput() {
    List<Quantity> all = QuantityParser.all("≥ 05 chuyên mục, ≥ 20 bài/năm");
    assertThat(all).extracting(Quantity::min).containsExactly(new BigDecimal("5"), new BigDecimal("20"));
    assertThat(all).extracting(Quantity::unit).containsExactly("chuyên mục", "bài/năm");
    assertThat(QuantityParser.all("01 báo cáo/năm, ≥ 10 điển hình")).hasSize(2);
  }

  @Test
  void yearsQuartersAndDatesAreNotQuantities() {
    assertThat(QuantityParser.all("Cổng vận hành Quý IV/2026")).isEmpty();
    assertThat(QuantityParser.all("Sàn Giao dịch được công bố năm 2026 và vận hành")).isEmpty();
    assertThat(QuantityParser.all("Báo cáo trước 15/12/2026")).isEmpty();
  }

  @Test
  void aValueWithoutNumberIsUncertainNotGuessed() {
    Quantity q = QuantityParser.value("Đề án được UBND tỉnh phê duyệt");
    assertThat(q.uncertain()).isTrue();
    assertThat(q.min()).isNull();
    assertThat(QuantityParser.value("1.5 tỷ đồng").uncertain()).isTrue();
  }
}
