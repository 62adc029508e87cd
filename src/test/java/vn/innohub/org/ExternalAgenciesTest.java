package vn.innohub.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of bodies outside the province, as plans write them, and the type a new unit of that name gets. */
class ExternalAgenciesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Bộ Khoa học và Công nghệ | EXTERNAL",
      "Bộ KH&CN | EXTERNAL",
      "bộ thông tin và truyền thông | EXTERNAL",
      "Văn phòng Chính phủ | EXTERNAL",
      "Tập đoàn Bưu chính Viễn thông Việt Nam | TELECOM",
      "Tập đoàn Điện lực Việt Nam | EXTERNAL",
      "Doanh nghiệp Viễn thông | TELECOM",
      "Các doanh nghiệp viễn thông trên địa bàn | TELECOM",
      "Viettel Lào Cai | TELECOM",
      "VNPT Lào Cai | TELECOM",
      "MobiFone tỉnh | TELECOM",
      "Ngân hàng Nhà nước chi nhánh tỉnh | CENTRAL_BRANCH",
      "Ngân hàng Nhà nước Khu vực 5 | CENTRAL_BRANCH",
      "Bộ Chỉ huy Quân sự tỉnh | -",
      "Bộ đội Biên phòng tỉnh | -",
      "Sở Khoa học và Công nghệ | -",
      "Viễn thông tỉnh | -",
      "UBND các xã, phường | -",
      "'' | -"})
  void obviousNamesGetTheirType(String name, UnitType expected) {
    assertThat(ExternalAgencies.typeOf(name).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} typed {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Bộ Khoa học và Công nghệ | OTHER | EXTERNAL",
      "Bộ Khoa học và Công nghệ | - | EXTERNAL",
      "Bộ Khoa học và Công nghệ | CENTRAL_BRANCH | CENTRAL_BRANCH",
      "Trung tâm Công nghệ thông tin tỉnh | OTHER | OTHER",
      "Trung tâm Công nghệ thông tin tỉnh | - | -"})
  void aTypeGivenOnPurposeIsKept(String name, UnitType given, UnitType expected) {
    assertThat(ExternalAgencies.classify(name, given)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"EXTERNAL, false", "TELECOM, false", "CENTRAL_BRANCH, true", "DEPARTMENT, true", "COMMUNE, true",
      "OTHER, true"})
  void onlyBodiesOutsideTheProvinceAreWithoutAReportingDutyByDefault(UnitType type, boolean reports) {
    assertThat(new UnitSummary(1, "X", "X", java.util.List.of(), type, null, true).reports()).isEqualTo(reports);
  }
}
