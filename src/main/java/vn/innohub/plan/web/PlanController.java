package vn.innohub.plan.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.org.OrgDirectory;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.Plans;
import vn.innohub.plan.internal.Plan;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.plan.internal.PlanSection;
import vn.innohub.plan.internal.PlanTask;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Plans: the list, a plan as its familiar appendix tables (Phụ lục I, II, III), and the header editor. */
@Controller
class PlanController {

  private final Plans plans;
  private final PlanEditor editor;
  private final OrgDirectory org;
  private final Messages messages;
  private final java.time.Clock clock;

  PlanController(Plans plans, PlanEditor editor, OrgDirectory org, Messages messages, java.time.Clock clock) {
    this.clock = clock;
    this.plans = plans;
    this.editor = editor;
    this.org = org;
    this.messages = messages;
  }

  @GetMapping("/plans")
  String list(Model model) {
    model.addAttribute("plans", plans.list());
    model.addAttribute("issuers", unitNames());
    return "plan/plan-list";
  }

  @GetMapping("/plans/{id}")
  String show(@PathVariable long id, Model model) {
    Plan plan = editor.plan(id);
    Map<String, List<PlanTask>> bySection = new LinkedHashMap<>();
    for (PlanTask t : plan.getTasks()) {
      PlanSection s = t.getSection();
      bySection.computeIfAbsent(s == null ? "" : s.label(), k -> new java.util.ArrayList<>()).add(t);
    }
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    plan.getBudgetLines().forEach(b -> years.addAll(b.getByYear().keySet()));
    model.addAttribute("plan", plan);
    model.addAttribute("tasksBySection", bySection);
    model.addAttribute("budgetYears", years);
    model.addAttribute("units", unitNames());
    return "plan/plan-detail";
  }

  @GetMapping("/plans/new")
  @PreAuthorize("hasRole('ADMIN')")
  String create(Model model) {
    return headerForm(model, null, new PlanEditor.HeaderForm(null, null, null, "", null, LocalDate.now(clock).getYear(),
        LocalDate.now(clock).getYear() + 4, null, PlanStatus.DRAFT, "", 0), null);
  }

  @PostMapping("/plans/new")
  @PreAuthorize("hasRole('ADMIN')")
  String createSave(@RequestParam(required = false) String number,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date,
      @RequestParam(required = false) String place, @RequestParam String title,
      @RequestParam(required = false) Long issuerUnitId, @RequestParam int from, @RequestParam int to,
      @RequestParam(required = false) Long parentPlanId, @RequestParam(defaultValue = "DRAFT") PlanStatus status,
      @RequestParam(required = false) String legalBases, Model model, RedirectAttributes flash) {
    PlanEditor.HeaderForm form = new PlanEditor.HeaderForm(number, date, place, title, issuerUnitId, from, to,
        parentPlanId, status, legalBases, 0);
    try {
      long id = editor.create(form);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
      return "redirect:/plans/" + id;
    } catch (DomainException e) {
      return headerForm(model, null, form, messages.of(e));
    }
  }

  @GetMapping("/plans/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String edit(@PathVariable long id, Model model) {
    Plan p = editor.plan(id);
    return headerForm(model, p, new PlanEditor.HeaderForm(p.getNumber(), p.getPlanDate(), p.getPlace(), p.getTitle(),
        p.getIssuerUnitId(), p.getPeriodFrom(), p.getPeriodTo(), p.getParentPlanId(), p.getStatus(),
        String.join("\n", p.getLegalBases()), p.getVersion()), null);
  }

  @PostMapping("/plans/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editSave(@PathVariable long id, @RequestParam(required = false) String number,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date,
      @RequestParam(required = false) String place, @RequestParam String title,
      @RequestParam(required = false) Long issuerUnitId, @RequestParam int from, @RequestParam int to,
      @RequestParam(required = false) Long parentPlanId, @RequestParam PlanStatus status,
      @RequestParam(required = false) String legalBases, @RequestParam long version, Model model,
      RedirectAttributes flash) {
    PlanEditor.HeaderForm form = new PlanEditor.HeaderForm(number, date, place, title, issuerUnitId, from, to,
        parentPlanId, status, legalBases, version);
    try {
      editor.updateHeader(id, form);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
      return "redirect:/plans/" + id;
    } catch (DomainException e) {
      return headerForm(model, editor.plan(id), form, messages.of(e));
    }
  }

  private String headerForm(Model model, Plan plan, PlanEditor.HeaderForm form, String error) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("statuses", PlanStatus.values());
    model.addAttribute("allUnits", org.all());
    model.addAttribute("allPlans", plans.list());
    return "plan/plan-form";
  }

  private Map<Long, String> unitNames() {
    Map<Long, String> names = new HashMap<>();
    org.all().forEach(u -> names.put(u.id(), u.name()));
    return names;
  }
}
