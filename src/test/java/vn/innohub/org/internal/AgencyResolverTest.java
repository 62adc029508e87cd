package vn.innohub.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.AgencyResolution.Kind;
import vn.innohub.org.UnitType;

class AgencyResolverTest {

  private static final DemoProvince PROVINCE = new DemoProvince();
  private final AgencyResolver resolver = PROVINCE.resolver();

  private List<Long> ids(String codes) {
    return Arrays.stream(codes.split(" ")).map(PROVINCE::id).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Sở Khoa học và Công nghệ | SKHCN",
      "Sở Khoa học và công nghệ | SKHCN",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ | SKHCN",
      "So Khoa hoc va Cong nghe | SKHCN",
      "Sở KH&CN | SKHCN",
      "Sở KHCN | SKHCN",
      "SKHCN | SKHCN",
      "Sở Khoa hoc va Cong nge | SKHCN",
      "Sở Văn hoá, Thể thao và Du lịch | SVHTTDL",
      "Sở Văn hóa, Thể thao và Du lịch | SVHTTDL",
      "Sở VH,TT&DL | SVHTTDL",
      "Sở GD&ĐT | SGDDT",
      "Sở Tài chính; Sở Khoa học và Công nghệ | STC SKHCN",
      "Sở Tài chính, Sở Khoa học và Công nghệ | STC SKHCN",
      "Sở Khoa học và Công nghệ, Sở Tài chính | SKHCN STC",
      "Sở Khoa học và Công nghệ; Sở Tài chính (theo chức năng, nhiệm vụ). | SKHCN STC",
      "Tỉnh đoàn | TINHDOAN",
      "Tỉnh Đoàn Thanh niên | TINHDOAN",
      "Tỉnh đoàn Thái Nguyên | TINHDOAN",
      "Tỉnh đoàn Cao Bằng. | TINHDOAN",
      "Hội Nông dân tỉnh. | HND",
      "Hiệp Hội doanh nghiệp | HHDN",
      "Hội Phụ nữ | HLHPN",
      "Thuế tỉnh Lào Cai | THUE",
      "Ngân hàng nhà nước Khu vực 5. | NHNN",
      "Đại học Thái Nguyên | DHTN",
      "Phân viện Đại học Thái Nguyên tỉnh Lào Cai | PHDHTN",
      "Ủy ban nhân dân tỉnh. | UBND",
      "UBND tỉnh | UBND",
      "UBND xã Bản Lầu | X-BANLAU",
      "xã Bản Lầu | X-BANLAU",
      "Ủy ban Mặt trận Tổ quốc tỉnh, Sở Khoa học và Công nghệ | MTTQ SKHCN",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (Tỉnh đoàn, Hội Nông dân, Hiệp Hội doanh nghiệp, Hội Phụ nữ, Liên minh hợp tác xã...) | MTTQ TINHDOAN HND HHDN HLHPN LMHTX",
      "Mặt trận Tổ quốc Việt Nam tỉnh (Tỉnh đoàn, Liên minh hợp tác xã) | MTTQ TINHDOAN LMHTX",
      "Liên hiệp các hội khoa học kỹ thuật tỉnh | LHHKHKT",
      "Sở Khoa học và Công nghệ, Doanh nghiệp Viễn thông | SKHCN VNPT VIETTEL",
  })
  void readsUnitsAsPlansWriteThem(String text, String codes) {
    AgencyResolution r = resolver.resolve(text);
    assertThat(r.unresolved()).as("unresolved parts").isEmpty();
    assertThat(r.unitIds()).containsExactlyElementsOf(ids(codes));
  }

  @Test
  void collectiveNamesWithCommasStandForEveryUnitOfTheirKind() {
    long localities = PROVINCE.count(UnitType.COMMUNE, UnitType.WARD);
    long departments = PROVINCE.count(UnitType.DEPARTMENT);
    assertThat(localities).isEqualTo(9);
    assertThat(departments).isEqualTo(15);

    assertThat(resolver.resolve("UBND các xã, phường").unitIds()).hasSize(9);
    assertThat(resolver.resolve("UBND xã/phường").unitIds()).hasSize(9);
    assertThat(resolver.resolve("Ủy ban nhân dân các xã, phường").unitIds()).hasSize(9);
    assertThat(resolver.resolve("Các sở, ban, ngành").unitIds()).hasSize(15);
    assertThat(resolver.resolve("Các Sở, ngành phụ trách lĩnh vực").unitIds()).hasSize(15);
    assertThat(resolver.resolve("Các sở, ngành, địa phương").unitIds()).hasSize(15 + 9);
    assertThat(resolver.resolve("Các Cơ sở giáo dục Cao đẳng, Đại học trên địa bàn tỉnh").unitIds())
        .containsExactlyInAnyOrderElementsOf(ids("DHTN PHDHTN CDMS CDKTMS"));
  }

  @Test
  void aMixOfUnitCollectiveAndVagueMentionsIsTakenApart() {
    AgencyResolution r = resolver.resolve("Sở Khoa học và Công nghệ; UBND các xã, phường và các đơn vị liên quan.");
    assertThat(r.parts()).extracting(AgencyResolution.Part::kind)
        .containsExactly(Kind.UNIT, Kind.COLLECTIVE, Kind.VAGUE);
    assertThat(r.parts().get(0).text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(r.parts().get(1).text()).isEqualTo("UBND các xã, phường");
    assertThat(r.parts().get(2).text()).isEqualTo("đơn vị liên quan");
    assertThat(r.unitIds()).hasSize(1 + 9).startsWith(PROVINCE.id("SKHCN"));
  }

  @Test
  void vagueMentionsAreNotErrors() {
    for (String vague : List.of("Các cơ quan, tổ chức, địa phương có liên quan.",
        "đơn vị, tổ chức, hội, đoàn thể, cá nhân có liên quan", "doanh nghiệp, hợp tác xã có liên quan")) {
      AgencyResolution r = resolver.resolve(vague);
      assertThat(r.fullyResolved()).as(vague).isTrue();
      assertThat(r.unitIds()).as(vague).isEmpty();
      assertThat(r.parts()).as(vague).allMatch(p -> p.kind() == Kind.VAGUE);
    }
  }

  @Test
  void anUnknownAgencyIsReportedAsWritten() {
    AgencyResolution r = resolver.resolve("Sở Tài chính; Sở Du hành Vũ trụ");
    assertThat(r.unitIds()).containsExactly(PROVINCE.id("STC"));
    assertThat(r.unresolved()).containsExactly("Sở Du hành Vũ trụ");
  }

  @Test
  void aParentheticalNoteIsIgnored() {
    AgencyResolution r = resolver.resolve("Sở Nông nghiệp và Môi trường; UBND các xã, phường (39 xã, phường liên quan);");
    assertThat(r.fullyResolved()).isTrue();
    assertThat(r.unitIds()).hasSize(1 + 9);
  }

  @Test
  void unitsMentionedTwiceAreListedOnceInFirstMentionOrder() {
    AgencyResolution r = resolver.resolve("Sở Tài chính, Sở KH&CN, Sở Tài chính, Sở Khoa học và Công nghệ");
    assertThat(r.unitIds()).containsExactly(PROVINCE.id("STC"), PROVINCE.id("SKHCN"));
  }

  @Test
  void inactiveUnitsAreNotResolved() {
    var units = PROVINCE.units.stream()
        .map(u -> u.code().equals("SNGV") ? new vn.innohub.org.UnitSummary(u.id(), u.code(), u.name(), u.aliases(), u.type(), null, false) : u)
        .toList();
    AgencyResolution r = new AgencyResolver(units, PROVINCE.collectives).resolve("Sở Ngoại vụ");
    assertThat(r.unitIds()).isEmpty();
    assertThat(r.unresolved()).containsExactly("Sở Ngoại vụ");
  }

  @Test
  void emptyTextResolvesToNothing() {
    assertThat(resolver.resolve(null).parts()).isEmpty();
    assertThat(resolver.resolve("   ").unitIds()).isEmpty();
    assertThat(resolver.resolve("; , .").parts()).isEmpty();
  }
}
