package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.TargetMethod;

/**
 * The method proposed for a target from its wording and unit (issue 17), as plans write targets — with and without
 * diacritics (OCR'd scans lose them).
 */
class TargetMethodProposalTest {

  @ParameterizedTest(name = "{0} [{1}] → {2}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      Tỷ lệ doanh nghiệp khởi nghiệp có hoạt động ĐMST            | %             | RATIO
      Ty le doanh nghiep khoi nghiep co hoat dong DMST            | %             | RATIO
      Tỷ lệ xã có điểm truy cập Internet công cộng                | %             | RATIO
      ty le xa, phuong co mo hinh khoi nghiep                     | %             | RATIO
      Tỷ lệ các nhiệm vụ khoa học, công nghệ có phân tích chi phí | %             | RATIO
      Tỷ lệ thủ tục hành chính thiết yếu được thực hiện trực tuyến| %             | RATIO
      Tỷ lệ học sinh, sinh viên được đào tạo về ĐMST              | học sinh, sinh viên | RATIO
      Tỉ lệ hộ gia đình sử dụng dịch vụ số                        | %             | RATIO
      100% cơ sở giáo dục đại học có nội dung ĐMST                | %             | RATIO
      Tỷ lệ tăng trưởng doanh thu của doanh nghiệp công nghệ      | %             | REPORTED_BY
      Ty le dong gop cua TFP vao tang truong                      | %             | REPORTED_BY
      Đóng góp của kinh tế số trong GRDP                          | %             | REPORTED_BY
      Chỉ số Đổi mới sáng tạo tỉnh Lào Cai                        | NULL          | RANK
      Chi so doi moi sang tao cap dia phuong (PII)                | NULL          | RANK
      Xếp hạng chỉ số PII thuộc nhóm 10 tỉnh dẫn đầu              | NULL          | RANK
      Nâng chỉ số đổi mới sáng tạo vào Top 15 cả nước             | NULL          | RANK
      Top 20 tỉnh có hệ sinh thái khởi nghiệp tốt nhất            | NULL          | RANK
      Duy trì vị trí thứ 15 về chỉ số PII                         | NULL          | RANK
      Số doanh nghiệp khởi nghiệp sáng tạo (Startup)              | doanh nghiệp  | SUM
      So doanh nghiep khoi nghiep sang tao                        | doanh nghiep  | SUM
      Tổ chức sự kiện Techfest cấp tỉnh                           | sự kiện       | SUM
      Số sản phẩm khoa học, công nghệ được thương mại hóa         | sản phẩm      | SUM
      Hỗ trợ phát triển dự án khởi nghiệp sáng tạo                | dự án         | SUM
      Tổ chức đào tạo, tập huấn về đổi mới sáng tạo               | lượt người    | SUM
      Tổng giá trị vốn huy động cho khởi nghiệp                   | tỷ đồng       | SUM
      Hình thành khu làm việc chung                               | khu làm việc chung | SUM
      Đạt mức chuẩn về hạ tầng số                                 | NULL          | REPORTED_BY
      """)
  void wordingAndUnitProposeAMethod(String name, String unit, TargetMethod expected) {
    assertThat(TargetMethod.propose(name, unit, false)).isEqualTo(expected);
  }

  @Test
  void aTargetBoundToALiveStatisticIsLiveWhateverItsWording() {
    assertThat(TargetMethod.propose("Số doanh nghiệp khởi nghiệp sáng tạo", "doanh nghiệp", true))
        .isEqualTo(TargetMethod.LIVE);
    assertThat(TargetMethod.propose("Tỷ lệ xã có mô hình", "%", true)).isEqualTo(TargetMethod.LIVE);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      Tỷ lệ xã có điểm truy cập Internet công cộng         | xã
      Ty le xa co diem truy cap                            | xã
      Tỷ lệ doanh nghiệp khởi nghiệp có hoạt động ĐMST     | doanh nghiệp
      Tỷ lệ hợp tác xã ứng dụng công nghệ số               | hợp tác xã
      Tỷ lệ các nhiệm vụ khoa học, công nghệ               | nhiệm vụ
      100% cơ sở giáo dục đại học có nội dung ĐMST         | cơ sở giáo dục
      Tỷ lệ tăng trưởng doanh thu                          | NULL
      """)
  void aRatioIsLabelledByWhatItsPartsCount(String name, String noun) {
    assertThat(TargetMethod.ratioNoun(name).orElse(null)).isEqualTo(noun);
  }

  @Test
  void laoCaiTargetsGetTheMethodsReadFromTheirWording() throws IOException {
    ParsedPlan p = SeedPlans.parse("000");
    List<TargetMethod> proposed = p.targets().stream()
        .map(t -> TargetMethod.propose(t.name(), t.value().unit(), false)).toList();
    // Phụ lục I of the Lào Cai plan, read by hand: counts add up; 7, 14, 18, 19, 20 are ratios of countable things;
    // 21 "Chỉ số Đổi mới sáng tạo tỉnh Lào Cai ≤ 15" is the province's PII rank.
    TargetMethod S = TargetMethod.SUM;
    TargetMethod R = TargetMethod.RATIO;
    assertThat(proposed).containsExactly(S, S, S, S, S, S, R, S, S, S, S, S, S, R, S, S, S, R, R, R,
        TargetMethod.RANK);
  }
}
