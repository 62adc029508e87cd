package vn.innohub.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan's targets and tasks as other modules (reporting, dashboards) need them: who leads, who coordinates, when
 * each task runs and what it must deliver. A read-only snapshot; the plan module owns the records.
 */
public record PlanStructure(long id, String number, String title, int periodFrom, int periodTo, PlanStatus status,
    List<Section> sections, List<Target> targets, List<Task> tasks, long version, Long issuerUnitId) {

  public PlanStructure {
    sections = List.copyOf(sections);
    targets = List.copyOf(targets);
    tasks = List.copyOf(tasks);
  }

  /** A section ("I. Nâng cao nhận thức …") of the task list. */
  public record Section(long id, String code, String title) {
    public String label() {
      return code == null || code.isBlank() ? title : code + ". " + title;
    }
  }

  /**
   * A target (chỉ tiêu). {@code reportingUnitIds} are the units that report its value each period: the lead units,
   * or the aggregating unit when no lead is named, plus the reporting agency of a REPORTED_BY/RANK target.
   * {@code method}: how its provincial value is obtained (issue 17); {@code reportingUnitId}: the agency whose value
   * is the province's for REPORTED_BY/RANK (chosen by ADMIN, else the compiling agency, else the first lead unit;
   * null when there is none); {@code methodReview}: the method was proposed by a rule, not confirmed.
   */
  public record Target(long id, String code, String name, String valueText, BigDecimal value, String unitOfMeasure,
      Integer year, BigDecimal baseline, Aggregation aggregation, Set<Long> reportingUnitIds,
      Quantity.Comparator comparator, String dataSource, TargetMethod method, Long reportingUnitId,
      boolean methodReview) {
    public Target {
      reportingUnitIds = Set.copyOf(reportingUnitIds);
      method = method == null ? TargetMethod.propose(name, unitOfMeasure, dataSource != null) : method;
    }
  }

  /** A task (nhiệm vụ) with its schedule window and the quantity its outputs promise, if one could be read. */
  public record Task(long id, String code, Long sectionId, String name, String content, String leadText,
      String coordinatingText, String scheduleText, Schedule.Kind scheduleKind, LocalDate start, LocalDate deadline,
      String outputs, Quantity outputQuantity, Set<Long> leadUnitIds, Set<Long> coordinatingUnitIds) {

    public Task {
      leadUnitIds = Set.copyOf(leadUnitIds);
      coordinatingUnitIds = Set.copyOf(coordinatingUnitIds);
    }

    /** A short title: the name, else the first words of the content. */
    public String title() {
      String t = name != null && !name.isBlank() ? name : content == null ? "" : content;
      return t.length() > 160 ? t.substring(0, 157) + "…" : t;
    }

    /**
     * Whether the task runs during [from, to]: it has started by the end of the period and its deadline (if any) is
     * not before the period's start. Tasks without dates (yearly, continuous, conditional) run all the time.
     */
    public boolean activeIn(LocalDate from, LocalDate to) {
      boolean started = start == null || !start.isAfter(to);
      boolean notOver = deadline == null || !deadline.isBefore(from);
      return started && notOver;
    }

    public Optional<Quantity> quantity() {
      return Optional.ofNullable(outputQuantity).filter(q -> q.min() != null);
    }
  }

  public Optional<Task> task(long taskId) {
    return tasks.stream().filter(t -> t.id() == taskId).findFirst();
  }

  public Optional<Target> target(long targetId) {
    return targets.stream().filter(t -> t.id() == targetId).findFirst();
  }

  public Optional<Section> section(Long sectionId) {
    return sectionId == null ? Optional.empty() : sections.stream().filter(s -> s.id() == sectionId).findFirst();
  }
}
