package vn.innohub.directory.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.shared.FieldErrors;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** ADMIN's verification queue: the changes as a diff, the criteria checklist, verify or refuse with a reason. */
@Controller
class DirectoryAdminController {

  private final ProfileService profiles;
  private final CurrentUser currentUser;
  private final Messages messages;

  private final vn.innohub.directory.internal.ProfileClaims claims;

  DirectoryAdminController(ProfileService profiles, CurrentUser currentUser, Messages messages,
      vn.innohub.directory.internal.ProfileClaims claims) {
    this.profiles = profiles;
    this.claims = claims;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/admin/directory")
  String queue(Model model) {
    model.addAttribute("pending", profiles.pending());
    model.addAttribute("ownPending", profiles.ownPending(currentUser.require()));
    model.addAttribute("me", currentUser.require().userId());
    model.addAttribute("claims", claims.pending());
    model.addAttribute("stats", profiles.statistics());
    return "directory/admin-queue";
  }

  @GetMapping("/admin/directory/{id}")
  String review(@PathVariable long id, Model model) {
    var actor = currentUser.require();
    Profile p = profiles.get(id, actor);
    model.addAttribute("profile", p);
    model.addAttribute("ownProfile", profiles.ownProfile(p, actor));
    model.addAttribute("data", p.draftData());
    model.addAttribute("changes", profiles.changes(id, actor));
    model.addAttribute("checklist", profiles.checklist(p));
    model.addAttribute("duplicate", p.getDuplicateOf() == null ? null : profiles.get(p.getDuplicateOf(), actor));
    return "directory/admin-review";
  }

  @PostMapping("/admin/directory/{id}/verify")
  String verify(@PathVariable long id, @RequestParam(required = false) List<String> checked,
      @RequestParam(required = false) String note, RedirectAttributes redirect) {
    boolean done = decided(redirect, "directory.verified",
        () -> profiles.verify(id, checked == null ? List.of() : checked, note, currentUser.require()));
    return done ? "redirect:/admin/directory" : "redirect:/admin/directory/" + id;
  }

  @PostMapping("/admin/directory/{id}/reject")
  String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
    boolean done = decided(redirect, "directory.rejected", () -> profiles.reject(id, note, currentUser.require()));
    return done ? "redirect:/admin/directory" : "redirect:/admin/directory/" + id;
  }

  @PostMapping("/admin/directory/claims/{id}/approve")
  String approveClaim(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
    return decide(id, true, note, redirect);
  }

  @PostMapping("/admin/directory/claims/{id}/refuse")
  String refuseClaim(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
    return decide(id, false, note, redirect);
  }

  private String decide(long id, boolean approve, String note, RedirectAttributes redirect) {
    decided(redirect, approve ? "directory.claim.approved" : "directory.claim.refused",
        () -> claims.decide(id, approve, note, currentUser.require()));
    return "redirect:/admin/directory#claims";
  }

  /** Runs an ADMIN decision; its notice, or why it was refused (each refused field's message), goes to the next
   * page. */
  private boolean decided(RedirectAttributes redirect, String notice, Runnable decision) {
    try {
      decision.run();
      redirect.addFlashAttribute("notice", messages.get(notice));
      return true;
    } catch (FieldErrors e) {
      redirect.addFlashAttribute("error", e.joined());
    } catch (DomainException e) {
      redirect.addFlashAttribute("error", messages.refusal(e));
    }
    return false;
  }
}
