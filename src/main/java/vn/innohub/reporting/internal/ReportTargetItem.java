package vn.innohub.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A unit's value of one target for the period, in the target's unit of measure. */
@Entity
@Table(name = "report_target_item")
public class ReportTargetItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private UnitReport report;

  @Column(nullable = false)
  private int seq;

  @Column(name = "target_id", nullable = false)
  private long targetId;

  @Column(precision = 20, scale = 4)
  private BigDecimal actual;

  /** A RATIO target's parts (issue 17): what meets the criterion, out of how many. */
  @Column(precision = 20, scale = 4)
  private BigDecimal numerator;

  @Column(precision = 20, scale = 4)
  private BigDecimal denominator;

  @Column(name = "unit_text", length = 60)
  private String unitText;

  @Column(length = 2000)
  private String note;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  // The value as typed (issue 17); actual stays null while it is invalid.
  @Column(name = "actual_typed", length = 200)
  private String actualTyped;

  /** A RATIO item's parts as typed (issue 17), kept even when they are not valid numbers. */
  @Column(name = "numerator_typed", length = 200)
  private String numeratorTyped;

  @Column(name = "denominator_typed", length = 200)
  private String denominatorTyped;

  protected ReportTargetItem() {}

  ReportTargetItem(UnitReport report, int seq, long targetId, String unitText) {
    this.report = report;
    this.seq = seq;
    this.targetId = targetId;
    this.unitText = unitText;
  }

  void write(BigDecimal newActual, String newNote) {
    this.actual = newActual;
    this.note = newNote;
  }

  /** A RATIO target's parts and the unit's own ratio computed from them (kept as its value for display). */
  void writeParts(BigDecimal newNumerator, BigDecimal newDenominator, BigDecimal ratio, String newNote) {
    this.numerator = newNumerator;
    this.denominator = newDenominator;
    this.actual = ratio;
    this.note = newNote;
  }

  public BigDecimal getNumerator() {
    return numerator;
  }

  public BigDecimal getDenominator() {
    return denominator;
  }

  void typedParts(String numeratorText, String denominatorText) {
    this.numeratorTyped = numeratorText;
    this.denominatorTyped = denominatorText;
  }

  public String getNumeratorTyped() {
    return numeratorTyped;
  }

  public String getDenominatorTyped() {
    return denominatorTyped;
  }

  void typed(String actualText) {
    this.actualTyped = actualText;
  }

  /** The value as the unit typed it ("12 doanh nghiệp"), null when nothing was typed. */
  public String getActualTyped() {
    return actualTyped;
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

  public long getTargetId() {
    return targetId;
  }

  public BigDecimal getActual() {
    return actual;
  }

  public String getUnitText() {
    return unitText;
  }

  public String getNote() {
    return note;
  }

  public String getReviewComment() {
    return reviewComment;
  }
}
