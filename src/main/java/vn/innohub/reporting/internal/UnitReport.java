package vn.innohub.reporting.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.innohub.reporting.ReportStatus;

/** Báo cáo của đơn vị: one unit's report for one period, with an item per task and per target it answers for. */
@Entity
@Table(name = "unit_report")
public class UnitReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_id")
  private ReportingPeriod period;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReportStatus status = ReportStatus.DRAFT;

  @Column(length = 4000)
  private String difficulties;

  @Column(length = 4000)
  private String proposals;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Column(name = "reopen_reason", length = 1000)
  private String reopenReason;

  @Column(name = "first_submitted_at")
  private Instant firstSubmittedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<ReportTaskItem> taskItems = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<ReportTargetItem> targetItems = new ArrayList<>();

  /** The account of the last submission. */
  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  /** An ADMIN who is not an officer of the unit wrote or submitted this report: entered by the DOST on its behalf. */
  @Column(name = "entered_on_behalf", nullable = false)
  private boolean enteredOnBehalf;

  /** Every ADMIN account that wrote or submitted the report; none of them may approve it. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "unit_report_admin_writer", joinColumns = @JoinColumn(name = "report_id"))
  @Column(name = "username", length = 100)
  private java.util.Set<String> adminWriters = new java.util.TreeSet<>();

  @Version
  private long version;

  protected UnitReport() {}

  UnitReport(ReportingPeriod period, long unitId) {
    this.period = period;
    this.unitId = unitId;
  }

  ReportTaskItem addTask(long taskId, boolean lead) {
    ReportTaskItem item = new ReportTaskItem(this, taskItems.size() + 1, taskId, lead);
    taskItems.add(item);
    return item;
  }

  ReportTargetItem addTarget(long targetId, String unitOfMeasure) {
    ReportTargetItem item = new ReportTargetItem(this, targetItems.size() + 1, targetId, unitOfMeasure);
    targetItems.add(item);
    return item;
  }

  void write(String newDifficulties, String newProposals, Instant now, String by) {
    this.difficulties = newDifficulties;
    this.proposals = newProposals;
    touched(now, by);
  }

  void touched(Instant now, String by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * Records who wrote: an ADMIN is remembered (they may not approve it), and an ADMIN who is not an officer of the
   * unit marks the report as entered on the unit's behalf.
   */
  void writtenBy(String username, boolean admin, boolean officerOfUnit) {
    if (admin) {
      adminWriters.add(username);
      if (!officerOfUnit) {
        enteredOnBehalf = true;
      }
    }
  }

  void submittedBy(String username) {
    this.submittedBy = username;
  }

  /** Whether the account wrote or submitted this report (and so may not approve it). */
  boolean writtenOrSubmittedBy(String username) {
    return username.equals(submittedBy) || adminWriters.contains(username);
  }

  void submit(Instant now, boolean afterDue) {
    status = status == ReportStatus.RETURNED ? ReportStatus.RESUBMITTED : ReportStatus.SUBMITTED;
    submittedAt = now;
    if (firstSubmittedAt == null) {
      firstSubmittedAt = now;
      late = afterDue;
    }
  }

  void returnToUnit(String comment, Instant now, String by) {
    status = ReportStatus.RETURNED;
    reviewComment = comment;
    reviewedAt = now;
    reviewedBy = by;
  }

  void approve(Instant now, String by) {
    status = ReportStatus.APPROVED;
    approvedAt = now;
    reviewedAt = now;
    reviewedBy = by;
  }

  void reopen(String reason, Instant now, String by) {
    status = ReportStatus.RETURNED;
    reopenReason = reason;
    reviewComment = reason;
    approvedAt = null;
    reviewedAt = now;
    reviewedBy = by;
  }

  public Long getId() {
    return id;
  }

  public ReportingPeriod getPeriod() {
    return period;
  }

  public long getUnitId() {
    return unitId;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public String getDifficulties() {
    return difficulties;
  }

  public String getProposals() {
    return proposals;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public Instant getFirstSubmittedAt() {
    return firstSubmittedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public List<ReportTaskItem> getTaskItems() {
    return taskItems;
  }

  public List<ReportTargetItem> getTargetItems() {
    return targetItems;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public boolean isEnteredOnBehalf() {
    return enteredOnBehalf;
  }

  public java.util.Set<String> getAdminWriters() {
    return java.util.Collections.unmodifiableSet(adminWriters);
  }

  public long getVersion() {
    return version;
  }
}
