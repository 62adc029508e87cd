package vn.innohub.directory.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.directory.internal.Sectors;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.web.Messages;

/** ADMIN's page for the managed list of sectors: add one, rename it in both languages, set its place in lists. */
@Controller
class SectorAdminController {

  private final Sectors sectors;
  private final CurrentUser currentUser;
  private final Messages messages;

  SectorAdminController(Sectors sectors, CurrentUser currentUser, Messages messages) {
    this.sectors = sectors;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** What was typed, kept when it is refused. */
  record Form(String code, String nameVi, String nameEn, String sort) {}

  @GetMapping("/admin/directory/sectors")
  String list(Model model) {
    currentUser.require();
    return page(model, null, null, Map.of());
  }

  @PostMapping("/admin/directory/sectors")
  String add(@RequestParam(required = false) String code, @RequestParam(required = false) String nameVi,
      @RequestParam(required = false) String nameEn, @RequestParam(required = false) String sort, Model model,
      RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
    try {
      var sector = sectors.add(code, nameVi, nameEn, sort, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.sector.added", sector.getCode()));
      return "redirect:/admin/directory/sectors";
    } catch (Sectors.Invalid e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, null, new Form(code, nameVi, nameEn, sort), e.fields());
    }
  }

  @PostMapping("/admin/directory/sectors/{code}")
  String update(@PathVariable String code, @RequestParam(required = false) String nameVi,
      @RequestParam(required = false) String nameEn, @RequestParam(required = false) String sort, Model model,
      RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
    try {
      sectors.update(code, nameVi, nameEn, sort, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.sector.saved", code));
      return "redirect:/admin/directory/sectors";
    } catch (Sectors.Invalid e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, code, new Form(code, nameVi, nameEn, sort), e.fields());
    }
  }

  private String page(Model model, String editing, Form form, Map<String, String> errors) {
    model.addAttribute("sectors", sectors.list());
    model.addAttribute("editing", editing);
    model.addAttribute("form", form);
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    errors.forEach((field, code) -> texts.put(field, messages.get(code)));
    model.addAttribute("errors", texts);
    return "directory/admin-sectors";
  }
}
