package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.innohub.plan.Schedule.Kind;
import vn.innohub.plan.importing.ParsedPlan.Flag;

/** Plan shapes that are not in the seeds: other column orders and names, wrapped cells, a budget annex, OCR text. */
class GeneralShapesTest {

  private static ParsedPlan parse(String resource) throws IOException {
    String text = new ClassPathResource("plans/" + resource).getContentAsString(StandardCharsets.UTF_8);
    return new PlanTextParser(SeedPlans.lookup()).parse(List.of(text.split("\n", -1)), 2027);
  }

  private static long id(String code) {
    return SeedPlans.PROVINCE.id(code);
  }

  @Test
  void aTaskTableWithOtherColumnsAndWrappedCellsIsRead() throws IOException {
    ParsedPlan p = parse("general-columns.txt");
    assertThat(p.number()).isEqualTo("12/KH-UBND");
    assertThat(p.date()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(p.periodFrom()).isEqualTo(2027);
    assertThat(p.periodTo()).isEqualTo(2027);
    assertThat(p.tasks()).hasSize(2);
    ParsedPlan.Task first = p.tasks().get(0);
    assertThat(first.code()).isEqualTo("1.1");
    assertThat(first.name()).isEqualTo("Xây dựng quy chế trình ban hành quy chế");
    assertThat(first.content()).isEqualTo("Soạn thảo, lấy ý kiến, ban hành");
    assertThat(first.section()).isEqualTo("A. Nhóm nhiệm vụ thể chế");
    assertThat(first.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(first.coordinating().unitIds()).containsExactly(id("STP"));
    assertThat(first.schedule().due()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(first.outputs()).isEqualTo("01 Quyết định");
    ParsedPlan.Task second = p.tasks().get(1);
    assertThat(second.schedule().due()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(second.coordinating().unitIds()).hasSize((int) SeedPlans.PROVINCE.count(vn.innohub.org.UnitType.DEPARTMENT));
    assertThat(second.outputQuantities()).singleElement().satisfies(q -> assertThat(q.min()).isEqualByComparingTo("20"));
  }

  @Test
  void aBudgetAnnexIsReadInMillionVndAndBadNumbersAreFlaggedNotGuessed() throws IOException {
    ParsedPlan p = parse("general-columns.txt");
    assertThat(p.budget()).hasSize(3);
    ParsedPlan.BudgetLine first = p.budget().get(0);
    assertThat(first.label()).isEqualTo("Xây dựng quy chế");
    assertThat(first.source()).isEqualTo("Ngân sách tỉnh");
    assertThat(first.total()).isEqualByComparingTo("1250");
    assertThat(first.byYear()).containsEntry(2027, new BigDecimal("1000")).containsEntry(2028, new BigDecimal("250"));
    assertThat(p.budget().get(1).total()).isEqualByComparingTo("9615243");
    assertThat(p.budget().get(2).flags()).containsExactly(Flag.NUMBER_MALFORMED);
    assertThat(p.budget().get(2).total()).isNull();
  }

  @Test
  void ocrTextWithoutDiacriticsIsReadLikeTheOriginal() throws IOException {
    ParsedPlan p = parse("ocr-no-accents.txt");
    assertThat(p.title()).isEqualTo("Phat trien khoi nghiep sang tao nam 2027");
    assertThat(p.periodFrom()).isEqualTo(2027);
    assertThat(p.tasks()).hasSize(2);
    ParsedPlan.Task contest = p.tasks().get(0);
    assertThat(contest.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(contest.coordinating().unitIds()).contains(id("TINHDOAN"), id("X-BANLAU"));
    assertThat(contest.schedule().due()).isEqualTo(LocalDate.of(2027, 9, 30));
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(id("SCT"));
    assertThat(p.tasks().get(1).schedule().kind()).isEqualTo(Kind.YEARLY);
    assertThat(p.tasks()).allSatisfy(t -> assertThat(t.flags()).isEmpty());
  }

  @Test
  void theSyntheticTenThousandLinePlanOfTheBenchmarkIsReadCompletely() {
    String text = vn.innohub.bench.PlanImportBenchmark.synthetic();
    assertThat(text.lines()).hasSize(10_000);
    ParsedPlan p = new PlanTextParser(SeedPlans.lookup()).parse(List.of(text.split("\n", -1)), 2026);
    assertThat(p.targets()).hasSize(1000);
    assertThat(p.tasks()).hasSize(4000);
    assertThat(p.tasks().get(2000).code()).isEqualTo("2001"); // codes that look like years are still task numbers
    assertThat(p.tasks().get(2000).name()).endsWith("và khởi nghiệp tại địa phương");
    assertThat(p.sections()).hasSize(8);
  }
}
