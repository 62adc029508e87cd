package vn.innohub.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A parsed plan document waiting for the officer's corrections and commit. */
@Entity
@Table(name = "plan_import")
public class PlanImport {

  /** Where an import stands. */
  public enum Status { PREVIEW, COMMITTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id")
  private Long planId;

  @Column(name = "source_name", nullable = false, length = 300)
  private String sourceName;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The parsed plan as JSON; audited as "changed" without its (large) content — the committed plan is audited in full. */
  @vn.innohub.shared.audit.Redacted
  @Column(nullable = false, columnDefinition = "text")
  private String payload;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Version
  private long version;

  protected PlanImport() {}

  PlanImport(Long planId, String sourceName, String createdBy, Instant createdAt, String payload) {
    this.planId = planId;
    this.sourceName = sourceName;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.payload = payload;
    this.status = Status.PREVIEW;
  }

  void update(String newPayload) {
    if (status != Status.PREVIEW) {
      throw new IllegalStateException("plan.import.alreadyCommitted");
    }
    this.payload = newPayload;
  }

  void committed(long plan) {
    this.planId = plan;
    this.status = Status.COMMITTED;
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getPayload() {
    return payload;
  }

  public Status getStatus() {
    return status;
  }

  public long getVersion() {
    return version;
  }
}
