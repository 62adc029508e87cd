package vn.innohub.org.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.org.internal.OrgService;
import vn.innohub.org.internal.Unit;
import vn.innohub.org.internal.UnitSpreadsheet;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.files.ParseBudget;
import vn.innohub.shared.web.Messages;
import vn.innohub.shared.web.Uploads;

/** Administrators keep the unit list: edit in forms, import and export XLSX, try the agency resolver. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

  private final OrgService org;
  private final UnitTypeLabels labels;
  private final Messages messages;
  private final ParseBudget budget;

  UnitAdminController(OrgService org, UnitTypeLabels labels, Messages messages, ParseBudget budget) {
    this.budget = budget;
    this.org = org;
    this.labels = labels;
    this.messages = messages;
  }

  @GetMapping
  String list(@RequestParam Optional<UnitType> type, @RequestParam Optional<String> q, Model model) {
    List<UnitSummary> all = org.all();
    String needle = q.map(vn.innohub.shared.text.VietnameseText::fold).orElse("");
    List<UnitSummary> shown = all.stream()
        .filter(u -> type.map(t -> t == u.type()).orElse(true))
        .filter(u -> needle.isEmpty() || vn.innohub.shared.text.VietnameseText.fold(u.code() + " " + u.name() + " "
            + String.join(" ", u.aliases())).contains(needle))
        .toList();
    Map<Long, String> names = new HashMap<>();
    all.forEach(u -> names.put(u.id(), u.name()));
    model.addAttribute("units", shown);
    model.addAttribute("total", all.size());
    model.addAttribute("parentNames", names);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("type", type.orElse(null));
    model.addAttribute("q", q.orElse(""));
    return "org/unit-list";
  }

  /** The new-unit form, optionally filled from a name met in a plan (the resolver page), its obvious type guessed. */
  @GetMapping("/new")
  String create(@RequestParam Optional<String> name, @RequestParam Optional<String> type, Model model) {
    UnitForm form = new UnitForm();
    name.map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 300).ifPresent(n -> {
      form.setName(n);
      form.setType(vn.innohub.org.ExternalAgencies.typeOf(n).orElse(null));
    });
    type.flatMap(t -> java.util.Arrays.stream(UnitType.values()).filter(x -> x.name().equals(t)).findFirst())
        .ifPresent(form::setType);
    return form(form, null, model, List.of());
  }

  @PostMapping("/new")
  String createSave(@ModelAttribute("form") UnitForm form, Model model, RedirectAttributes flash) {
    try {
      UnitSummary created = org.create(form.draft());
      flash.addFlashAttribute("notice", messages.get("org.unit.saved", created.name()));
      return "redirect:/admin/units";
    } catch (DomainException e) {
      return form(form, null, model, problems(e));
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Unit unit = org.get(id);
    String parentCode = unit.getParentId() == null ? null : org.get(unit.getParentId()).getCode();
    return form(UnitForm.of(unit, parentCode), id, model, List.of());
  }

  @PostMapping("/{id}")
  String editSave(@PathVariable long id, @ModelAttribute("form") UnitForm form, Model model,
      RedirectAttributes flash) {
    try {
      UnitSummary saved = org.update(id, form.draft(), form.getVersion());
      flash.addFlashAttribute("notice", messages.get("org.unit.saved", saved.name()));
      return "redirect:/admin/units";
    } catch (DomainException e) {
      return form(form, id, model, problems(e));
    }
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export() {
    List<Unit> units = org.units();
    Map<Long, String> codes = new HashMap<>();
    units.forEach(u -> codes.put(u.getId(), u.getCode()));
    byte[] xlsx = UnitSpreadsheet.write(units, codes, labels.vietnamese());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("don-vi.xlsx").build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(xlsx);
  }

  @GetMapping("/import")
  String importForm() {
    return "org/unit-import";
  }

  @PostMapping("/import")
  String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes flash) throws IOException {
    try {
      Uploads.requireXlsx(file);
      byte[] content = file.getBytes();
      List<UnitSpreadsheet.Row> rows = budget.run(() -> UnitSpreadsheet.read(content, labels.vietnamese(), messages));
      OrgService.ImportResult result = org.importRows(rows);
      flash.addFlashAttribute("notice", messages.get("org.import.done", result.created(), result.updated()));
      return "redirect:/admin/units";
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      model.addAttribute("problems", e.items());
      return "org/unit-import";
    }
  }

  /** One recognised part, with the names of its units, for the resolver page. */
  record PartView(String text, AgencyResolution.Kind kind, List<String> unitNames, UnitType suggestedType) {}

  @GetMapping("/resolve")
  String resolve(@RequestParam Optional<String> text, Model model) {
    Map<Long, String> names = new HashMap<>();
    org.all().forEach(u -> names.put(u.id(), u.name()));
    text.filter(t -> !t.isBlank()).ifPresent(t -> {
      AgencyResolution resolution = org.resolve(t);
      model.addAttribute("parts", resolution.parts().stream()
          .map(p -> new PartView(p.text(), p.kind(), p.unitIds().stream().map(names::get).toList(),
              p.kind() == AgencyResolution.Kind.UNRESOLVED
                  ? vn.innohub.org.ExternalAgencies.typeOf(p.text()).orElse(null) : null)).toList());
      model.addAttribute("unitCount", resolution.unitIds().size());
    });
    model.addAttribute("collectives", org.collectives());
    model.addAttribute("text", text.orElse(""));
    return "org/unit-resolve";
  }

  private String form(UnitForm form, Long id, Model model, List<String> problems) {
    model.addAttribute("form", form);
    model.addAttribute("id", id);
    model.addAttribute("types", UnitType.values());
    model.addAttribute("units", org.all());
    model.addAttribute("problems", problems);
    return "org/unit-form";
  }

  private List<String> problems(DomainException e) {
    return e.items().isEmpty() ? List.of(messages.of(e)) : e.items();
  }
}
