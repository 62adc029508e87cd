package vn.innohub.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.PlanSummary;

/** Kế hoạch: a provincial plan for a period of one or more years. */
@Entity
@Table(name = "plan")
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(length = 60)
  private String number;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "issuer_unit_id")
  private Long issuerUnitId;

  @Column(name = "period_from", nullable = false)
  private int periodFrom;

  @Column(name = "period_to", nullable = false)
  private int periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Plan() {}

  public Plan(String number, String title, Long issuerUnitId, int periodFrom, int periodTo, PlanStatus status,
      Instant createdAt) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("plan.title.required");
    }
    if (periodFrom > periodTo || periodFrom < 2000 || periodTo > 2100) {
      throw new IllegalArgumentException("plan.period.invalid");
    }
    this.number = number == null || number.isBlank() ? null : number.strip();
    this.title = title.strip();
    this.issuerUnitId = issuerUnitId;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.status = status == null ? PlanStatus.DRAFT : status;
    this.createdAt = createdAt;
  }

  public PlanSummary summary() {
    return new PlanSummary(id, number, title, issuerUnitId, periodFrom, periodTo, status);
  }
}
