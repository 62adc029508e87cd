package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.innohub.plan.importing.ParsedPlan.BudgetLine;
import vn.innohub.plan.importing.ParsedPlan.BudgetTotal;
import vn.innohub.plan.importing.ParsedPlan.BudgetTotal.Kind;
import vn.innohub.plan.importing.ParsedPlan.BudgetTotal.Mismatch;
import vn.innohub.plan.importing.ParsedPlan.Flag;

/**
 * Budget annexes (issue 18, part 5): a money table is a budget table whatever other columns it has; its lines keep
 * agencies, source, code and group; printed totals are checked against the sum of the lines. Every expected amount
 * below is worked out by hand in the comments.
 */
class BudgetAnnexTest {

  private static ParsedPlan parse(String... lines) {
    return new PlanTextParser(SeedPlans.lookup()).parse(List.of(lines), 2026);
  }

  private static long id(String code) {
    return SeedPlans.PROVINCE.id(code);
  }

  private static BigDecimal d(String plain) {
    return new BigDecimal(plain);
  }

  /** The shape of the issue: a clean tab-separated budget table with an agency column and no caption. */
  @Test
  void aCleanBudgetTableWithAnAgencyColumnIsABudgetTableNotATaskTable() {
    ParsedPlan p = parse(
        "STT\tNội dung\tCơ quan chủ trì\tNguồn vốn\tTổng\t2027\t2028",
        "1\tXây dựng quy chế\tSở Tư pháp\tNgân sách tỉnh\t1.250\t1.000\t250",
        "2\tĐào tạo cán bộ\tSở Công Thương\tXã hội hóa\t300,5\t100\t200,5");
    assertThat(p.tasks()).isEmpty();
    assertThat(p.budget()).hasSize(2);
    BudgetLine first = p.budget().get(0);
    assertThat(first.code()).isEqualTo("1");
    assertThat(first.label()).isEqualTo("Xây dựng quy chế");
    assertThat(first.source()).isEqualTo("Ngân sách tỉnh");
    assertThat(first.total()).isEqualByComparingTo("1250");
    assertThat(first.byYear()).containsEntry(2027, d("1000")).containsEntry(2028, d("250"));
    assertThat(first.lead().unitIds()).containsExactly(id("STP"));
    assertThat(p.budget().get(1).total()).isEqualByComparingTo("300.5");
    assertThat(p.budget().get(1).lead().unitIds()).containsExactly(id("SCT"));
    assertThat(p.budgetTotals()).isEmpty(); // nothing printed, nothing to check
  }

  /**
   * Section I prints a subtotal, section II does not; the grand total is printed first. By hand:
   * I.1 = 200 × 5 = 1.000; I.2 = 500,5 + 4 × 500 = 2.500,5; section I = 3.500,5 (700,5 in 2026, 700 after);
   * II.1 = 5 × 1.922.348,5 = 9.611.742,5; grand = 3.500,5 + 9.611.742,5 = 9.615.243;
   * 2026 = 700,5 + 1.922.348,5 = 1.923.049; 2027…2030 = 700 + 1.922.348,5 = 1.923.048,5.
   */
  static final String[] FIVE_YEARS = {
      "PHỤ LỤC III",
      "KINH PHÍ THỰC HIỆN KẾ HOẠCH",
      "ĐVT: triệu đồng",
      "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tNguồn\tTổng kinh phí\t2026\t2027\t2028\t2029\t2030",
      "\tTổng cộng\t\t\t\t9.615.243\t1.923.049\t1.923.048,5\t1.923.048,5\t1.923.048,5\t1.923.048,5",
      "I\tHỗ trợ khởi nghiệp\t\t\t\t3.500,5\t700,5\t700\t700\t700\t700",
      "1\tCuộc thi khởi nghiệp\tSở Khoa học và\tTỉnh đoàn\tNgân sách tỉnh\t1.000\t200\t200\t200\t200\t200",
      "\t\tCông nghệ\t\t\t\t\t\t\t\t",
      "2\tƯơm tạo dự án\tSở Công Thương\t\tXã hội hóa\t2.500,5\t500,5\t500\t500\t500\t500",
      "II\tHạ tầng đổi mới sáng tạo\t\t\t\t\t\t\t\t\t",
      "1\tTrung tâm đổi mới sáng tạo\tSở KH&CN\tSở Tư pháp\tNgân sách trung ương\t9.611.742,5\t1.922.348,5\t1.922.348,5\t1.922.348,5\t1.922.348,5\t1.922.348,5"};

  @Test
  void aFiveYearAnnexKeepsAgenciesSourceAndGroupOfEachLine() {
    ParsedPlan p = parse(FIVE_YEARS);
    assertThat(p.budget()).extracting(BudgetLine::code).containsExactly("1", "2", "1");
    BudgetLine contest = p.budget().get(0);
    assertThat(contest.lead().text()).isEqualTo("Sở Khoa học và Công nghệ"); // joined across the wrapped cell
    assertThat(contest.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(contest.coordinating().unitIds()).containsExactly(id("TINHDOAN"));
    assertThat(contest.source()).isEqualTo("Ngân sách tỉnh");
    assertThat(contest.section()).isEqualTo("I. Hỗ trợ khởi nghiệp");
    assertThat(contest.group()).isEqualTo("I. Hỗ trợ khởi nghiệp");
    assertThat(contest.byYear()).hasSize(5).containsEntry(2030, d("200"));
    assertThat(p.budget().get(1).total()).isEqualByComparingTo("2500.5");
    assertThat(p.budget().get(2).section()).isEqualTo("II. Hạ tầng đổi mới sáng tạo");
    assertThat(p.budget().get(2).total()).isEqualByComparingTo("9611742.5");
    assertThat(p.budget()).allSatisfy(b -> assertThat(b.flags()).isEmpty());
    assertThat(p.budget()).noneMatch(b -> b.label().contains("Tổng")); // the grand total is not a line
  }

  @Test
  void printedTotalsThatMatchTheLinesAreCheckedAndNotFlagged() {
    ParsedPlan p = parse(FIVE_YEARS);
    assertThat(p.budgetTotals()).hasSize(3);
    BudgetTotal grand = p.budgetTotals().get(0);
    assertThat(grand.kind()).isEqualTo(Kind.GRAND);
    assertThat(grand.printedTotal()).isEqualByComparingTo("9615243");
    assertThat(grand.computedTotal()).isEqualByComparingTo("9615243");
    assertThat(grand.computedByYear().get(2026)).isEqualByComparingTo("1923049");
    assertThat(grand.computedByYear().get(2030)).isEqualByComparingTo("1923048.5");
    assertThat(grand.mismatches()).isEmpty();
    BudgetTotal sectionOne = p.budgetTotals().get(1);
    assertThat(sectionOne.kind()).isEqualTo(Kind.GROUP);
    assertThat(sectionOne.code()).isEqualTo("I");
    assertThat(sectionOne.computedTotal()).isEqualByComparingTo("3500.5");
    assertThat(sectionOne.mismatches()).isEmpty();
    BudgetTotal sectionTwo = p.budgetTotals().get(2);
    assertThat(sectionTwo.printedTotal()).isNull(); // no subtotal printed: computed only
    assertThat(sectionTwo.computedTotal()).isEqualByComparingTo("9611742.5");
    assertThat(sectionTwo.flags()).isEmpty();
    assertThat(p.flagCount()).isZero();
  }

  /**
   * The same annex with its printed grand total altered: lines still add up to 9.615.243, the document prints
   * 9.615.000 (and 1.923.000 for 2026), and section I prints 3.500 instead of 3.500,5.
   */
  @Test
  void aDeliberatelyAlteredGrandTotalIsFlaggedWithBothNumbers() {
    String[] altered = FIVE_YEARS.clone();
    altered[4] = "\tTổng cộng\t\t\t\t9.615.000\t1.923.000\t1.923.048,5\t1.923.048,5\t1.923.048,5\t1.923.048,5";
    altered[5] = "I\tHỗ trợ khởi nghiệp\t\t\t\t3.500\t700,5\t700\t700\t700\t700";
    ParsedPlan p = parse(altered);
    BudgetTotal grand = p.budgetTotals().get(0);
    assertThat(grand.flags()).containsExactly(Flag.BUDGET_TOTAL_MISMATCH);
    assertThat(grand.mismatches()).usingRecursiveFieldByFieldElementComparator(
            org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
        .containsExactly(new Mismatch(null, d("9615000"), d("9615243")), new Mismatch(2026, d("1923000"), d("1923049")));
    BudgetTotal sectionOne = p.budgetTotals().get(1);
    assertThat(sectionOne.flags()).containsExactly(Flag.BUDGET_TOTAL_MISMATCH);
    assertThat(sectionOne.mismatches()).singleElement().satisfies(m -> {
      assertThat(m.year()).isNull();
      assertThat(m.printed()).isEqualByComparingTo("3500");
      assertThat(m.computed()).isEqualByComparingTo("3500.5");
    });
    assertThat(p.flagCount()).isEqualTo(2);
    assertThat(p.budget()).hasSize(3); // the lines themselves are kept as printed
  }

  /**
   * A parent row "1" with sub-rows 1.1 and 1.2 is a group, not a line: 100 + 200 = 300 (2026: 50 + 50 = 100,
   * 2027: 50 + 150 = 200); row 2 has no sub-rows and stays a line; grand = 300 + 50 = 350.
   */
  static Stream<Arguments> parentRows() {
    return Stream.of(
        Arguments.of("1\tNhóm đào tạo\tSở KH&CN\t300\t100\t200", "300", false),
        Arguments.of("1\tNhóm đào tạo\tSở KH&CN\t310\t100\t200", "310", true),
        Arguments.of("1\tNhóm đào tạo\t\t\t\t", null, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parentRows")
  void aParentRowWithSubRowsIsAGroupWhosePrintedSubtotalIsChecked(String parentRow, String printed, boolean flagged) {
    ParsedPlan p = parse(
        "Đơn vị tính: triệu đồng",
        "TT\tNội dung\tCơ quan chủ trì\tTổng\tNăm 2026\tNăm 2027",
        parentRow,
        "1.1\tLớp khởi nghiệp\tSở KH&CN\t100\t50\t50",
        "1.2\tLớp đổi mới sáng tạo\tSở Tư pháp\t200\t50\t150",
        "2\tHội chợ công nghệ\tSở Công Thương\t50\t50\t",
        "\tTổng số\t\t350\t150\t200");
    assertThat(p.budget()).extracting(BudgetLine::code).containsExactly("1.1", "1.2", "2");
    assertThat(p.budget().get(0).group()).isEqualTo("1. Nhóm đào tạo");
    assertThat(p.budget().get(2).group()).isNull();
    BudgetTotal group = p.budgetTotals().stream().filter(t -> t.kind() == Kind.GROUP).findFirst().orElseThrow();
    assertThat(group.code()).isEqualTo("1");
    assertThat(group.computedTotal()).isEqualByComparingTo("300");
    assertThat(group.computedByYear()).containsEntry(2026, d("100")).containsEntry(2027, d("200"));
    if (printed == null) {
      assertThat(group.printedTotal()).isNull();
    } else {
      assertThat(group.printedTotal()).isEqualByComparingTo(printed);
    }
    assertThat(group.flags().contains(Flag.BUDGET_TOTAL_MISMATCH)).isEqualTo(flagged);
    BudgetTotal grand = p.budgetTotals().stream().filter(t -> t.kind() == Kind.GRAND).findFirst().orElseThrow();
    assertThat(grand.computedTotal()).isEqualByComparingTo("350");
    assertThat(grand.mismatches()).isEmpty();
  }

  /** Year columns only, no total column: each line's total is the sum of its years; the year totals are checked. */
  @Test
  void withoutATotalColumnEachYearColumnTotalIsChecked() {
    ParsedPlan p = parse(
        "Kinh phí (triệu đồng)",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\t2026\t2027\t2028\t2029\t2030",
        "1\tCổng thông tin\tSở KH&CN\tSở Tư pháp\t2026 - 2030\t100\t100\t100\t100\t100",
        "2\tNgày hội khởi nghiệp\tSở Công Thương\t\tHằng năm\t1.250,5\t\t\t\t",
        "\tTổng cộng\t\t\t\t1.350,5\t100\t100\t100\t150");
    assertThat(p.tasks()).isEmpty();
    assertThat(p.budget()).extracting(BudgetLine::total).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(d("500"), d("1250.5")); // 5 × 100; 1.250,5 alone
    BudgetTotal grand = p.budgetTotals().get(0);
    assertThat(grand.printedTotal()).isNull();
    assertThat(grand.computedTotal()).isEqualByComparingTo("1750.5");
    assertThat(grand.mismatches()).singleElement().satisfies(m -> {
      assertThat(m.year()).isEqualTo(2030);
      assertThat(m.printed()).isEqualByComparingTo("150");
      assertThat(m.computed()).isEqualByComparingTo("100");
    });
  }

  /** A task table may print one "Kinh phí" column beside its schedule: without a money caption it stays a task table. */
  @Test
  void aTaskTableWithAScheduleAndOneCostColumnStaysATaskTable() {
    ParsedPlan p = parse(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\tKinh phí",
        "1\tTổ chức cuộc thi\tSở KH&CN\tQuý III/2026\t200");
    assertThat(p.tasks()).hasSize(1);
    assertThat(p.budget()).isEmpty();
  }

  @Test
  void theSeedsStillHaveNoBudgetTableAndNoTotals() throws Exception {
    for (String seed : List.of("000", "002", "003")) {
      ParsedPlan p = SeedPlans.parse(seed);
      assertThat(p.budget()).as(seed).isEmpty();
      assertThat(p.budgetTotals()).as(seed).isEmpty();
    }
  }

  @Test
  void budgetLinesKeepTheirAmountsAsPrintedInTheMoneyFormat() {
    ParsedPlan p = parse(
        "STT\tNội dung\tNguồn\tTổng\t2026",
        "1\tA\tNgân sách tỉnh\t9.615.243\t9.615.243",
        "2\tB\tNgân sách tỉnh\t1.250,5\t1.250,5");
    assertThat(p.budget()).extracting(BudgetLine::byYear)
        .containsExactly(Map.of(2026, d("9615243")), Map.of(2026, d("1250.5")));
  }

  /** "Cộng" under a section closes that section: 40 + 60 = 100 matches; the grand total 100 + 5 = 105 matches too. */
  @Test
  void aCongRowClosingASectionIsItsSubtotalNotTheGrandTotal() {
    ParsedPlan p = parse(
        "ĐVT: triệu đồng",
        "STT\tNội dung\tTổng\t2026",
        "A\tĐào tạo\t\t",
        "1\tLớp một\t40\t40",
        "2\tLớp hai\t60\t60",
        "\tCộng\t100\t100",
        "B\tTruyền thông\t\t",
        "1\tBản tin\t5\t5",
        "\tTổng cộng\t105\t105");
    assertThat(p.budget()).hasSize(3);
    assertThat(p.budgetTotals()).allSatisfy(t -> assertThat(t.mismatches()).isEmpty());
    assertThat(p.budgetTotals()).extracting(BudgetTotal::code).containsExactly("A", "B", ""); // one per group
    assertThat(p.budgetTotals()).filteredOn(t -> t.kind() == Kind.GROUP && t.printedTotal() != null)
        .singleElement().satisfies(t -> {
          assertThat(t.code()).isEqualTo("A");
          assertThat(t.printedTotal()).isEqualByComparingTo("100");
        });
    assertThat(p.budgetTotals()).filteredOn(t -> t.kind() == Kind.GRAND).singleElement()
        .satisfies(t -> assertThat(t.computedTotal()).isEqualByComparingTo("105"));
  }
}
