package vn.innohub.plan.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.Map;
import java.util.TreeMap;
import vn.innohub.shared.text.Texts;

/**
 * Dòng kinh phí: a budget line in million VND — total and by year, with its source; an imported line keeps its
 * printed code, its group (the section or parent row it is printed under) and its agencies as printed.
 */
@Entity
@Table(name = "plan_budget_line")
public class BudgetLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int seq;

  @Column(nullable = false, length = 1000)
  private String label;

  @Column(length = 200)
  private String source;

  private BigDecimal total;

  @Column(length = 40)
  private String code;

  @Column(name = "group_label", length = 1000)
  private String groupLabel;

  @Column(name = "lead_text", length = 2000)
  private String leadText;

  @Column(name = "coordinating_text", length = 2000)
  private String coordinatingText;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_budget_amount", joinColumns = @JoinColumn(name = "line_id"))
  @MapKeyColumn(name = "budget_year")
  @Column(name = "amount")
  private Map<Integer, BigDecimal> byYear = new TreeMap<>();

  @Version
  private long version;

  protected BudgetLine() {}

  BudgetLine(Plan plan, int seq) {
    this.plan = plan;
    this.seq = seq;
  }

  public void set(String newLabel, String newSource, BigDecimal newTotal, Map<Integer, BigDecimal> amounts) {
    if (newLabel == null || newLabel.isBlank()) {
      throw new IllegalArgumentException("plan.budget.labelRequired");
    }
    this.label = newLabel.strip();
    this.source = Texts.blankToNull(newSource);
    this.byYear.clear();
    this.byYear.putAll(amounts);
    this.total = newTotal != null ? newTotal
        : amounts.isEmpty() ? null : amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The row code, group and agencies as the budget annex printed them (blank parts stored as null). */
  public void describe(String newCode, String group, String lead, String coordinating) {
    this.code = clip(newCode, 40);
    this.groupLabel = clip(group, 1000);
    this.leadText = clip(lead, 2000);
    this.coordinatingText = clip(coordinating, 2000);
  }

  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }

  public String getCode() {
    return code;
  }

  public String getGroupLabel() {
    return groupLabel;
  }

  public String getLeadText() {
    return leadText;
  }

  public String getCoordinatingText() {
    return coordinatingText;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public String getLabel() {
    return label;
  }

  public String getSource() {
    return source;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public Map<Integer, BigDecimal> getByYear() {
    return new TreeMap<>(byYear);
  }
}
