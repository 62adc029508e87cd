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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.innohub.plan.Schedule;
import vn.innohub.shared.text.Texts;

/** Nhiệm vụ: a task of a plan with its agencies, schedule (text and parse), expected outputs and targets served. */
@Entity
@Table(name = "plan_task")
public class PlanTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private Plan plan;

  private int seq;

  @Column(length = 20)
  private String code;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "section_id")
  private PlanSection section;

  @Column(nullable = false, length = 4000)
  private String name;

  @Column(length = 8000)
  private String content;

  @Column(name = "lead_text", length = 2000)
  private String leadText;

  @Column(name = "coordinating_text", length = 2000)
  private String coordinatingText;

  @Column(name = "schedule_text", length = 2000)
  private String scheduleText;

  @Enumerated(EnumType.STRING)
  @Column(name = "schedule_kind", nullable = false, length = 12)
  private Schedule.Kind scheduleKind;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(length = 2000)
  private String outputs;

  @Column(length = 2000)
  private String unresolved;

  @Column(length = 300)
  private String flags;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_task_unit", joinColumns = @JoinColumn(name = "task_id"))
  private Set<UnitRole> units = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_task_target", joinColumns = @JoinColumn(name = "task_id"))
  @Column(name = "target_id")
  private Set<Long> targetIds = new HashSet<>();

  @Version
  private long version;

  protected PlanTask() {}

  PlanTask(Plan plan, int seq) {
    this.plan = plan;
    this.seq = seq;
    this.scheduleKind = Schedule.Kind.CONDITIONAL;
  }

  public void describe(String newCode, PlanSection newSection, String newName, String newContent, String newOutputs) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("plan.task.nameRequired");
    }
    this.code = Texts.blankToNull(newCode);
    this.section = newSection;
    this.name = newName.strip();
    this.content = Texts.blankToNull(newContent);
    this.outputs = Texts.blankToNull(newOutputs);
  }

  public void schedule(Schedule s) {
    this.scheduleText = s.text();
    this.scheduleKind = s.kind();
    this.dueDate = s.due();
    this.startDate = s.start();
    this.endDate = s.end();
  }

  public void assign(String lead, String coordinating, Set<UnitRole> resolved, List<String> notFound) {
    this.leadText = lead;
    this.coordinatingText = coordinating;
    this.units.clear();
    this.units.addAll(resolved);
    this.unresolved = notFound.isEmpty() ? null : String.join("; ", notFound);
  }

  public void serves(Set<Long> targets) {
    targetIds.clear();
    targetIds.addAll(targets);
  }

  public void setFlags(String flags) {
    this.flags = Texts.nullIfBlank(flags);
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

  public PlanSection getSection() {
    return section;
  }

  public String getName() {
    return name;
  }

  public String getContent() {
    return content;
  }

  public String getLeadText() {
    return leadText;
  }

  public String getCoordinatingText() {
    return coordinatingText;
  }

  public String getScheduleText() {
    return scheduleText;
  }

  public Schedule.Kind getScheduleKind() {
    return scheduleKind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getOutputs() {
    return outputs;
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

  public Set<Long> getTargetIds() {
    return Set.copyOf(targetIds);
  }

  public long getVersion() {
    return version;
  }
}
