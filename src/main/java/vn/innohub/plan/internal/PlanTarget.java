package vn.innohub.plan.internal;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.TargetMethod;
import vn.innohub.plan.Quantity.Comparator;
import vn.innohub.shared.text.Texts;

/** Chỉ tiêu: a target of a plan, with its value, year, agencies and aggregation rule. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int seq;

  @Column(length = 20)
  private String code;

  @Column(nullable = false, length = 2000)
  private String name;

  @Column(name = "value_text", length = 500)
  private String valueText;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Comparator comparator;

  @Column(name = "value_min")
  private BigDecimal valueMin;

  @Column(name = "value_max")
  private BigDecimal valueMax;

  @Column(name = "unit_of_measure", length = 100)
  private String unitOfMeasure;

  @Column(name = "target_year")
  private Integer targetYear;

  private BigDecimal baseline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Aggregation aggregation;

  @Column(name = "aggregator_text", length = 1000)
  private String aggregatorText;

  @Column(name = "lead_text", length = 2000)
  private String leadText;

  @Column(name = "coordinating_text", length = 2000)
  private String coordinatingText;

  @Column(length = 2000)
  private String unresolved;

  @Column(length = 300)
  private String flags;

  /** A live statistic this target's actual value comes from (LiveStatistics key), or null. */
  @Column(name = "data_source", length = 60)
  private String dataSource;

  /** How the provincial value is obtained (issue 17); null only before V81 ran. */
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private TargetMethod method;

  /** The agency reporting the value of a REPORTED_BY/RANK target; null: the compiling agency, else the first lead. */
  @Column(name = "reporting_unit_id")
  private Long reportingUnitId;

  /** The method was proposed by a rule and a person has not confirmed it yet ("Cần xem lại cách tính"). */
  @Column(name = "method_review", nullable = false)
  private boolean methodReview;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_target_unit", joinColumns = @JoinColumn(name = "target_id"))
  private Set<UnitRole> units = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_target_milestone", joinColumns = @JoinColumn(name = "target_id"))
  @MapKeyColumn(name = "milestone_year")
  @Column(name = "milestone_value")
  private Map<Integer, BigDecimal> milestones = new TreeMap<>();

  @Version
  private long version;

  protected PlanTarget() {}

  PlanTarget(Plan plan, int seq) {
    this.plan = plan;
    this.seq = seq;
    this.aggregation = Aggregation.SUM;
  }

  /** A method proposed by the wording rule, to be confirmed by a person. */
  public void proposeMethod(TargetMethod proposed) {
    this.method = proposed;
    this.reportingUnitId = null;
    this.methodReview = true;
  }

  /** A method chosen by a person (ADMIN): confirmed, no review left. A reporting unit only for REPORTED_BY/RANK. */
  public void chooseMethod(TargetMethod chosen, Long reportingUnit) {
    if (chosen == null) {
      throw new IllegalArgumentException("plan.target.methodRequired");
    }
    this.method = chosen;
    this.reportingUnitId = chosen.singleAgency() ? reportingUnit : null;
    this.methodReview = false;
  }

  public TargetMethod getMethod() {
    return method;
  }

  public Long getReportingUnitId() {
    return reportingUnitId;
  }

  public boolean isMethodReview() {
    return methodReview;
  }

  public void describe(String newCode, String newName, Quantity value, Integer year) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("plan.target.nameRequired");
    }
    this.code = Texts.blankToNull(newCode);
    this.name = newName.strip();
    this.valueText = value.text();
    this.comparator = value.comparator();
    this.valueMin = value.min();
    this.valueMax = value.max();
    this.unitOfMeasure = value.unit();
    this.targetYear = year;
  }

  public void setAggregation(Aggregation aggregation) {
    this.aggregation = aggregation;
  }

  public void setBaseline(BigDecimal baseline) {
    this.baseline = baseline;
  }

  public void setMilestones(Map<Integer, BigDecimal> byYear) {
    milestones.clear();
    milestones.putAll(byYear);
  }

  /** Replaces the agencies of the given roles with the resolved units; keeps the texts and unresolved parts. */
  public void assign(String aggregator, String lead, String coordinating, Set<UnitRole> resolved, List<String> notFound) {
    this.aggregatorText = aggregator;
    this.leadText = lead;
    this.coordinatingText = coordinating;
    this.units.clear();
    this.units.addAll(resolved);
    this.unresolved = notFound.isEmpty() ? null : String.join("; ", notFound);
  }

  public void setFlags(String flags) {
    this.flags = Texts.nullIfBlank(flags);
  }

  void setSeq(int seq) {
    this.seq = seq;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getValueText() {
    return valueText;
  }

  public Comparator getComparator() {
    return comparator;
  }

  public BigDecimal getValueMin() {
    return valueMin;
  }

  public BigDecimal getValueMax() {
    return valueMax;
  }

  public String getUnitOfMeasure() {
    return unitOfMeasure;
  }

  public Integer getTargetYear() {
    return targetYear;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public Aggregation getAggregation() {
    return aggregation;
  }

  public String getAggregatorText() {
    return aggregatorText;
  }

  public String getLeadText() {
    return leadText;
  }

  public String getCoordinatingText() {
    return coordinatingText;
  }

  public String getUnresolved() {
    return unresolved;
  }

  public String getFlags() {
    return flags;
  }

  public Set<UnitRole> getUnits() {
    return Set.copyOf(units);
  }

  public Map<Integer, BigDecimal> getMilestones() {
    return Map.copyOf(milestones);
  }

  public long getVersion() {
    return version;
  }

  public String getDataSource() {
    return dataSource;
  }

  void setDataSource(String dataSource) {
    this.dataSource = dataSource;
  }
}
