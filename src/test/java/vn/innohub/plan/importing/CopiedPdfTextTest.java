package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.innohub.plan.importing.ParsedPlan.BudgetLine;
import vn.innohub.plan.importing.ParsedPlan.BudgetTotal;
import vn.innohub.plan.importing.ParsedPlan.Task;

/**
 * Plans copied out of a PDF viewer (issue 18): the samples of plans/copied were made from a DOCX written with POI
 * ({@link CopiedPdfSamples}), converted by LibreOffice and read by {@code pdftotext -raw}; the expected cells are the
 * DOCX's own cells as written in {@link CopiedPdfSamples}, so nothing here is computed by the code under test.
 * viewer.txt is written by hand in the shape the issue describes (one wrapped cell line per line).
 */
class CopiedPdfTextTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CopiedPdfTextTest.class.getResourceAsStream("/plans/copied/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> lines(String name) throws IOException {
    return List.of(new String(resource(name), StandardCharsets.UTF_8).split("\\r?\\n", -1));
  }

  /** The whole upload path: DocumentReader (which rebuilds the rows) and the parser with the demo registry. */
  private static ParsedPlan read(String name) throws IOException {
    return PlanReading.read(name, resource(name), SeedPlans.lookup(), 2026);
  }

  @Test
  void rawPdfTextIsRecognisedAsCopiedAndColumnOrderTextIsLeftAlone() throws IOException {
    assertThat(CopiedPdfText.looksCopied(lines("plan-raw.txt"))).isTrue();
    assertThat(CopiedPdfText.looksCopied(lines("viewer.txt"))).isTrue();
    // plain pdftotext prints a page's columns one after the other: its rows cannot be told from the text alone
    assertThat(CopiedPdfText.looksCopied(lines("plan-plain.txt"))).isFalse();
    assertThat(DocumentReader.lines("plan-plain.txt", resource("plan-plain.txt"))).isEqualTo(lines("plan-plain.txt"));
  }

  @Test
  void everyTaskOfTheSampleIsFoundWithItsCells() throws IOException {
    ParsedPlan plan = read("plan-raw.txt");
    assertThat(plan.title()).isEqualTo(
        "Phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Lào Cai giai đoạn 2026 - 2030");
    assertThat(plan.number()).isEqualTo("118/KH-UBND");
    List<String[]> expected = CopiedPdfSamples.TASKS.stream().filter(r -> !r[0].matches("[IVX]+")).toList();
    assertThat(plan.tasks()).extracting(Task::code)
        .containsExactly("1", "2", "3", "4", "4.1", "4.2", "5", "6", "7", "8", "9", "10");
    for (int i = 0; i < expected.size(); i++) {
      String[] row = expected.get(i);
      Task t = plan.tasks().get(i);
      assertThat(t.lead().text()).as("lead of " + row[0]).isEqualTo(row[3]);
      assertThat(t.coordinating().text()).as("coordinating of " + row[0]).isEqualTo(row[4]);
      assertThat(t.schedule().text()).as("time of " + row[0]).isEqualTo(row[5]);
      assertThat(t.outputs()).as("output of " + row[0]).isEqualTo(row[6]);
      if (!row[0].equals("4.2")) {
        assertThat(t.name()).as("name of " + row[0]).isEqualTo(row[1]);
        assertThat(t.content()).as("content of " + row[0]).isEqualTo(row[2]);
      }
    }
    assertThat(plan.tasks().get(4).section()).isEqualTo("II. Hoàn thiện cơ chế, chính sách");
    assertThat(plan.tasks().get(9).section()).isEqualTo("III. Phát triển hạ tầng và nguồn nhân lực");
  }

  @Test
  void aRowCutByAPageBreakKeepsItsAgenciesTimeAndOutputWhole() throws IOException {
    // 4.2 starts at the foot of page 2: pdftotext -raw prints the first line of all its cells as one line
    Task t = read("plan-raw.txt").tasks().get(5);
    assertThat(t.code()).isEqualTo("4.2");
    assertThat(t.lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(t.coordinating().text()).isEqualTo("Các sở, ban, ngành");
    assertThat(t.schedule().text()).isEqualTo("Quý III/2026");
    assertThat(t.outputs()).isEqualTo("Quyết định của UBND tỉnh");
    // known limit: name and content are joined in the name (both plain text, nothing tells where one ends)
    assertThat(t.name() + " " + t.content()).contains("Quy chế điều phối", "liên ngành về hệ sinh thái khởi nghiệp",
        "Xác định trách nhiệm");
  }

  @Test
  void targetsAndTheirUnnumberedSubIndicatorsAreRebuiltAsRows() throws IOException {
    List<String> rows = CopiedPdfText.rebuild(lines("plan-raw.txt"), SeedPlans.lookup());
    List<String> expected = new ArrayList<>();
    expected.add(String.join("\t", CopiedPdfSamples.TARGET_HEADER));
    for (String[] r : CopiedPdfSamples.TARGETS) {
      expected.add(String.join("\t", r));
    }
    int at = rows.indexOf(expected.get(0));
    assertThat(at).isNotNegative();
    assertThat(rows.subList(at, at + expected.size())).containsExactlyElementsOf(expected);
    ParsedPlan plan = read("plan-raw.txt");
    assertThat(plan.targets().stream().map(ParsedPlan.Target::code).filter(c -> c.matches("\\d+")))
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    ParsedPlan.Target second = plan.targets().stream().filter(t -> t.code().equals("2")).findFirst().orElseThrow();
    assertThat(second.value().text()).isEqualTo("≥ 5 dự án");
    assertThat(second.lead().text()).isEqualTo("Sở Tài chính");
  }

  @Test
  void theBudgetAnnexAmountsAndPrintedGrandTotalAreExact() throws IOException {
    ParsedPlan plan = read("plan-raw.txt");
    List<String[]> lines = CopiedPdfSamples.BUDGET.stream().filter(r -> r[0].matches("\\d+")).toList();
    assertThat(plan.budget()).extracting(BudgetLine::code).containsExactly("1", "2", "3", "4");
    for (int i = 0; i < lines.size(); i++) {
      String[] r = lines.get(i);
      BudgetLine l = plan.budget().get(i);
      assertThat(l.label()).isEqualTo(r[1]);
      assertThat(l.lead().text()).isEqualTo(r[2]);
      assertThat(l.coordinating().text()).isEqualTo(r[3]);
      assertThat(l.total()).isEqualByComparingTo(new BigDecimal(r[4].replace(".", "")));
      for (int y = 0; y < 5; y++) {
        assertThat(l.byYear().get(2026 + y)).isEqualByComparingTo(new BigDecimal(r[5 + y].replace(".", "")));
      }
    }
    BudgetTotal grand = plan.budgetTotals().stream().filter(t -> t.kind() == BudgetTotal.Kind.GRAND).findFirst()
        .orElseThrow();
    assertThat(grand.printedTotal()).isEqualByComparingTo("9615243"); // printed "9.615.2" + "43" in a narrow column
    assertThat(grand.computedTotal()).isEqualByComparingTo("9615243");
    assertThat(grand.printedByYear()).isEqualTo(Map.of(2026, new BigDecimal("1923048"), 2027, new BigDecimal("1923049"),
        2028, new BigDecimal("1923049"), 2029, new BigDecimal("1923049"), 2030, new BigDecimal("1923048")));
    assertThat(plan.budgetTotals()).allSatisfy(t -> assertThat(t.mismatches()).isEmpty());
  }

  @Test
  void viewerTextWithOneCellLinePerLineIsReadAcrossAPageBreak() throws IOException {
    ParsedPlan plan = read("viewer.txt");
    assertThat(plan.title()).isEqualTo("Hỗ trợ khởi nghiệp đổi mới sáng tạo năm 2026");
    assertThat(plan.tasks()).extracting(Task::code).containsExactly("1", "2", "2.1", "2.2", "3");
    Task first = plan.tasks().get(0);
    assertThat(first.name()).isEqualTo("Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh");
    assertThat(first.content()).isEqualTo("Thiết lập, vận hành cổng thông tin điện tử của tỉnh");
    assertThat(first.lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(first.lead().unitIds()).isNotEmpty(); // the wrapped name, joined, is the registry's unit
    assertThat(first.coordinating().text()).isEqualTo("Các sở, ban, ngành; UBND các xã, phường");
    assertThat(first.schedule().text()).isEqualTo("2026 - 2030");
    assertThat(first.outputs()).isEqualTo("Cổng thông tin được vận hành");
    Task parent = plan.tasks().get(1);
    assertThat(parent.name()).isEqualTo("Hoàn thiện chính sách hỗ trợ khởi nghiệp");
    assertThat(parent.content()).isEmpty();
    assertThat(parent.lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(parent.coordinating().text()).isEqualTo("Sở Tài chính");
    assertThat(parent.schedule().text()).isEqualTo("2026 - 2027");
    Task sub = plan.tasks().get(2);
    assertThat(sub.name()).isEqualTo("Nghị quyết về mức hỗ trợ dự án khởi nghiệp");
    assertThat(sub.content()).isEqualTo("Xây dựng dự thảo, trình Hội đồng nhân dân tỉnh");
    assertThat(sub.outputs()).isEqualTo("Nghị quyết của Hội đồng nhân dân tỉnh");
    Task cut = plan.tasks().get(3); // page 2 ends after its content; the rest of the row is on page 3
    assertThat(cut.name()).isEqualTo("Quy chế phối hợp liên ngành");
    assertThat(cut.content()).isEqualTo("Xác định trách nhiệm");
    assertThat(cut.lead().text()).isEqualTo("Sở Nội vụ");
    assertThat(cut.coordinating().text()).isEqualTo("Các sở, ban, ngành");
    assertThat(cut.schedule().text()).isEqualTo("Quý III/2026");
    assertThat(cut.outputs()).isEqualTo("Quyết định của UBND tỉnh");
    Task last = plan.tasks().get(4);
    assertThat(last.lead().text()).isEqualTo("Tỉnh đoàn");
    assertThat(last.coordinating().text()).isEqualTo("Công an tỉnh; Đài Phát thanh và Truyền hình tỉnh");
    assertThat(last.schedule().text()).isEqualTo("Hằng năm");
    assertThat(last.outputs()).isEqualTo("Báo cáo kết quả");
    // page numbers, running headers and the repeated header are dropped, not left as unused lines
    assertThat(plan.unparsed()).noneMatch(l -> l.text().startsWith("Kế hoạch hỗ trợ") || l.text().matches("\\d+")
        || l.text().equals("Sản phẩm"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "9.611.7|93|9.611.793", "1.922.|358|1.922.358", "9.600.00|0|9.600.000", "Tổng cộng 9.615.2|43|Tổng cộng 9.615.243"})
  void anAmountWrappedInANarrowColumnIsJoined(String first, String second, String joined) {
    assertThat(CopiedPdfText.Scorer.joinAmounts(List.of(first, second))).containsExactly(joined);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"690|690", "2026 -|2030", "1.250|250", "5.000 -|10.000"})
  void wholeNumbersOnConsecutiveLinesStayApart(String first, String second) {
    assertThat(CopiedPdfText.Scorer.joinAmounts(List.of(first, second))).containsExactly(first, second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "002", "003"})
  void theSeedPlansAreNotTakenForCopiedText(String seed) throws IOException {
    assertThat(CopiedPdfText.looksCopied(SeedPlans.lines(seed))).isFalse();
  }

  @Test
  void proseWithoutATableHeaderIsNotTakenForCopiedText() {
    List<String> prose = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      prose.add(i % 2 == 0 ? "- Sở Khoa học và Công nghệ" : "Hằng năm");
    }
    assertThat(CopiedPdfText.looksCopied(prose)).isFalse();
  }
}
