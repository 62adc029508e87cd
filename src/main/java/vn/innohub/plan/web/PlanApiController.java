package vn.innohub.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.Plans;
import vn.innohub.plan.importing.PlanJson;
import vn.innohub.plan.internal.Plan;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.plan.internal.PlanImports;
import vn.innohub.plan.internal.UnitRole;
import vn.innohub.shared.DomainException;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "The province's plans: targets, tasks, budget; import of plan documents")
class PlanApiController {

  private final Plans plans;
  private final PlanEditor editor;
  private final PlanImports imports;

  PlanApiController(Plans plans, PlanEditor editor, PlanImports imports) {
    this.plans = plans;
    this.editor = editor;
    this.imports = imports;
  }

  @GetMapping
  @Operation(summary = "All plans, newest period first")
  List<PlanSummary> list() {
    return plans.list();
  }

  @GetMapping("/{id}")
  @Operation(summary = "A plan with its sections, targets, tasks and budget lines")
  Map<String, Object> one(@PathVariable long id) {
    Plan p = editor.plan(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", p.getId());
    out.put("number", p.getNumber());
    out.put("date", p.getPlanDate());
    out.put("title", p.getTitle());
    out.put("issuerUnitId", p.getIssuerUnitId());
    out.put("parentPlanId", p.getParentPlanId());
    out.put("period", Map.of("from", p.getPeriodFrom(), "to", p.getPeriodTo()));
    out.put("status", p.getStatus());
    out.put("legalBases", p.getLegalBases());
    out.put("sections", p.getSections().stream().map(s -> Map.of("id", s.getId(), "code", s.getCode(), "title", s.getTitle())).toList());
    out.put("targets", p.getTargets().stream().map(t -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.getId());
      m.put("code", t.getCode());
      m.put("name", t.getName());
      m.put("value", Map.of("text", nz(t.getValueText()), "comparator", String.valueOf(t.getComparator()),
          "min", t.getValueMin() == null ? "" : t.getValueMin(), "max", t.getValueMax() == null ? "" : t.getValueMax(),
          "unit", nz(t.getUnitOfMeasure())));
      m.put("year", t.getTargetYear());
      m.put("baseline", t.getBaseline());
      m.put("milestones", t.getMilestones());
      m.put("aggregation", t.getAggregation());
      m.put("method", t.getMethod());
      m.put("reportingUnitId", t.getReportingUnitId());
      m.put("methodReview", t.isMethodReview());
      m.put("units", units(t.getUnits()));
      m.put("unresolved", t.getUnresolved());
      return m;
    }).toList());
    out.put("tasks", p.getTasks().stream().map(t -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.getId());
      m.put("code", t.getCode());
      m.put("seq", t.getSeq());
      m.put("sectionId", t.getSection() == null ? null : t.getSection().getId());
      m.put("name", t.getName());
      m.put("content", t.getContent());
      m.put("units", units(t.getUnits()));
      m.put("unresolved", t.getUnresolved());
      Map<String, Object> schedule = new LinkedHashMap<>();
      schedule.put("text", t.getScheduleText());
      schedule.put("kind", t.getScheduleKind());
      schedule.put("due", t.getDueDate());
      schedule.put("start", t.getStartDate());
      schedule.put("end", t.getEndDate());
      m.put("schedule", schedule);
      m.put("outputs", t.getOutputs());
      m.put("targetIds", t.getTargetIds());
      return m;
    }).toList());
    out.put("budget", p.getBudgetLines().stream().map(b -> Map.of("id", b.getId(), "label", b.getLabel(),
        "source", nz(b.getSource()), "totalMillionVnd", b.getTotal() == null ? "" : b.getTotal(), "byYear", b.getByYear(),
        "code", nz(b.getCode()), "group", nz(b.getGroupLabel()), "leadText", nz(b.getLeadText()),
        "coordinatingText", nz(b.getCoordinatingText()))).toList());
    return out;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Read a plan document (text, DOCX, XLSX template); with dryRun=true nothing is saved and the "
      + "understood plan is returned (docs/PLAN-IMPORT.md), otherwise it is saved as a draft plan")
  Map<String, Object> importDocument(@RequestParam MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun)
      throws IOException {
    if (file.isEmpty()) {
      throw DomainException.invalid("upload.empty");
    }
    if (dryRun) {
      return PlanJson.of(imports.read(file.getOriginalFilename(), file.getBytes()));
    }
    long planId = imports.commit(imports.preview(file.getOriginalFilename(), file.getBytes(), null));
    return Map.of("planId", planId);
  }

  private static Map<String, List<Long>> units(java.util.Set<UnitRole> roles) {
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (UnitRole.Role role : UnitRole.Role.values()) {
      out.put(role.name().toLowerCase(java.util.Locale.ROOT),
          roles.stream().filter(r -> r.getRole() == role).map(UnitRole::getUnitId).sorted().toList());
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
