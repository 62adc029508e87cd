package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How "Chưa báo cáo" (not reported, a null status — written "_" below) rolls up: a lead unit that gave no status adds
 * nothing to a task's status, a task nobody reported on stays not reported (never "not started"), and the counts keep
 * not reported apart from not started. Expected values worked out by hand.
 */
class NotReportedRollUpTest {

  private static List<TaskStatus> statuses(String spaced) {
    return Arrays.stream(spaced.split(" ")).map(s -> s.equals("_") ? null : TaskStatus.valueOf(s)).toList();
  }

  @ParameterizedTest(name = "lead units [{0}] roll up to {1}")
  @CsvSource(delimiter = ';', value = {
      "_;",                                    // one lead unit, nothing reported: not reported (null)
      "_ _;",                                  // two lead units, neither reported
      "_ _ _;",
      "DONE _;DONE",                           // the one who reported is the task's status
      "_ IN_PROGRESS;IN_PROGRESS",
      "NOT_STARTED _;NOT_STARTED",             // "not started" is a statement, kept apart from not reported
      "_ NOT_STARTED IN_PROGRESS;NOT_STARTED",
      "DONE _ IN_PROGRESS;IN_PROGRESS",        // least advanced of those who reported
      "BEHIND_SCHEDULE _ DONE;BEHIND_SCHEDULE",
      "CANCELLED _;CANCELLED",
      "CANCELLED _ DONE_LATE;DONE_LATE",
      "ONGOING _ DONE;ONGOING"})
  void aLeadUnitWithoutAStatusAddsNothingAndNobodyReportingLeavesTheTaskNotReported(String leads, TaskStatus expected) {
    assertThat(Aggregations.rollUp(statuses(leads))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "deadline {0}, status {1}, today {2}: behind = {3}")
  @CsvSource(nullValues = "_", value = {
      "2026-03-31,_,2026-06-01,true",    // late and not reported
      "2026-06-01,_,2026-06-01,false",   // due today: not late yet
      "2026-12-31,_,2026-06-01,false",
      "_,_,2026-06-01,false"})           // no deadline (yearly, continuous)
  void aTaskNotReportedIsLateOnceItsDeadlinePassed(LocalDate deadline, TaskStatus status, LocalDate today,
      boolean behind) {
    assertThat(Aggregations.behind(deadline, status, today)).isEqualTo(behind);
  }

  /**
   * Tasks as "STATUS/late" (late = deadline passed), and the counts: tasks, not reported (noData), not started,
   * behind schedule, done, share done of those not cancelled.
   */
  @ParameterizedTest(name = "[{0}]: {1} tasks, {2} not reported, {3} not started, {4} late, {5} done, {6}%")
  @CsvSource(delimiter = ';', value = {
      // 59 untouched items of a never-edited report: all not reported, none "not started"
      "_/0 _/0 _/0 _/1 _/1;5;5;0;2;0;0",
      "NOT_STARTED/0 _/0;2;1;1;0;0;0",
      "NOT_STARTED/1 _/1 IN_PROGRESS/1 DONE/0;4;1;1;3;1;25",
      // cancelled leave the share; not reported ones stay in it (nothing says they are done)
      "DONE/0 CANCELLED/0 _/0 _/0;4;2;0;0;1;33",
      "DONE/0 DONE_LATE/0 CANCELLED/0;3;0;0;0;2;100",
      "CANCELLED/0;1;0;0;0;0;0"})
  void theCountsKeepNotReportedApartFromNotStarted(String tasks, int total, int notReported, int notStarted,
      int behind, int done, int percent) {
    List<PeriodResults.TaskResult> results = new ArrayList<>();
    long id = 1;
    for (String t : tasks.split(" ")) {
      String[] p = t.split("/");
      TaskStatus status = p[0].equals("_") ? null : TaskStatus.valueOf(p[0]);
      results.add(new PeriodResults.TaskResult(id, Long.toString(id), "Nhiệm vụ " + id, "I", null, status, null,
          p[1].equals("1"), List.of(), null, List.of(), "", null));
      id++;
    }

    PeriodResults.Rollup r = Aggregations.rollup("Kế hoạch", results);

    assertThat(r.tasks()).isEqualTo(total);
    assertThat(r.noData()).isEqualTo(notReported);
    assertThat(r.byStatus().getOrDefault(TaskStatus.NOT_STARTED, 0)).isEqualTo(notStarted);
    assertThat(r.byStatus()).doesNotContainKey(null);
    assertThat(r.behindSchedule()).isEqualTo(behind);
    assertThat(r.done()).isEqualTo(done);
    assertThat(r.percentDone()).isEqualTo(percent);
  }

  @org.junit.jupiter.api.Test
  void countsByStatusHoldOnlyStatementsMade() {
    List<PeriodResults.TaskResult> results = new ArrayList<>();
    String[] given = {null, "IN_PROGRESS", null, "IN_PROGRESS", "NOT_STARTED"};
    for (int i = 0; i < given.length; i++) {
      results.add(new PeriodResults.TaskResult(i, "" + i, "t", "", null,
          given[i] == null ? null : TaskStatus.valueOf(given[i]), null, false, List.of(), null, List.of(), "", null));
    }
    Map<TaskStatus, Integer> expected = new EnumMap<>(TaskStatus.class);
    expected.put(TaskStatus.IN_PROGRESS, 2);
    expected.put(TaskStatus.NOT_STARTED, 1);

    PeriodResults.Rollup r = Aggregations.rollup("x", results);

    assertThat(r.byStatus()).isEqualTo(expected);
    assertThat(r.noData()).isEqualTo(2);
  }
}
