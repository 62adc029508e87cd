package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hỗ trợ sau cuộc thi: support promised to (and perhaps delivered to) a finalist or winner. */
@Entity
@Table(name = "contest_support")
public class Support {

  /** Ươm tạo, cố vấn, kết nối quỹ, sự kiện quốc gia (TECHFEST …), tài trợ/kinh phí. */
  public enum Kind { INCUBATION, MENTORING, FUND_CONNECTION, NATIONAL_EVENT, FUNDING }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  private boolean delivered;

  @Column(name = "amount_vnd")
  private BigDecimal amountVnd;

  @Column(name = "promised_on")
  private LocalDate promisedOn;

  @Column(name = "delivered_on")
  private LocalDate deliveredOn;

  @Column(length = 2000)
  private String evidence;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Support() {}

  Support(long applicationId, Kind kind, BigDecimal amountVnd, LocalDate promisedOn, LocalDate deliveredOn,
      String evidence, Instant now) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.amountVnd = amountVnd;
    this.promisedOn = promisedOn;
    this.deliveredOn = deliveredOn;
    this.delivered = deliveredOn != null;
    this.evidence = evidence;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getApplicationId() {
    return applicationId;
  }

  public Kind getKind() {
    return kind;
  }

  public boolean isDelivered() {
    return delivered;
  }

  public BigDecimal getAmountVnd() {
    return amountVnd;
  }

  public LocalDate getPromisedOn() {
    return promisedOn;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public String getEvidence() {
    return evidence;
  }
}
