package vn.innohub.reporting.internal;

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
import java.time.LocalDate;
import vn.innohub.reporting.PeriodKind;
import vn.innohub.reporting.PeriodStatus;

/** Kỳ báo cáo of one plan, with the units' and the DOST's due dates. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private PeriodKind kind;

  @Column(name = "period_year", nullable = false)
  private int year;

  @Column(name = "period_index", nullable = false)
  private int index;

  @Column(nullable = false, length = 120)
  private String label;

  @Column(name = "start_date", nullable = false)
  private LocalDate start;

  @Column(name = "end_date", nullable = false)
  private LocalDate end;

  @Column(name = "unit_due", nullable = false)
  private LocalDate unitDue;

  @Column(name = "dost_due")
  private LocalDate dostDue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PeriodStatus status = PeriodStatus.PLANNED;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  private long version;

  protected ReportingPeriod() {}

  ReportingPeriod(long planId, PeriodKind kind, int year, int index, String label, LocalDate start, LocalDate end,
      LocalDate unitDue, LocalDate dostDue) {
    this.planId = planId;
    this.kind = kind;
    this.year = year;
    this.index = index;
    describe(label, start, end, unitDue, dostDue);
  }

  void describe(String newLabel, LocalDate newStart, LocalDate newEnd, LocalDate newUnitDue, LocalDate newDostDue) {
    this.label = newLabel;
    this.start = newStart;
    this.end = newEnd;
    this.unitDue = newUnitDue;
    this.dostDue = newDostDue;
  }

  void open(Instant now) {
    status = PeriodStatus.OPEN;
    if (openedAt == null) {
      openedAt = now;
    }
    closedAt = null;
  }

  void close(Instant now) {
    status = PeriodStatus.CLOSED;
    closedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public int getYear() {
    return year;
  }

  public int getIndex() {
    return index;
  }

  public String getLabel() {
    return label;
  }

  public LocalDate getStart() {
    return start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public LocalDate getUnitDue() {
    return unitDue;
  }

  public LocalDate getDostDue() {
    return dostDue;
  }

  public PeriodStatus getStatus() {
    return status;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public long getVersion() {
    return version;
  }
}
