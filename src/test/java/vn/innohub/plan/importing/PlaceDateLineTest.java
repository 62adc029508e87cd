package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's place-and-date line, as printed and as OCR gives it without diacritics (issue 18). */
class PlaceDateLineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Lào Cai, ngày 15 tháng 01 năm 2026|Lào Cai|2026-01-15",
      "Lao Cai, ngay 15 thang 01 nam 2026|Lao Cai|2026-01-15",
      "THAI NGUYEN, NGAY 3 THANG 2 NAM 2026|THAI NGUYEN|2026-02-03",
      "Cao Bang, ngay    thang 3 nam 2026|Cao Bang|",
  })
  void thePlaceAndTheDateAreReadWithOrWithoutDiacritics(String line, String place, String date) {
    ParsedPlan p = new PlanTextParser(SeedPlans.lookup()).parse(List.of(
        "ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", line, "KẾ HOẠCH", "Thử nghiệm giai đoạn 2026 - 2030"), 2027);
    assertThat(p.place()).isEqualTo(place);
    assertThat(p.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
  }
}
