package vn.innohub.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.innohub.directory.ProfileData;

/** The stored profile documents are flat JSON; those written before the kinds' details were grouped still read. */
class ProfileJsonTest {

  /** A startup's draft as stored before the groups existed: every field at the top level, in the old order. */
  private static final String OLD_STARTUP = """
      {"name":"Trà Shan Tuyết Tả Van","summary":"Chè shan tuyết hữu cơ","description":null,"taxCode":"5300123456",
       "foundedOn":"2022-03-01","commune":"Xã Tả Van","province":"Lào Cai","sectors":["hightech-agri"],
       "stage":"PROTOTYPE","teamSize":7,"website":"https://trashan.example.vn","email":"lienhe@trashan.example.vn",
       "phone":"0912 345 678","address":"Thôn Tả Van Giáy",
       "founders":[{"name":"Giàng Thị Sâm","role":"Sáng lập","consentToPublish":true}],"products":"Chè búp khô",
       "ipRights":[{"type":"TRADEMARK","number":"4-0412345","title":"Sâm Tả Van","grantedOn":"2025-11-20"}],
       "fundingRounds":[{"date":"2025-09-15","amountVnd":1500000000,"investor":"Quỹ Khởi nghiệp","type":"SEED"},
                        {"date":"2025-12-01","amountVnd":500000000,"investor":null,"type":"GRANT"}],
       "awards":"Giải Ba","supportReceived":"Ươm tạo","networked":true,"networks":"Mạng lưới ĐMST",
       "supportType":null,"services":null,"capacity":null,"investorType":null,"investmentFocus":null,
       "ticketMinVnd":null,"ticketMaxVnd":null,"expertise":null,"languages":null}
      """;

  private static final String OLD_FUND = """
      {"name":"Quỹ Đầu Tư Mạo Hiểm Lào Cai","summary":null,"description":null,"taxCode":null,"foundedOn":null,
       "commune":null,"province":"Lào Cai","sectors":[],"stage":null,"teamSize":null,"website":null,"email":null,
       "phone":null,"address":null,"founders":[],"products":null,"ipRights":[],"fundingRounds":[],"awards":null,
       "supportReceived":null,"networked":false,"networks":null,"supportType":null,"services":null,"capacity":null,
       "investorType":"VENTURE_FUND","investmentFocus":"Nông nghiệp công nghệ cao","ticketMinVnd":200000000,
       "ticketMaxVnd":2000000000,"expertise":null,"languages":"vi, en"}
      """;

  @Test
  void aStartupStoredInTheOldShapeReadsIntoItsStartupDetails() {
    ProfileData p = ProfileJson.read(OLD_STARTUP);
    assertThat(p.name()).isEqualTo("Trà Shan Tuyết Tả Van");
    assertThat(p.foundedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
    assertThat(p.sectors()).containsExactly("hightech-agri");
    assertThat(p.website()).isEqualTo("https://trashan.example.vn");
    assertThat(p.address()).isEqualTo("Thôn Tả Van Giáy");
    ProfileData.Startup s = p.startup();
    assertThat(s.stage()).isEqualTo(ProfileData.Stage.PROTOTYPE);
    assertThat(s.teamSize()).isEqualTo(7);
    assertThat(s.founders()).containsExactly(new ProfileData.Founder("Giàng Thị Sâm", "Sáng lập", true));
    assertThat(s.ipRights()).containsExactly(new ProfileData.IpRight(ProfileData.IpType.TRADEMARK, "4-0412345",
        "Sâm Tả Van", LocalDate.of(2025, 11, 20)));
    assertThat(s.fundingRounds()).hasSize(2);
    assertThat(s.capitalRaised()).isEqualByComparingTo("2000000000");
    assertThat(s.networked()).isTrue();
    assertThat(s.networks()).isEqualTo("Mạng lưới ĐMST");
    assertThat(p.supportOrg()).isEqualTo(ProfileData.SupportOrg.NONE);
    assertThat(p.fund()).isEqualTo(ProfileData.Fund.NONE);
    assertThat(p.expert()).isEqualTo(ProfileData.Expert.NONE);
  }

  @Test
  void aFundStoredInTheOldShapeReadsIntoItsFundDetails() {
    ProfileData p = ProfileJson.read(OLD_FUND);
    assertThat(p.fund().investorType()).isEqualTo(ProfileData.InvestorType.VENTURE_FUND);
    assertThat(p.fund().investmentFocus()).isEqualTo("Nông nghiệp công nghệ cao");
    assertThat(p.fund().ticketMinVnd()).isEqualByComparingTo(new BigDecimal("200000000"));
    assertThat(p.fund().ticketMaxVnd()).isEqualByComparingTo(new BigDecimal("2000000000"));
    assertThat(p.expert().languages()).isEqualTo("vi, en");
    assertThat(p.startup().founders()).isEmpty();
    assertThat(p.startup().stage()).isNull();
  }

  @Test
  void aDocumentIsStillWrittenFlatWithTheSameFieldsAndValues() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String old : List.of(OLD_STARTUP, OLD_FUND)) {
      JsonNode written = json.readTree(ProfileJson.write(ProfileJson.read(old)));
      assertThat(written).isEqualTo(json.readTree(old));
    }
  }

  @Test
  void aDocumentMissingTheKindsFieldsReadsWithEmptyDetails() {
    ProfileData p = ProfileJson.read("{\"name\":\"Chuyên gia\"}");
    assertThat(p.name()).isEqualTo("Chuyên gia");
    assertThat(p.startup().founders()).isEmpty();
    assertThat(p.startup().ipRights()).isEmpty();
    assertThat(p.supportOrg().supportType()).isNull();
    assertThat(p.expert().expertise()).isNull();
  }
}
