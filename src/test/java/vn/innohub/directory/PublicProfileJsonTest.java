package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open-data record keeps its flat shape (schema innohub.directory/1) with the kinds' details grouped in Java. */
class PublicProfileJsonTest {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void aPublishedStartupIsOneFlatObjectWithTheSchemasFields() throws Exception {
    ProfileData data = new ProfileData("Trà Shan Tuyết", "Chè hữu cơ", null, "5300123456", LocalDate.of(2022, 3, 1),
        "Xã Tả Van", "Lào Cai", List.of("hightech-agri"),
        new ProfileData.Startup(ProfileData.Stage.PROTOTYPE, 7,
            List.of(new ProfileData.Founder("Giàng Thị Sâm", "Sáng lập", true),
                new ProfileData.Founder("Người Ẩn Danh", null, false)),
            "Chè búp", List.of(), List.of(new ProfileData.FundingRound(LocalDate.of(2025, 9, 15),
                new BigDecimal("1500000000"), "Quỹ", ProfileData.RoundType.SEED)), null, null, true, "ĐMST"),
        null, null, null, "https://trashan.example.vn", null, null, null);
    JsonNode node = json.valueToTree(PublicProfile.of("tra-shan", ProfileKind.STARTUP, data, true,
        Instant.parse("2026-01-02T03:04:05Z"), 42L));

    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrder("slug", "kind", "name", "summary", "description", "taxCode",
        "foundedOn", "commune", "province", "sectors", "stage", "teamSize", "website", "email", "phone", "address",
        "founders", "products", "ipRights", "fundingRounds", "capitalRaisedVnd", "awards", "supportReceived",
        "networked", "networks", "supportType", "services", "capacity", "investorType", "investmentFocus",
        "ticketMinVnd", "ticketMaxVnd", "expertise", "languages", "innovative", "verifiedAt", "logo");
    assertThat(node.get("stage").asText()).isEqualTo("PROTOTYPE");
    assertThat(node.get("teamSize").asInt()).isEqualTo(7);
    assertThat(node.get("founders")).hasSize(1);
    assertThat(node.get("founders").get(0).asText()).isEqualTo("Giàng Thị Sâm (Sáng lập)");
    assertThat(node.get("capitalRaisedVnd").decimalValue()).isEqualByComparingTo("1500000000");
    assertThat(node.get("networked").asBoolean()).isTrue();
    assertThat(node.get("supportType").isNull()).isTrue();
    assertThat(node.get("foundedOn").asText()).isEqualTo("2022-03-01");
    assertThat(node.get("logo").asText()).isEqualTo("/danh-ba/tra-shan/logo/42");
  }

  @Test
  void aFundsTypeIsWrittenByName() {
    ProfileData data = ProfileData.named("Quỹ Lào Cai").withFund(new ProfileData.Fund(
        ProfileData.InvestorType.VENTURE_FUND, "Nông nghiệp", new BigDecimal("200000000"), null));
    JsonNode node = json.valueToTree(PublicProfile.of("quy", ProfileKind.FUND, data, false, null, null));
    assertThat(node.get("investorType").asText()).isEqualTo("VENTURE_FUND");
    assertThat(node.get("ticketMinVnd").decimalValue()).isEqualByComparingTo("200000000");
    assertThat(node.get("stage").isNull()).isTrue();
    assertThat(node.get("founders")).isEmpty();
    assertThat(node.has("fund")).isFalse();
  }
}
