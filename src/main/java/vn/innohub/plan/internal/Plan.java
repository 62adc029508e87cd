package vn.innohub.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.PlanSummary;
import vn.innohub.shared.text.Texts;

/** Kế hoạch: a provincial plan for a period of one or more years — the aggregate of its sections, targets, tasks and budget. */
@Entity
@Table(name = "plan")
public class Plan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(length = 60)
  private String number;

  @Column(name = "plan_date")
  private LocalDate planDate;

  @Column(length = 100)
  private String place;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(name = "issuer_unit_id")
  private Long issuerUnitId;

  @Column(name = "parent_plan_id")
  private Long parentPlanId;

  @Column(name = "period_from", nullable = false)
  private int periodFrom;

  @Column(name = "period_to", nullable = false)
  private int periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  @Column(name = "text", length = 2000)
  private List<String> legalBases = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PlanSection> sections = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<PlanTarget> targets = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<PlanTask> tasks = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<BudgetLine> budgetLines = new ArrayList<>();

  @Version
  private long version;

  protected Plan() {}

  public Plan(String number, String title, Long issuerUnitId, int periodFrom, int periodTo, PlanStatus status,
      Instant createdAt) {
    this.createdAt = createdAt;
    this.status = status == null ? PlanStatus.DRAFT : status;
    describe(number, null, null, title, issuerUnitId, periodFrom, periodTo, null);
  }

  /** Sets the header fields together so that the period is always valid. */
  public final void describe(String newNumber, LocalDate date, String newPlace, String newTitle, Long issuer,
      int from, int to, Long parentPlan) {
    if (newTitle == null || newTitle.isBlank()) {
      throw new IllegalArgumentException("plan.title.required");
    }
    if (from > to || from < 2000 || to > 2100) {
      throw new IllegalArgumentException("plan.period.invalid");
    }
    if (parentPlan != null && parentPlan.equals(id)) {
      throw new IllegalArgumentException("plan.parent.self");
    }
    this.number = Texts.blankToNull(newNumber);
    this.planDate = date;
    this.place = Texts.blankToNull(newPlace);
    this.title = newTitle.strip();
    this.issuerUnitId = issuer;
    this.periodFrom = from;
    this.periodTo = to;
    this.parentPlanId = parentPlan;
  }

  public void setStatus(PlanStatus status) {
    this.status = status;
  }

  public void setLegalBases(List<String> bases) {
    legalBases.clear();
    bases.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).forEach(legalBases::add);
  }

  public PlanSection addSection(String code, String title) {
    PlanSection s = new PlanSection(this, sections.size() + 1, code, title);
    sections.add(s);
    return s;
  }

  public PlanTarget addTarget() {
    PlanTarget t = new PlanTarget(this, targets.stream().mapToInt(PlanTarget::getSeq).max().orElse(0) + 1);
    targets.add(t);
    return t;
  }

  public PlanTask addTask() {
    PlanTask t = new PlanTask(this, tasks.stream().mapToInt(PlanTask::getSeq).max().orElse(0) + 1);
    tasks.add(t);
    return t;
  }

  public BudgetLine addBudgetLine() {
    BudgetLine b = new BudgetLine(this, budgetLines.stream().mapToInt(BudgetLine::getSeq).max().orElse(0) + 1);
    budgetLines.add(b);
    return b;
  }

  public void removeTarget(PlanTarget t) {
    targets.remove(t);
    tasks.forEach(task -> {
      if (task.getTargetIds().contains(t.getId())) {
        java.util.Set<Long> ids = new java.util.HashSet<>(task.getTargetIds());
        ids.remove(t.getId());
        task.serves(ids);
      }
    });
  }

  public void removeTask(PlanTask t) {
    tasks.remove(t);
  }

  public void removeBudgetLine(BudgetLine b) {
    budgetLines.remove(b);
  }

  public Optional<PlanTarget> target(long targetId) {
    return targets.stream().filter(t -> t.getId() != null && t.getId() == targetId).findFirst();
  }

  public Optional<PlanTask> task(long taskId) {
    return tasks.stream().filter(t -> t.getId() != null && t.getId() == taskId).findFirst();
  }

  public Optional<BudgetLine> budgetLine(long lineId) {
    return budgetLines.stream().filter(b -> b.getId() != null && b.getId() == lineId).findFirst();
  }

  public Optional<PlanSection> section(Long sectionId) {
    return sectionId == null ? Optional.empty()
        : sections.stream().filter(s -> s.getId() != null && s.getId().equals(sectionId)).findFirst();
  }

  public PlanSummary summary() {
    return new PlanSummary(id, number, title, issuerUnitId, periodFrom, periodTo, status);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getPlanDate() {
    return planDate;
  }

  public String getPlace() {
    return place;
  }

  public String getTitle() {
    return title;
  }

  public Long getIssuerUnitId() {
    return issuerUnitId;
  }

  public Long getParentPlanId() {
    return parentPlanId;
  }

  public int getPeriodFrom() {
    return periodFrom;
  }

  public int getPeriodTo() {
    return periodTo;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public List<String> getLegalBases() {
    return List.copyOf(legalBases);
  }

  public List<PlanSection> getSections() {
    return List.copyOf(sections);
  }

  public List<PlanTarget> getTargets() {
    return List.copyOf(targets);
  }

  public List<PlanTask> getTasks() {
    return List.copyOf(tasks);
  }

  public List<BudgetLine> getBudgetLines() {
    return List.copyOf(budgetLines);
  }

  public long getVersion() {
    return version;
  }
}
