package vn.innohub.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's report as the unit, the reviewer and the API see it: each item beside the task or target it answers.
 * {@code submittedBy}: the account of the last submission; {@code enteredOnBehalf}: an ADMIN who is not an officer of
 * the unit wrote or submitted it ("Do Sở KH&CN nhập thay đơn vị"); {@code adminWriters}: the ADMIN accounts that
 * wrote or submitted it; {@code ownWork}: the viewer is one of them (or attached evidence), so may not approve it.
 * {@code typed}: the texts typed into number and date fields (field key, e.g. "task-12-progress" → "60 %"), kept as
 * typed; {@code invalid}: those of them that are not valid values (field key → message) — their parsed value is
 * null, so they count nowhere until fixed (issue 17).
 */
public record ReportView(long id, long version, long periodId, String periodLabel, PeriodStatus periodStatus,
    LocalDate periodStart, LocalDate periodEnd, LocalDate unitDue, long planId, String planTitle, long unitId,
    String unitName, ReportStatus status, boolean late, Instant firstSubmittedAt, Instant submittedAt,
    Instant approvedAt, String difficulties, String proposals, String reviewComment, String reopenReason,
    Instant updatedAt, String updatedBy, boolean editable, List<TaskLine> tasks, List<TargetLine> targets,
    String submittedBy, boolean enteredOnBehalf, List<String> adminWriters, boolean ownWork,
    java.util.Map<String, String> typed, java.util.Map<String, String> invalid) {

  public ReportView {
    typed = typed == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(typed));
    invalid = invalid == null ? java.util.Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(invalid));
  }

  /** One task in the report, with what coordinating units said of it when this unit leads it. */
  public record TaskLine(long itemId, long taskId, String code, String section, String title, String content,
      String scheduleText, LocalDate deadline, String outputs, String quantityTarget, boolean lead, TaskStatus status,
      Integer progress, String results, BigDecimal quantity, LocalDate completedOn, String cancelReason,
      String reviewComment, List<EvidenceView> evidence, List<Contribution> contributions) {}

  /**
   * One target the unit reports a value of. {@code method}: how the province's value is obtained (issue 17); a RATIO
   * target takes {@code numerator}/{@code denominator} (labelled {@code numeratorLabel}/{@code denominatorLabel},
   * "Số xã đạt" / "Tổng số xã"), {@code actual} then being the unit's own ratio; {@code reportingUnitName}: the
   * agency whose value is the province's for REPORTED_BY/RANK, {@code reporter} when that is this unit.
   */
  public record TargetLine(long itemId, long targetId, String code, String name, String valueText,
      String unitOfMeasure, BigDecimal actual, String note, String reviewComment, List<EvidenceView> evidence,
      vn.innohub.plan.TargetMethod method, BigDecimal numerator, BigDecimal denominator, String numeratorLabel,
      String denominatorLabel, String reportingUnitName, boolean reporter) {}

  /** A file attached as evidence. */
  public record EvidenceView(long id, String fileName, String contentType, long size) {}

  /** A coordinating unit's part in a task led by this unit. */
  public record Contribution(long reportId, long unitId, String unitName, TaskStatus status, Integer progress,
      String results, ReportStatus reportStatus) {}
}
