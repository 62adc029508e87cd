package vn.innohub.reporting;

import java.util.List;

/**
 * Changes to a report, as typed: numbers and dates arrive as text so that a wrong value can be named at its field.
 * {@code version} is the version the writer started from; a different current version means someone else saved in
 * between. Items not listed are left as they are.
 */
public record ReportDraft(Long version, String difficulties, String proposals, List<TaskEntry> tasks,
    List<TargetEntry> targets) {

  public ReportDraft {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /**
   * A task item: status name, progress percent, results, quantity achieved, completion date, cancel reason. A blank
   * status ("") is "Chưa báo cáo" (not reported); a missing one (null) keeps the saved status.
   */
  public record TaskEntry(long itemId, String status, String progress, String results, String quantity,
      String completedOn, String cancelReason) {}

  /**
   * A target item: the value for the period and a note; for a RATIO target (issue 17) the parts instead of the
   * value: {@code numerator} (what meets the criterion, "Số xã đạt") out of {@code denominator} ("Tổng số xã").
   */
  public record TargetEntry(long itemId, String actual, String note, String numerator, String denominator) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public TargetEntry {}

    /** A bare value and a note. */
    public TargetEntry(long itemId, String actual, String note) {
      this(itemId, actual, note, null, null);
    }
  }
}
