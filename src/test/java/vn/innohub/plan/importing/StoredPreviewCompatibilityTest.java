package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A preview stored before issue 18 (no budget totals, budget lines without code or agencies) still reads. */
class StoredPreviewCompatibilityTest {

  // configured as Spring Boot configures the application's mapper (unknown properties ignored, java.time)
  private final ObjectMapper json = org.springframework.http.converter.json.Jackson2ObjectMapperBuilder.json().build();

  @Test
  void aPreviewStoredBeforeBudgetTotalsReadsWithEmptyTotalsAndEmptyAgencies() throws Exception {
    String stored = """
        {"number":"1/KH-UBND","date":"2026-01-15","place":"Minh Sơn","title":"Kế hoạch","issuer":{"text":"","unitIds":[],
         "unitNames":[],"unresolved":[]},"periodFrom":2026,"periodTo":2026,"legalBases":[],"sections":[],"targets":[],
         "tasks":[],"budget":[{"label":"Hội thảo","source":"Ngân sách tỉnh","total":1250,"byYear":{"2026":1250},
         "line":7,"flags":[]}],"unparsed":[],"warnings":[]}
        """;
    ParsedPlan p = json.readValue(stored, ParsedPlan.class);
    assertThat(p.budgetTotals()).isEmpty();
    ParsedPlan.BudgetLine line = p.budget().get(0);
    assertThat(line.total()).isEqualByComparingTo("1250");
    assertThat(line.code()).isEmpty();
    assertThat(line.lead().isEmpty()).isTrue();
    assertThat(line.coordinating().unresolved()).isEmpty();
    assertThat(p.flagCount()).isZero();
  }

  @Test
  void aPreviewWithBudgetTotalsSurvivesBeingStoredAndReadAgain() throws Exception {
    ParsedPlan parsed = new PlanTextParser(SeedPlans.lookup()).parse(java.util.List.of(BudgetAnnexTest.FIVE_YEARS), 2026);
    ParsedPlan again = json.readValue(json.writeValueAsString(parsed), ParsedPlan.class);
    assertThat(again.budgetTotals()).hasSize(3);
    assertThat(again.budget().get(0).lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(again.budget().get(0).group()).isEqualTo("I. Hỗ trợ khởi nghiệp");
    assertThat(again.budgetTotals().get(0).computedTotal()).isEqualByComparingTo("9615243");
  }

  @Test
  void aPreviewStoredWithOcrConfidenceBesideThePlanReadsAsThePlan() throws Exception {
    // issue 18: PlanImports stores the OCR confidence by source line as "lineConfidence" beside the plan's fields
    String stored = """
        {"number":null,"date":null,"place":null,"title":"Kế hoạch quét","issuer":{"text":"","unitIds":[],
         "unitNames":[],"unresolved":[]},"periodFrom":2026,"periodTo":2027,"legalBases":[],"sections":[],"targets":[],
         "tasks":[],"budget":[],"unparsed":[],"warnings":[],"budgetTotals":[],"lineConfidence":{"3":88,"7":41}}
        """;
    ParsedPlan p = json.readValue(stored, ParsedPlan.class);
    assertThat(p.title()).isEqualTo("Kế hoạch quét");
    assertThat(p.periodTo()).isEqualTo(2027);
  }
}
