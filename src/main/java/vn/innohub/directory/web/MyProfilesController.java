package vn.innohub.directory.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.directory.ProfileData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** A member's own directory profiles: create, edit, send for verification. */
@Controller
class MyProfilesController {

  private final ProfileService profiles;
  private final CurrentUser currentUser;
  private final Messages messages;
  private final vn.innohub.directory.internal.ProfileClaims claims;

  MyProfilesController(ProfileService profiles, CurrentUser currentUser, Messages messages,
      vn.innohub.directory.internal.ProfileClaims claims) {
    this.profiles = profiles;
    this.claims = claims;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** The form and its row classes are bound through their public fields (rows have no accessors). */
  @org.springframework.web.bind.annotation.InitBinder("form")
  void fields(org.springframework.web.bind.WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.setAutoGrowCollectionLimit(50);
  }

  @GetMapping("/me/profiles")
  String mine(Model model) {
    model.addAttribute("profiles", profiles.mine(currentUser.require()));
    model.addAttribute("claims", claims.mine(currentUser.require()));
    return "directory/my-profiles";
  }

  @GetMapping("/me/profiles/new")
  String blank(@RequestParam(defaultValue = "STARTUP") ProfileKind kind, Model model) {
    return form(model, kind, null, new ProfileForm().withBlankRows(), Map.of());
  }

  @PostMapping("/me/profiles")
  String create(@RequestParam ProfileKind kind, @ModelAttribute("form") ProfileForm form, Model model,
      RedirectAttributes redirect) {
    Map<String, String> errors = ProfileForm.newErrors();
    ProfileData data = form.toData(messages, errors);
    if (data == null) {
      return form(model, kind, null, form.withBlankRows(), errors);
    }
    try {
      Profile p = profiles.create(kind, data, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.saved"));
      return "redirect:/me/profiles/" + p.getId();
    } catch (FieldErrors e) {
      return form(model, kind, null, form.withBlankRows(), e.fields());
    }
  }

  @GetMapping("/me/profiles/{id}")
  String edit(@PathVariable long id, Model model) {
    Profile p = profiles.get(id, currentUser.require());
    return form(model, p.getKind(), p, ProfileForm.of(p.draftData(), p.getVersion()).withBlankRows(), Map.of());
  }

  @PostMapping("/me/profiles/{id}")
  String save(@PathVariable long id, @ModelAttribute("form") ProfileForm form, Model model,
      RedirectAttributes redirect) {
    Profile p = profiles.get(id, currentUser.require());
    Map<String, String> errors = ProfileForm.newErrors();
    ProfileData data = form.toData(messages, errors);
    if (data == null) {
      return form(model, p.getKind(), p, form.withBlankRows(), errors);
    }
    try {
      profiles.update(id, form.version, data, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.saved"));
      return "redirect:/me/profiles/" + id;
    } catch (FieldErrors e) {
      return form(model, p.getKind(), p, form.withBlankRows(), e.fields());
    } catch (DomainException e) {
      model.addAttribute("error", messages.get(e.code(), e.args()));
      return form(model, p.getKind(), p, form.withBlankRows(), Map.of());
    }
  }

  @PostMapping("/me/profiles/{id}/submit")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    try {
      profiles.submit(id, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.submitted"));
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/me/profiles/" + id;
  }

  /** A new logo for the profile; a refused file is explained beside the logo form and nothing saved changes. */
  @PostMapping("/me/profiles/{id}/logo")
  String logo(@PathVariable long id, @RequestParam long version,
      @RequestParam(required = false) org.springframework.web.multipart.MultipartFile logo, RedirectAttributes redirect)
      throws java.io.IOException {
    byte[] upload = logo == null ? new byte[0] : logo.getBytes();
    return logoChange(id, redirect, "directory.logo.saved",
        () -> profiles.changeLogo(id, version, upload, currentUser.require()));
  }

  @PostMapping("/me/profiles/{id}/logo/remove")
  String removeLogo(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return logoChange(id, redirect, "directory.logo.removed",
        () -> profiles.removeLogo(id, version, currentUser.require()));
  }

  private String logoChange(long id, RedirectAttributes redirect, String notice, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", messages.get(notice));
    } catch (DomainException e) {
      redirect.addFlashAttribute("logoError", messages.refusal(e));
    }
    return "redirect:/me/profiles/" + id + "#logoCard";
  }

  /** The proposed or published logo, to its owner and ADMIN only (not yet public). */
  @GetMapping("/me/profiles/{id}/logo/{imageId}")
  org.springframework.http.ResponseEntity<byte[]> logoImage(@PathVariable long id, @PathVariable long imageId) {
    return profiles.logo(id, imageId, currentUser.require())
        .orElseThrow(() -> DomainException.notFound("Logo", imageId))
        .response(org.springframework.http.CacheControl.noStore());
  }

  private String form(Model model, ProfileKind kind, Profile profile, ProfileForm form, Map<String, String> errors) {
    model.addAttribute("kind", kind);
    model.addAttribute("profile", profile);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("sectors", profiles.sectors());
    model.addAttribute("stages", ProfileData.Stage.values());
    model.addAttribute("supportTypes", ProfileData.SupportType.values());
    model.addAttribute("investorTypes", ProfileData.InvestorType.values());
    model.addAttribute("ipTypes", ProfileData.IpType.values());
    model.addAttribute("roundTypes", ProfileData.RoundType.values());
    return "directory/profile-edit";
  }

  /** "This is my organisation": asks ADMIN to make the member the manager of a profile the DOST entered. */
  @PostMapping("/me/profiles/claim/{slug}")
  String claim(@PathVariable String slug, @RequestParam(required = false) String message,
      RedirectAttributes redirect) {
    try {
      claims.claim(slug, message, currentUser.require());
      redirect.addFlashAttribute("notice", messages.get("directory.claim.sent"));
      return "redirect:/me/profiles";
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("error", e.joined());
      redirect.addFlashAttribute("claimMessage", message);
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return "redirect:/danh-ba/" + slug + "#claim";
  }
}
