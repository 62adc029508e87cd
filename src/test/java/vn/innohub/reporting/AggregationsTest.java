package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.Aggregation;
import vn.innohub.shared.files.FileKind;

class AggregationsTest {

  private static List<BigDecimal> values(String csv) {
    return csv.isBlank() ? List.of() : Arrays.stream(csv.split(" ")).map(v -> v.equals("_") ? null : new BigDecimal(v)).toList();
  }

  @ParameterizedTest(name = "{0} of [{1}] = {2}")
  @CsvSource(delimiter = ';', value = {
      "SUM;12 8;20", "SUM;1.5 2.25 _;3.75", "AVERAGE;10 20 40;23.3333", "AVERAGE;60 _ 80;70",
      "MAX;3 9 4;9", "LATEST;55 61 58;58", "LATEST;55 _;55", "SUM;_ _;", "SUM;;"})
  void combinesApprovedValuesByTheTargetsRule(Aggregation rule, String in, String expected) {
    BigDecimal result = Aggregations.combine(rule, values(in == null ? "" : in));
    if (expected == null) {
      assertThat(result).isNull();
    } else {
      assertThat(result).isEqualByComparingTo(expected);
    }
  }

  @ParameterizedTest(name = "roll-up of {0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "DONE DONE;DONE", "DONE IN_PROGRESS;IN_PROGRESS", "DONE_LATE DONE;DONE_LATE", "ONGOING NOT_STARTED;NOT_STARTED",
      "CANCELLED DONE;DONE", "BEHIND_SCHEDULE DONE;BEHIND_SCHEDULE", "IN_PROGRESS;IN_PROGRESS"})
  void aTaskWithSeveralLeadUnitsIsAsFarAsTheLeastAdvanced(String in, TaskStatus expected) {
    assertThat(Aggregations.rollUp(Arrays.stream(in.split(" ")).map(TaskStatus::valueOf).toList())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "deadline {0}, {1}, today {2}: behind = {3}")
  @CsvSource({
      "2026-03-31,IN_PROGRESS,2026-06-30,true", "2026-03-31,DONE,2026-06-30,false", "2026-03-31,CANCELLED,2026-06-30,false",
      "2026-06-30,IN_PROGRESS,2026-06-30,false", "2026-06-30,NOT_STARTED,2026-07-01,true", ",IN_PROGRESS,2027-01-01,false",
      "2026-12-31,BEHIND_SCHEDULE,2026-06-01,true", "2026-03-31,,2026-06-30,true"})
  void behindScheduleWhenTheDeadlinePassedUndone(LocalDate deadline, TaskStatus status, LocalDate today, boolean behind) {
    assertThat(Aggregations.behind(deadline, status, today)).isEqualTo(behind);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"png,PNG", "pdf,PDF", "docx,DOCX", "exe,", "empty,", "zip,"})
  void evidenceKindsAreRecognisedByContent(String file, FileKind expected) throws Exception {
    byte[] bytes = switch (file) {
      case "png" -> ReportingTestFiles.png();
      case "pdf" -> ReportingTestFiles.pdf();
      case "docx" -> ReportingTestFiles.docx();
      case "exe" -> ReportingTestFiles.exe();
      // a readable ZIP that is no Office file (a ZIP signature and noise is a damaged file since issue 16)
      case "zip" -> vn.innohub.shared.files.ZipBombs.zip(java.util.List.of(
          vn.innohub.shared.files.ZipBombs.Part.stored("readme.txt", "x".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      default -> new byte[0];
    };
    assertThat(FileKind.detect(bytes).orElse(null)).isEqualTo(expected);
  }
}
