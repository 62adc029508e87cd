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

/** Dòng kinh phí: a budget line in million VND — total and by year, with its source. */
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
    this.source = newSource == null || newSource.isBlank() ? null : newSource.strip();
    this.byYear.clear();
    this.byYear.putAll(amounts);
    this.total = newTotal != null ? newTotal
        : amounts.isEmpty() ? null : amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
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
