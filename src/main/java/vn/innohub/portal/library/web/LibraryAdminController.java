package vn.innohub.portal.library.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.Upload;
import vn.innohub.portal.library.internal.PolicyDocument;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** ADMIN keeps the policy library: documents with their metadata and PDF/DOCX files, drafts until published. */
@Controller
class LibraryAdminController {

  private final PolicyLibrary library;
  private final CurrentUser currentUser;
  private final Messages messages;

  LibraryAdminController(PolicyLibrary library, CurrentUser currentUser, Messages messages) {
    this.library = library;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/admin/van-ban")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("page", library.all(page, currentUser.require()));
    return "portal/library/admin-list";
  }

  @GetMapping("/admin/van-ban/moi")
  String blank(Model model) {
    return form(model, null, new DocumentForm(), Map.of(), false);
  }

  @PostMapping("/admin/van-ban/moi")
  String create(@ModelAttribute("form") DocumentForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      RedirectAttributes redirect) throws IOException {
    Actor actor = currentUser.require();
    List<Upload> uploads = uploads(files);
    Map<String, String> errors = DocumentForm.newErrors();
    DocumentData data = form.toData(messages, errors);
    if (data == null) {
      return form(model, null, form, errors, !uploads.isEmpty());
    }
    try {
      PolicyDocument d = library.create(data, uploads, actor);
      redirect.addFlashAttribute("notice", messages.get("library.saved"));
      return "redirect:/admin/van-ban/" + d.getId();
    } catch (FieldErrors e) {
      return form(model, null, form, e.fields(), !uploads.isEmpty());
    }
  }

  @GetMapping("/admin/van-ban/{id}")
  String edit(@PathVariable long id, Model model) {
    PolicyDocument d = library.get(id, currentUser.require());
    return form(model, d, DocumentForm.of(d), Map.of(), false);
  }

  @PostMapping("/admin/van-ban/{id}")
  String save(@PathVariable long id, @ModelAttribute("form") DocumentForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      RedirectAttributes redirect) throws IOException {
    Actor actor = currentUser.require();
    PolicyDocument d = library.get(id, actor);
    List<Upload> uploads = uploads(files);
    Map<String, String> errors = DocumentForm.newErrors();
    DocumentData data = form.toData(messages, errors);
    if (data == null) {
      return form(model, d, form, errors, !uploads.isEmpty());
    }
    try {
      library.update(id, form.getVersion(), data, uploads, actor);
      redirect.addFlashAttribute("notice", messages.get("library.saved"));
      return "redirect:/admin/van-ban/" + id;
    } catch (FieldErrors e) {
      return form(model, d, form, e.fields(), !uploads.isEmpty());
    } catch (DomainException e) {
      model.addAttribute("error", messages.refusal(e));
      return form(model, d, form, Map.of(), !uploads.isEmpty());
    }
  }

  @PostMapping("/admin/van-ban/{id}/xoa")
  String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm,
      RedirectAttributes redirect) {
    if (!confirm) {
      redirect.addFlashAttribute("error", messages.get("library.confirmDelete"));
      return "redirect:/admin/van-ban/" + id;
    }
    try {
      library.delete(id, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("library.deleted"));
      return "redirect:/admin/van-ban";
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
      return "redirect:/admin/van-ban/" + id;
    }
  }

  @PostMapping("/admin/van-ban/tep/{id}/xoa")
  String removeFile(@PathVariable long id, RedirectAttributes redirect) {
    long documentId = library.removeAttachment(id, currentUser.require());
    redirect.addFlashAttribute("notice", messages.get("library.fileRemoved"));
    return "redirect:/admin/van-ban/" + documentId;
  }

  @GetMapping("/admin/van-ban/tep/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    return Downloads.of(library.file(id, currentUser.require()));
  }

  private String form(Model model, PolicyDocument document, DocumentForm form, Map<String, String> errors,
      boolean filesToChooseAgain) {
    model.addAttribute("document", document);
    model.addAttribute("files", document == null ? List.of() : library.files(document.getId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("filesToChooseAgain", filesToChooseAgain && !errors.isEmpty());
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("statuses", DocumentStatus.values());
    model.addAttribute("maxFileMb", library.maxFileMegabytes());
    Actor actor = currentUser.require();
    model.addAttribute("choices", library.choices(actor).stream()
        .filter(c -> document == null || !c.getId().equals(document.getId())).toList());
    return "portal/library/admin-edit";
  }

  private static List<Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
          continue;
        }
        uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
      }
    }
    return uploads;
  }
}
