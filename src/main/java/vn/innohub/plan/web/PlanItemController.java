package vn.innohub.plan.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.internal.BudgetLine;
import vn.innohub.plan.internal.Plan;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.plan.internal.PlanTarget;
import vn.innohub.plan.internal.PlanTask;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** ADMIN edits a plan's targets, tasks and budget lines; agencies and schedules are typed as officials write them. */
@Controller
@RequestMapping("/plans/{planId}")
@PreAuthorize("hasRole('ADMIN')")
class PlanItemController {

  private final PlanEditor editor;
  private final Messages messages;

  PlanItemController(PlanEditor editor, Messages messages) {
    this.editor = editor;
    this.messages = messages;
  }

  // ------------------------------------------------------------------ sections

  @PostMapping("/sections/new")
  String addSection(@PathVariable long planId, @RequestParam String code, @RequestParam String title,
      RedirectAttributes flash) {
    try {
      editor.addSection(planId, code, title);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/plans/" + planId + "/edit#sections";
  }

  @PostMapping("/sections/{sectionId}")
  String renameSection(@PathVariable long planId, @PathVariable long sectionId, @RequestParam String code,
      @RequestParam String title, RedirectAttributes flash) {
    try {
      editor.renameSection(planId, sectionId, code, title);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/plans/" + planId + "/edit#sections";
  }

  // ------------------------------------------------------------------ targets

  @GetMapping("/targets/new")
  String newTarget(@PathVariable long planId, Model model) {
    Plan plan = editor.plan(planId);
    return targetForm(model, plan, null, new PlanEditor.TargetForm("", "", "", plan.getPeriodTo(), "", "", null, "", "", "", 0), null);
  }

  @GetMapping("/targets/{targetId}")
  String editTarget(@PathVariable long planId, @PathVariable long targetId, Model model) {
    Plan plan = editor.plan(planId);
    PlanTarget t = plan.target(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
    return targetForm(model, plan, t, new PlanEditor.TargetForm(t.getCode(), t.getName(), t.getValueText(), t.getTargetYear(),
        t.getBaseline() == null ? "" : t.getBaseline().toPlainString(), milestoneText(t), t.getAggregation(), t.getAggregatorText(),
        t.getLeadText(), t.getCoordinatingText(), t.getVersion()), null);
  }

  @PostMapping({"/targets/new", "/targets/{targetId}"})
  String saveTarget(@PathVariable long planId, @PathVariable(required = false) Long targetId,
      @RequestParam(required = false) String code, @RequestParam String name, @RequestParam(required = false) String value,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String baseline,
      @RequestParam(required = false) String milestones, @RequestParam(required = false) Aggregation aggregation, @RequestParam(required = false) String aggregator,
      @RequestParam(required = false) String lead, @RequestParam(required = false) String coordinating,
      @RequestParam(defaultValue = "0") long version, Model model, RedirectAttributes flash) {
    PlanEditor.TargetForm form = new PlanEditor.TargetForm(code, name, value, year, baseline, milestones, aggregation,
        aggregator, lead, coordinating, version);
    try {
      editor.saveTarget(planId, targetId, form);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
      return "redirect:/plans/" + planId + "#phu-luc-1";
    } catch (DomainException e) {
      Plan plan = editor.plan(planId);
      return targetForm(model, plan, targetId == null ? null : plan.target(targetId).orElse(null), form, messages.of(e));
    }
  }

  @PostMapping("/targets/{targetId}/source")
  String bindTarget(@PathVariable long planId, @PathVariable long targetId,
      @RequestParam(required = false) String source, RedirectAttributes flash) {
    try {
      editor.bindTarget(planId, targetId, source);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/plans/" + planId + "/targets/" + targetId;
  }

  /** ADMIN sets how the target's provincial value is obtained (issue 17); past periods follow on read. */
  @PostMapping("/targets/{targetId}/method")
  String chooseMethod(@PathVariable long planId, @PathVariable long targetId,
      @RequestParam(required = false) vn.innohub.plan.TargetMethod method,
      @RequestParam(required = false) Long reportingUnitId, RedirectAttributes flash) {
    try {
      editor.chooseMethod(planId, targetId, method, reportingUnitId);
      flash.addFlashAttribute("notice", messages.get("plans.method.saved"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/plans/" + planId + "/targets/" + targetId + "#methodForm";
  }

  @PostMapping("/targets/{targetId}/delete")
  String deleteTarget(@PathVariable long planId, @PathVariable long targetId, RedirectAttributes flash) {
    editor.deleteTarget(planId, targetId);
    flash.addFlashAttribute("notice", messages.get("plans.deleted"));
    return "redirect:/plans/" + planId + "#phu-luc-1";
  }

  private static String milestoneText(PlanTarget t) {
    return new TreeMap<>(t.getMilestones()).entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue().stripTrailingZeros().toPlainString())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private String targetForm(Model model, Plan plan, PlanTarget target, PlanEditor.TargetForm form, String error) {
    model.addAttribute("plan", plan);
    model.addAttribute("target", target);
    model.addAttribute("form", form);
    model.addAttribute("aggregations", Aggregation.values());
    model.addAttribute("dataSources", editor.dataSources());
    model.addAttribute("methods", vn.innohub.plan.TargetMethod.values());
    model.addAttribute("reporters", target == null ? null : editor.reporterChoice(target));
    model.addAttribute("error", error);
    return "plan/target-form";
  }

  // ------------------------------------------------------------------ tasks

  @GetMapping("/tasks/new")
  String newTask(@PathVariable long planId, Model model) {
    return taskForm(model, editor.plan(planId), null,
        new PlanEditor.TaskForm("", null, "", "", "", "", "", "", java.util.Set.of(), 0), null);
  }

  @GetMapping("/tasks/{taskId}")
  String editTask(@PathVariable long planId, @PathVariable long taskId, Model model) {
    Plan plan = editor.plan(planId);
    PlanTask t = plan.task(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId));
    return taskForm(model, plan, t, new PlanEditor.TaskForm(t.getCode(), t.getSection() == null ? null : t.getSection().getId(),
        t.getName(), t.getContent(), t.getLeadText(), t.getCoordinatingText(), t.getScheduleText(), t.getOutputs(),
        t.getTargetIds(), t.getVersion()), null);
  }

  @PostMapping({"/tasks/new", "/tasks/{taskId}"})
  String saveTask(@PathVariable long planId, @PathVariable(required = false) Long taskId,
      @RequestParam(required = false) String code, @RequestParam(required = false) Long sectionId,
      @RequestParam String name, @RequestParam(required = false) String content,
      @RequestParam(required = false) String lead, @RequestParam(required = false) String coordinating,
      @RequestParam(required = false) String schedule, @RequestParam(required = false) String outputs,
      @RequestParam(required = false) List<Long> targetIds, @RequestParam(defaultValue = "0") long version,
      Model model, RedirectAttributes flash) {
    PlanEditor.TaskForm form = new PlanEditor.TaskForm(code, sectionId, name, content, lead, coordinating, schedule,
        outputs, targetIds == null ? java.util.Set.of() : new HashSet<>(targetIds), version);
    try {
      editor.saveTask(planId, taskId, form);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
      return "redirect:/plans/" + planId + "#phu-luc-2";
    } catch (DomainException e) {
      Plan plan = editor.plan(planId);
      return taskForm(model, plan, taskId == null ? null : plan.task(taskId).orElse(null), form, messages.of(e));
    }
  }

  @PostMapping("/tasks/{taskId}/delete")
  String deleteTask(@PathVariable long planId, @PathVariable long taskId, RedirectAttributes flash) {
    editor.deleteTask(planId, taskId);
    flash.addFlashAttribute("notice", messages.get("plans.deleted"));
    return "redirect:/plans/" + planId + "#phu-luc-2";
  }

  private String taskForm(Model model, Plan plan, PlanTask task, PlanEditor.TaskForm form, String error) {
    model.addAttribute("plan", plan);
    model.addAttribute("task", task);
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    return "plan/task-form";
  }

  // ------------------------------------------------------------------ budget

  @GetMapping("/budget/new")
  String newLine(@PathVariable long planId, Model model) {
    Plan plan = editor.plan(planId);
    return budgetForm(model, plan, null, "", "", "", years(plan), null);
  }

  @GetMapping("/budget/{lineId}")
  String editLine(@PathVariable long planId, @PathVariable long lineId, Model model) {
    Plan plan = editor.plan(planId);
    BudgetLine b = plan.budgetLine(lineId).orElseThrow(() -> DomainException.notFound("BudgetLine", lineId));
    Map<Integer, String> byYear = years(plan);
    b.getByYear().forEach((y, v) -> byYear.put(y, v.toPlainString()));
    return budgetForm(model, plan, b, b.getLabel(), b.getSource(), b.getTotal() == null ? "" : b.getTotal().toPlainString(),
        byYear, null);
  }

  @PostMapping({"/budget/new", "/budget/{lineId}"})
  String saveLine(@PathVariable long planId, @PathVariable(required = false) Long lineId, @RequestParam String label,
      @RequestParam(required = false) String source, @RequestParam(required = false) String total,
      @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
    Plan plan = editor.plan(planId);
    Map<Integer, String> byYear = new TreeMap<>();
    for (int y = plan.getPeriodFrom(); y <= plan.getPeriodTo(); y++) {
      byYear.put(y, params.get("year" + y));
    }
    try {
      editor.saveBudgetLine(planId, lineId, label, source, total, byYear);
      flash.addFlashAttribute("notice", messages.get("plans.saved"));
      return "redirect:/plans/" + planId + "#phu-luc-3";
    } catch (DomainException e) {
      return budgetForm(model, plan, lineId == null ? null : plan.budgetLine(lineId).orElse(null), label, source, total,
          byYear, messages.of(e));
    }
  }

  @PostMapping("/budget/{lineId}/delete")
  String deleteLine(@PathVariable long planId, @PathVariable long lineId, RedirectAttributes flash) {
    editor.deleteBudgetLine(planId, lineId);
    flash.addFlashAttribute("notice", messages.get("plans.deleted"));
    return "redirect:/plans/" + planId + "#phu-luc-3";
  }

  private static Map<Integer, String> years(Plan plan) {
    Map<Integer, String> byYear = new TreeMap<>();
    for (int y = plan.getPeriodFrom(); y <= plan.getPeriodTo(); y++) {
      byYear.put(y, "");
    }
    return byYear;
  }

  private String budgetForm(Model model, Plan plan, BudgetLine line, String label, String source, String total,
      Map<Integer, String> byYear, String error) {
    model.addAttribute("plan", plan);
    model.addAttribute("line", line);
    model.addAttribute("label", label);
    model.addAttribute("source", source);
    model.addAttribute("total", total);
    model.addAttribute("byYear", byYear);
    model.addAttribute("error", error);
    return "plan/budget-form";
  }
}
