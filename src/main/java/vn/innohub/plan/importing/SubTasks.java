package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.innohub.plan.importing.ParsedPlan.Section;
import vn.innohub.plan.importing.ParsedPlan.Task;
import vn.innohub.shared.text.Texts;

/**
 * Nhiệm vụ con: arranges parent rows and their sub-tasks ("1" above "1.1", "1.2") as the officer chose — a parent
 * row without a lead agency and without a time as a group (mục) of its sub-tasks, or as a task of its own. The
 * arrangement works from the parsed plan alone (parent rows shown as groups are kept in {@code groupRows}), so the
 * preview switches between both without reading the document again, and switching back and forth is lossless.
 */
public final class SubTasks {

  private SubTasks() {}

  /** The plan with its parent rows arranged as {@code options} say. */
  public static ParsedPlan arrange(ParsedPlan p, ParseOptions options) {
    // 1. Back to one row per printed task row, in document order (seq), each in the section its row was printed in.
    List<Task> all = new ArrayList<>(p.tasks());
    all.addAll(p.groupRows());
    all.sort(Comparator.comparingInt(Task::seq));
    Map<Task, Task> parentOf = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Task parent = parent(all, i);
      if (parent != null) {
        parentOf.put(all.get(i), parent);
      }
    }
    Map<Task, String> printedSection = new IdentityHashMap<>();
    for (Task t : all) {
      printedSection.put(t, printedSection(t, parentOf, printedSection));
    }
    List<Section> sections = new ArrayList<>(p.sections());
    for (Task g : p.groupRows()) {
      sections.remove(new Section(g.code(), g.name()));
    }
    if (options.parentRows() == ParseOptions.ParentRows.TASKS) {
      List<Task> tasks = all.stream().map(t -> withSection(t, printedSection.get(t))).toList();
      return p.withItems(sections, p.targets(), tasks, options, List.of());
    }
    // 2. Parent rows without lead and time become groups; their sub-tasks belong to the nearest group above them.
    java.util.Set<Task> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    parents.addAll(parentOf.values());
    Map<Task, Boolean> group = new IdentityHashMap<>();
    for (Task t : all) {
      boolean hasChildren = parents.contains(t);
      group.put(t, hasChildren && t.lead().isEmpty() && (t.schedule() == null || Texts.isBlank(t.schedule().text())));
    }
    List<Task> tasks = new ArrayList<>();
    List<Task> groups = new ArrayList<>();
    for (Task t : all) {
      Task original = withSection(t, printedSection.get(t));
      if (group.get(t)) {
        groups.add(original);
        continue;
      }
      String section = printedSection.get(t);
      for (Task up = parentOf.get(t); up != null; up = parentOf.get(up)) {
        if (group.get(up)) {
          section = label(up);
          break;
        }
      }
      tasks.add(withSection(t, section));
    }
    return p.withItems(withGroups(sections, groups), p.targets(), tasks, options, groups);
  }

  /** "1. Parent name": the section label of a parent row shown as a group, as tasks and the plan page show it. */
  public static String label(Task group) {
    return group.code() + ". " + group.name();
  }

  /** The nearest row above {@code i} whose code is the row's {@code parentCode}. */
  private static Task parent(List<Task> all, int i) {
    String code = all.get(i).parentCode();
    if (code == null || code.isEmpty()) {
      return null;
    }
    for (int j = i - 1; j >= 0; j--) {
      if (code.equals(all.get(j).code())) {
        return all.get(j);
      }
    }
    return null;
  }

  /** A sub-task was printed in the section of its topmost parent row. */
  private static String printedSection(Task t, Map<Task, Task> parentOf, Map<Task, String> memo) {
    Task top = t;
    while (parentOf.containsKey(top)) {
      top = parentOf.get(top);
    }
    return memo.getOrDefault(top, top.section());
  }

  /** Each group's section after the section it was printed in (or at the end), in document order. */
  private static List<Section> withGroups(List<Section> sections, List<Task> groups) {
    List<Section> out = new ArrayList<>();
    List<Task> left = new ArrayList<>(groups);
    for (Section s : sections) {
      out.add(s);
      String label = s.code() + ". " + s.title();
      for (Task g : groups) {
        if (left.contains(g) && Objects.equals(g.section(), label)) {
          out.add(new Section(g.code(), g.name()));
          left.remove(g);
        }
      }
    }
    left.forEach(g -> out.add(new Section(g.code(), g.name())));
    return out;
  }

  private static Task withSection(Task t, String section) {
    return Objects.equals(t.section(), section) ? t
        : new Task(t.code(), t.seq(), section, t.name(), t.content(), t.lead(), t.coordinating(), t.schedule(),
            t.outputs(), t.outputQuantities(), t.line(), t.flags(), t.parentCode());
  }
}
