package vn.innohub.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Thời gian thực hiện: a task's schedule as understood from its Vietnamese text, which is always kept beside it.
 *
 * @param kind DUE (one deadline), WINDOW (start–end, possibly in phases), YEARLY (every year of the plan),
 *     CONTINUOUS (ongoing, within the window), CONDITIONAL (depends on something outside the plan)
 * @param needsDate true when no date could be read and a person should set one
 */
public record Schedule(String text, Kind kind, LocalDate due, LocalDate start, LocalDate end, List<Phase> phases,
    boolean needsDate) {

  public Schedule {
    phases = phases == null ? List.of() : List.copyOf(phases);
  }

  /** How a schedule runs. */
  public enum Kind { DUE, WINDOW, YEARLY, CONTINUOUS, CONDITIONAL }

  /** One phase of a phased window ("Giai đoạn 2026 - 2027 hình thành"). */
  public record Phase(String label, LocalDate start, LocalDate end) {}

  /** The last day by which the task must be done, if the schedule has one. */
  public LocalDate deadline() {
    return due != null ? due : end;
  }
}
