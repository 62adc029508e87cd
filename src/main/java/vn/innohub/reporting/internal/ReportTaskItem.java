package vn.innohub.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.innohub.reporting.TaskStatus;

/**
 * A unit's word on one task for the period: its own (lead) or its contribution (coordinating). A null status is "Chưa
 * báo cáo" (not reported): every item starts so, and a lead unit must give one before it submits.
 */
@Entity
@Table(name = "report_task_item")
public class ReportTaskItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private UnitReport report;

  @Column(nullable = false)
  private int seq;

  @Column(name = "task_id", nullable = false)
  private long taskId;

  @Column(nullable = false)
  private boolean lead;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private TaskStatus status;

  private Integer progress;

  @Column(length = 4000)
  private String results;

  @Column(precision = 18, scale = 4)
  private BigDecimal quantity;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "cancel_reason", length = 1000)
  private String cancelReason;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  // What the unit typed (issue 17): kept as typed, checked apart; the parsed columns above stay null while invalid.
  @Column(name = "progress_typed", length = 200)
  private String progressTyped;

  @Column(name = "quantity_typed", length = 200)
  private String quantityTyped;

  @Column(name = "completed_on_typed", length = 200)
  private String completedOnTyped;

  @Column(name = "status_typed", length = 16)
  private String statusTyped;

  protected ReportTaskItem() {}

  ReportTaskItem(UnitReport report, int seq, long taskId, boolean lead) {
    this.report = report;
    this.seq = seq;
    this.taskId = taskId;
    this.lead = lead;
  }

  void write(TaskStatus newStatus, Integer newProgress, String newResults, BigDecimal newQuantity, LocalDate newCompletedOn,
      String newCancelReason) {
    this.status = newStatus;
    this.progress = newProgress;
    this.results = newResults;
    this.quantity = newQuantity;
    this.completedOn = newCompletedOn;
    this.cancelReason = newCancelReason;
  }

  /** The texts as typed (null: nothing typed); a status that could not be stored yet, or null. */
  void typed(String progressText, String quantityText, String completedOnText, String pendingStatus) {
    this.progressTyped = progressText;
    this.quantityTyped = quantityText;
    this.completedOnTyped = completedOnText;
    this.statusTyped = pendingStatus;
  }

  public String getProgressTyped() {
    return progressTyped;
  }

  public String getQuantityTyped() {
    return quantityTyped;
  }

  public String getCompletedOnTyped() {
    return completedOnTyped;
  }

  /** A status the unit chose that is not stored yet (a cancellation still without its reason), or null. */
  public String getStatusTyped() {
    return statusTyped;
  }

  void comment(String comment) {
    this.reviewComment = comment;
  }

  public Long getId() {
    return id;
  }

  public UnitReport getReport() {
    return report;
  }

  public long getTaskId() {
    return taskId;
  }

  public boolean isLead() {
    return lead;
  }

  /** The status the unit gave, null when it has not reported one. */
  public TaskStatus getStatus() {
    return status;
  }

  public Integer getProgress() {
    return progress;
  }

  public String getResults() {
    return results;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public String getReviewComment() {
    return reviewComment;
  }
}
