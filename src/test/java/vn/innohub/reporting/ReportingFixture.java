package vn.innohub.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Two fresh units with one officer each, a plan whose task 1 (due 31/12/2026, "≥ 05 chuyên mục") and target 1
 * ("≥ 60 %") are led by unit A and task 2 by unit B, and an open six-month period due 15/6/2026.
 */
final class ReportingFixture {

  static final String PASSWORD = "fixture-password-1";

  final long unitA;
  final long unitB;
  final String officerA;
  final String officerB;
  final Actor actorA;
  final Actor actorB;
  final long planId;
  final long periodId;
  final long reportA;
  final long reportB;

  ReportingFixture(UnitRegistry units, Accounts accounts, PlanEditor editor, PeriodService periods, ReportService reports) {
    String s = Long.toString(System.nanoTime() % 100_000_000);
    String nameA = "Ban thử nghiệm A" + s;
    String nameB = "Ban thử nghiệm B" + s;
    unitA = units.create(new UnitDraft("FA" + s, nameA, List.of(), UnitType.DEPARTMENT, null, true)).id();
    unitB = units.create(new UnitDraft("FB" + s, nameB, List.of(), UnitType.COMMUNE, null, true)).id();
    officerA = "fa" + s;
    officerB = "fb" + s;
    long idA = accounts.create(new NewAccount(officerA, "Officer A", null, PASSWORD, Set.of(Role.UNIT_OFFICER), Set.of(unitA))).id();
    long idB = accounts.create(new NewAccount(officerB, "Officer B", null, PASSWORD, Set.of(Role.UNIT_OFFICER), Set.of(unitB))).id();
    actorA = new Actor(idA, officerA, "A", Set.of(Role.UNIT_OFFICER), Set.of(unitA));
    actorB = new Actor(idB, officerB, "B", Set.of(Role.UNIT_OFFICER), Set.of(unitB));
    planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch thử " + s, null, 2026, 2026, null,
        PlanStatus.IN_FORCE, "", 0));
    long target = editor.saveTarget(planId, null, new PlanEditor.TargetForm("1", "Tỷ lệ hồ sơ trực tuyến", "≥ 60 %",
        2026, "", "", null, "", nameA, "", 0));
    // one figure, the province's, reported by its lead unit A (issue 17: the wording alone would propose a ratio)
    editor.chooseMethod(planId, target, vn.innohub.plan.TargetMethod.REPORTED_BY, null);
    editor.saveTask(planId, null, new PlanEditor.TaskForm("1", null, "Vận hành chuyên mục", "", nameA, nameB,
        "Năm 2026", "≥ 05 chuyên mục", Set.of(), 0));
    editor.saveTask(planId, null, new PlanEditor.TaskForm("2", null, "Tập huấn", "", nameB, "", "Quý I/2026",
        "02 lớp", Set.of(), 0));
    periodId = periods.save(planId, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
    periods.open(periodId);
    reportA = reports.mine(actorA).get(0).id();
    reportB = reports.mine(actorB).get(0).id();
  }

  static Map<String, Object> taskEntry(long itemId, String status, String progress, String quantity, String completedOn) {
    java.util.HashMap<String, Object> m = new java.util.HashMap<>();
    m.put("itemId", itemId);
    m.put("status", status);
    m.put("progress", progress);
    m.put("quantity", quantity);
    m.put("completedOn", completedOn);
    return m;
  }
}
