package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.Schedule.Kind;

/** Every time expression found in the seed plans, and the forms the plans issue lists. Plan period 2026–2030. */
class ScheduleParserTest {

  private static Schedule parse(String text) {
    return ScheduleParser.parse(text, 2026, 2030);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // text | kind | due | start | end
      "Quý III/2026 | DUE | 2026-09-30 | - | -",
      "Quý II/2026 | DUE | 2026-06-30 | - | -",
      "Quý IV/2030 | DUE | 2030-12-31 | - | -",
      "quý III/2026 | DUE | 2026-09-30 | - | -",
      "Quy III/2026 | DUE | 2026-09-30 | - | -",
      "Quý I, năm 2027 | DUE | 2027-03-31 | - | -",
      "Q4/2025 | DUE | 2025-12-31 | - | -",
      "Tháng 2/2026 | DUE | 2026-02-28 | - | -",
      "tháng 12/2026 | DUE | 2026-12-31 | - | -",
      "Năm 2026 | DUE | 2026-12-31 | - | -",
      "Năm 2027. | DUE | 2027-12-31 | - | -",
      "Trong năm 2026. | DUE | 2026-12-31 | - | -",
      "Trong năm 2026 (Dự án kéo dài thực hiện từ 2025 - 2027). | DUE | 2026-12-31 | - | -",
      "Trước ngày 15/6/2026 | DUE | 2026-06-15 | - | -",
      "2026 - 2030 | WINDOW | - | 2026-01-01 | 2030-12-31",
      "2026-2030 | WINDOW | - | 2026-01-01 | 2030-12-31",
      "2026 - 2027 | WINDOW | - | 2026-01-01 | 2027-12-31",
      "2026 - 2028 | WINDOW | - | 2026-01-01 | 2028-12-31",
      "Giai đoạn 2026 - 2030 | WINDOW | - | 2026-01-01 | 2030-12-31",
      "Q4/2025 – Q2/2026 | WINDOW | - | 2025-10-01 | 2026-06-30",
      "Từ năm 2027 đến năm 2030. | WINDOW | - | 2027-01-01 | 2030-12-31",
      "Từ năm 2027. | WINDOW | - | 2027-01-01 | 2030-12-31",
      "Bắt đầu từ quý III/2026 | WINDOW | - | 2026-07-01 | 2030-12-31",
      "Từ tháng 01 - 03, năm 2027 | WINDOW | - | 2027-01-01 | 2027-03-31",
      "Hàng năm | YEARLY | - | 2026-01-01 | 2030-12-31",
      "Hằng năm. | YEARLY | - | 2026-01-01 | 2030-12-31",
      "Định kỳ 6 tháng, hằng năm | YEARLY | - | 2026-01-01 | 2030-12-31",
      "Thường xuyên | CONTINUOUS | - | 2026-01-01 | 2030-12-31",
      "Thường xuyên. | CONTINUOUS | - | 2026-01-01 | 2030-12-31",
      "Thuong xuyen | CONTINUOUS | - | 2026-01-01 | 2030-12-31",
      "Thường xuyên trong năm 2026. | CONTINUOUS | - | 2026-01-01 | 2026-12-31",
      "Theo tiến độ hướng dẫn của Trung ương | CONDITIONAL | - | - | -",
      "Theo Đề án của Chính phủ | CONDITIONAL | - | - | -",
      "Sau khi có hướng dẫn của Bộ Khoa học và Công nghệ | CONDITIONAL | - | - | -",
      "Ngay sau mỗi cuộc thi | CONDITIONAL | - | - | -",
      "Khi có kinh phí | CONDITIONAL | - | - | -",
  })
  void readsTheTimeExpressionsOfRealPlans(String text, Kind kind, LocalDate due, LocalDate start, LocalDate end) {
    Schedule s = parse(text);
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(s.due()).isEqualTo(due);
    assertThat(s.start()).isEqualTo(start);
    assertThat(s.end()).isEqualTo(end);
    assertThat(s.text()).isEqualTo(text.strip());
    assertThat(s.needsDate()).isEqualTo(kind == Kind.CONDITIONAL);
  }

  @Test
  void aPhasedWindowKeepsBothPhases() {
    Schedule s = parse("Giai đoạn 2026 - 2027 hình thành; giai đoạn 2028 - 2030 mở rộng");
    assertThat(s.kind()).isEqualTo(Kind.WINDOW);
    assertThat(s.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(s.end()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(s.phases()).hasSize(2);
    assertThat(s.phases().get(0).end()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(s.phases().get(1).start()).isEqualTo(LocalDate.of(2028, 1, 1));
  }

  @Test
  void aStepByStepScheduleFromCaoBangBecomesPhases() {
    Schedule s = parse("""
        - Xây dựng kế hoạch tổ chức cuộc thi và truyền thông về cuộc thi: Bắt đầu từ quý III/2026.
        - Tiếp nhận hồ sơ tham dự cuộc thi: Từ tháng 01 - 03, năm 2027.
        - Tổ chức các hoạt động hỗ trợ cuộc thi: Quý I, năm 2027.
        - Thẩm định đánh giá các dự án dự thi và trao giải cuộc thi: Năm 2027.""");
    assertThat(s.kind()).isEqualTo(Kind.WINDOW);
    assertThat(s.phases()).hasSize(4);
    assertThat(s.phases().get(1).label()).isEqualTo("Tiếp nhận hồ sơ tham dự cuộc thi");
    assertThat(s.phases().get(1).start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(s.phases().get(1).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(s.start()).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void nonsenseIsFlaggedNotGuessed() {
    assertThat(parse("sớm nhất có thể").needsDate()).isTrue();
    assertThat(parse("").needsDate()).isTrue();
    assertThat(parse("Tháng 13/2026").kind()).isNotEqualTo(Kind.DUE);
    assertThat(parse("32/13/2026").needsDate()).isTrue();
  }
}
