package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;

/** The documented JSON shape of an understood plan (docs/PLAN-IMPORT.md), used by the command line and the API. */
public final class PlanJson {

  private PlanJson() {}

  public static Map<String, Object> of(ParsedPlan p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schemaVersion", 2);
    out.put("number", p.number());
    out.put("date", p.date());
    out.put("title", p.title());
    out.put("issuer", p.issuer().unitNames().isEmpty() ? p.issuer().text() : p.issuer().unitNames().get(0));
    out.put("period", Map.of("from", p.periodFrom(), "to", p.periodTo()));
    out.put("legalBases", p.legalBases());
    List<Object> targets = new ArrayList<>();
    for (ParsedPlan.Target t : p.targets()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", t.code());
      m.put("seq", t.seq());
      m.put("name", t.name());
      m.put("value", value(t.value()));
      m.put("year", t.targetYear());
      m.put("aggregator", names(t.aggregator()));
      m.put("lead", names(t.lead()));
      m.put("coordinating", names(t.coordinating()));
      m.put("unresolved", unresolved(t.aggregator(), t.lead(), t.coordinating()));
      printed(m, "aggregator", t.aggregator());
      printed(m, "lead", t.lead());
      printed(m, "coordinating", t.coordinating());
      m.put("flags", t.flags());
      m.put("line", t.line());
      m.put("parentCode", t.parentCode());
      targets.add(m);
    }
    out.put("targets", targets);
    List<Object> tasks = new ArrayList<>();
    for (ParsedPlan.Task t : p.tasks()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", t.code());
      m.put("seq", t.seq());
      m.put("section", t.section());
      m.put("name", t.name());
      m.put("content", t.content());
      m.put("lead", names(t.lead()));
      m.put("coordinating", names(t.coordinating()));
      m.put("unresolved", unresolved(t.lead(), t.coordinating()));
      printed(m, "lead", t.lead());
      printed(m, "coordinating", t.coordinating());
      m.put("schedule", schedule(t.schedule()));
      m.put("outputs", t.outputs());
      m.put("outputQuantities", t.outputQuantities().stream().map(PlanJson::value).toList());
      m.put("flags", t.flags());
      m.put("line", t.line());
      m.put("parentCode", t.parentCode());
      tasks.add(m);
    }
    out.put("tasks", tasks);
    List<Object> budget = new ArrayList<>();
    for (ParsedPlan.BudgetLine b : p.budget()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", b.label());
      m.put("source", b.source());
      m.put("totalMillionVnd", b.total());
      m.put("byYear", b.byYear());
      m.put("flags", b.flags());
      m.put("code", b.code());
      m.put("section", b.section());
      m.put("group", b.group());
      m.put("lead", names(b.lead()));
      m.put("coordinating", names(b.coordinating()));
      m.put("unresolved", unresolved(b.lead(), b.coordinating()));
      printed(m, "lead", b.lead());
      printed(m, "coordinating", b.coordinating());
      m.put("line", b.line());
      budget.add(m);
    }
    out.put("budget", budget);
    List<Object> totals = new ArrayList<>();
    for (ParsedPlan.BudgetTotal b : p.budgetTotals()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", b.kind());
      m.put("code", b.code());
      m.put("label", b.label());
      m.put("printedTotalMillionVnd", b.printedTotal());
      m.put("printedByYear", b.printedByYear());
      m.put("computedTotalMillionVnd", b.computedTotal());
      m.put("computedByYear", b.computedByYear());
      List<Object> mismatches = new ArrayList<>();
      for (ParsedPlan.BudgetTotal.Mismatch x : b.mismatches()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("year", x.year());
        mm.put("printed", x.printed());
        mm.put("computed", x.computed());
        mismatches.add(mm);
      }
      m.put("mismatches", mismatches);
      m.put("flags", b.flags());
      m.put("line", b.line());
      totals.add(m);
    }
    out.put("budgetTotals", totals);
    out.put("unparsed", p.unparsed());
    return out;
  }

  private static Map<String, Object> value(Quantity q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", q.text());
    m.put("comparator", q.comparator());
    m.put("min", q.min());
    m.put("max", q.max());
    m.put("unit", q.unit());
    m.put("uncertain", q.uncertain());
    return m;
  }

  private static Map<String, Object> schedule(Schedule s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", s.text());
    m.put("kind", s.kind());
    m.put("due", s.due());
    m.put("start", s.start());
    m.put("end", s.end());
    m.put("phases", s.phases());
    m.put("needsDate", s.needsDate());
    return m;
  }

  /** Canonical unit names when resolved; the text as written when nothing resolved. */
  private static List<String> names(AgencyText a) {
    return a.unitNames();
  }

  /** v2: the agency cell as printed ({@code leadText}) and its parts that matched no unit ({@code unresolvedLead}). */
  private static void printed(Map<String, Object> m, String role, AgencyText a) {
    m.put(role + "Text", a.text());
    // A cell in which nothing resolved (an empty registry, or only vague words) is unresolved as a whole.
    List<String> parts = !a.unresolved().isEmpty() || !a.unitIds().isEmpty() || a.isEmpty() ? a.unresolved()
        : List.of(a.text());
    m.put("unresolved" + Character.toUpperCase(role.charAt(0)) + role.substring(1), parts);
  }

  private static List<String> unresolved(AgencyText... texts) {
    List<String> out = new ArrayList<>();
    for (AgencyText t : texts) {
      out.addAll(t.unresolved());
    }
    return out;
  }
}
