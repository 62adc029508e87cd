package vn.innohub.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.innohub.plan.Aggregation;

/** How unit values of a target combine, and how lead units' task statuses roll up. */
public final class Aggregations {

  /** From least to most advanced: the roll-up of several lead units is the least advanced of them. */
  private static final List<TaskStatus> ADVANCE = List.of(TaskStatus.BEHIND_SCHEDULE, TaskStatus.NOT_STARTED,
      TaskStatus.IN_PROGRESS, TaskStatus.ONGOING, TaskStatus.DONE_LATE, TaskStatus.DONE, TaskStatus.CANCELLED);

  private Aggregations() {}

  /**
   * Combines values in the order their reports were approved: SUM adds, AVERAGE is the mean (4 decimals), MAX the
   * largest, LATEST the last approved. Missing values are skipped; no values give null.
   */
  public static BigDecimal combine(Aggregation rule, List<BigDecimal> valuesInApprovalOrder) {
    List<BigDecimal> values = valuesInApprovalOrder.stream().filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return null;
    }
    return switch (rule == null ? Aggregation.SUM : rule) {
      case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
      case AVERAGE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP).stripTrailingZeros();
      case MAX -> values.stream().max(Comparator.naturalOrder()).orElseThrow().stripTrailingZeros();
      case LATEST -> values.get(values.size() - 1).stripTrailingZeros();
    };
  }

  /**
   * The least advanced of the statuses given; a lead unit that gave none (null, "Chưa báo cáo") adds nothing, and
   * when none gave one the task is not reported (null) — never "not started".
   */
  public static TaskStatus rollUp(List<TaskStatus> statuses) {
    return statuses.stream().filter(Objects::nonNull).min(Comparator.comparingInt(ADVANCE::indexOf)).orElse(null);
  }

  /** Behind schedule: the deadline is before {@code today} and the task is neither done nor cancelled. */
  public static boolean behind(java.time.LocalDate deadline, TaskStatus status, java.time.LocalDate today) {
    if (status == TaskStatus.BEHIND_SCHEDULE) {
      return true;
    }
    return deadline != null && deadline.isBefore(today) && (status == null || !status.closed());
  }

  /** Counts of tasks by status, with those without data, behind schedule and the share done (cancelled left out). */
  public static PeriodResults.Rollup rollup(String label, List<PeriodResults.TaskResult> tasks) {
    Map<TaskStatus, Integer> byStatus = new java.util.EnumMap<>(TaskStatus.class);
    int noData = 0;
    int behind = 0;
    int done = 0;
    int cancelled = 0;
    for (PeriodResults.TaskResult t : tasks) {
      if (t.status() == null) {
        noData++;
      } else {
        byStatus.merge(t.status(), 1, Integer::sum);
        done += t.status().done() ? 1 : 0;
        cancelled += t.status() == TaskStatus.CANCELLED ? 1 : 0;
      }
      behind += t.behindSchedule() ? 1 : 0;
    }
    int counted = tasks.size() - cancelled;
    return new PeriodResults.Rollup(label, tasks.size(), byStatus, noData, behind, done,
        counted == 0 ? 0 : Math.round(100f * done / counted));
  }}
