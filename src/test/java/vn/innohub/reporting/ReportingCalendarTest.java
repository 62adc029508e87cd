package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

  private static List<String> seed(String prefix) throws IOException {
    Path dir = Path.of("..", "shared", "seeds");
    boolean present = Files.isDirectory(dir);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the seed tests: ../shared/seeds not found next to the project");
    }
    if (!present) {
      System.out.println("NOTICE: seed reporting-rule test skipped: ../shared/seeds not found");
    }
    Assumptions.assumeTrue(present);
    try (var files = Files.list(dir)) {
      return Files.readAllLines(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow(),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void laoCaiAsksForSixMonthReportsBefore15JuneAndAnnualBefore15December() throws IOException {
    List<ReportingRule> rules = ReportingRuleReader.read(seed("000"));
    assertThat(rules).containsExactly(new ReportingRule(PeriodKind.SIX_MONTH, MonthDay.of(6, 15), null),
        new ReportingRule(PeriodKind.ANNUAL, MonthDay.of(12, 15), null));
  }

  @Test
  void thaiNguyenUnitsReportBefore5DecemberSoThatTheDostReportsBefore15December() throws IOException {
    List<ReportingRule> rules = ReportingRuleReader.read(seed("002"));
    assertThat(rules).containsExactly(new ReportingRule(PeriodKind.ANNUAL, MonthDay.of(12, 5), MonthDay.of(12, 15)));
  }

  @Test
  void aPlanWithoutRulesGetsTheUsualSixMonthAndAnnualDeadlines() {
    assertThat(ReportingRuleReader.read(List.of("Tổ chức thực hiện kế hoạch.")))
        .extracting(ReportingRule::kind).containsExactly(PeriodKind.SIX_MONTH, PeriodKind.ANNUAL);
  }

  @Test
  void aFiveYearPlanHasTenPeriodsInDateOrder() {
    List<ReportingPeriodPlan> periods = ReportingCalendar.generate(2026, 2030, List.of(
        new ReportingRule(PeriodKind.SIX_MONTH, MonthDay.of(6, 15), null),
        new ReportingRule(PeriodKind.ANNUAL, MonthDay.of(12, 5), MonthDay.of(12, 15))));
    assertThat(periods).hasSize(10);
    ReportingPeriodPlan first = periods.get(0);
    assertThat(first.label()).isEqualTo("6 tháng đầu năm 2026");
    assertThat(first.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(first.end()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(first.unitDue()).isEqualTo(LocalDate.of(2026, 6, 15));
    ReportingPeriodPlan annual = periods.get(1);
    assertThat(annual.label()).isEqualTo("Năm 2026");
    assertThat(annual.unitDue()).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(annual.dostDue()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(periods.get(9).label()).isEqualTo("Năm 2030");
  }

  @Test
  void quarterlyPeriodsAreDueInTheMonthAfterTheQuarter() {
    List<ReportingPeriodPlan> periods = ReportingCalendar.generate(2026, 2026,
        List.of(new ReportingRule(PeriodKind.QUARTERLY, MonthDay.of(1, 31), null)));
    assertThat(periods).extracting(ReportingPeriodPlan::label).containsExactly("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026");
    assertThat(periods.get(0).unitDue()).isEqualTo(LocalDate.of(2026, 4, 30)); // 31 April does not exist
    assertThat(periods.get(3).unitDue()).isEqualTo(LocalDate.of(2027, 1, 31));
  }

  @Test
  void aQuarterlyRuleIsReadAndGiveNoQuarterForPlansThatOnlySpeakOfSolvingProblems() {
    assertThat(ReportingRuleReader.read(List.of("Các đơn vị gửi báo cáo quý trước ngày 10/4 về Sở Khoa học và Công nghệ.")))
        .containsExactly(new ReportingRule(PeriodKind.QUARTERLY, MonthDay.of(4, 10), null));
    assertThat(ReportingRuleReader.read(List.of("Báo cáo năm trước 15/12 để giải quyết vướng mắc.")))
        .containsExactly(new ReportingRule(PeriodKind.ANNUAL, MonthDay.of(12, 15), null));
  }
}
