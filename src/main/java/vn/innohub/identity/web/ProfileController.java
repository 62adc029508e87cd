package vn.innohub.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.Actor;
import vn.innohub.identity.CurrentUser;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.ApiTokens;
import vn.innohub.identity.internal.EmailConfirmations;
import vn.innohub.org.OrgDirectory;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** The signed-in user's own page: profile, password, personal API tokens. */
@Controller
@RequestMapping("/me")
class ProfileController {

  private final CurrentUser currentUser;
  private final AccountService accounts;
  private final ApiTokens tokens;
  private final OrgDirectory org;
  private final Messages messages;
  private final EmailConfirmations confirmations;

  ProfileController(CurrentUser currentUser, AccountService accounts, ApiTokens tokens, OrgDirectory org,
      Messages messages, EmailConfirmations confirmations) {
    this.confirmations = confirmations;
    this.currentUser = currentUser;
    this.accounts = accounts;
    this.tokens = tokens;
    this.org = org;
    this.messages = messages;
  }

  @GetMapping
  String show(Model model) {
    Actor me = currentUser.require();
    model.addAttribute("account", accounts.find(me.userId()));
    model.addAttribute("units", me.unitIds().stream().map(org::find).flatMap(java.util.Optional::stream).toList());
    model.addAttribute("tokens", tokens.of(me.userId()));
    return "identity/profile";
  }

  @PostMapping("/password")
  String password(@RequestParam String current, @RequestParam String password, @RequestParam String confirm,
      RedirectAttributes flash) {
    Actor me = currentUser.require();
    try {
      if (!password.equals(confirm)) {
        throw DomainException.invalid("identity.password.mismatch");
      }
      accounts.changeOwnPassword(me.userId(), current, password);
      flash.addFlashAttribute("notice", messages.get("identity.password.changed"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/me";
  }

  /** A new e-mail confirmation link for the signed-in account (older links keep working until they expire). */
  @PostMapping("/email-confirmation")
  String confirmation(RedirectAttributes flash) {
    Actor me = currentUser.require();
    try {
      EmailConfirmations.Issued link = confirmations.issue(me.userId());
      String email = accounts.find(me.userId()).email();
      flash.addFlashAttribute("notice", messages.get(link.mailed() ? "identity.confirm.sent" : "identity.confirm.noMail",
          email));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/me";
  }

  @PostMapping("/tokens")
  String issue(@RequestParam String name, RedirectAttributes flash) {
    Actor me = currentUser.require();
    try {
      ApiTokens.Issued issued = tokens.issue(me.userId(), name);
      flash.addFlashAttribute("newToken", issued.rawToken());
      flash.addFlashAttribute("notice", messages.get("identity.token.issued", issued.name()));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/me";
  }

  @PostMapping("/tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes flash) {
    tokens.revoke(currentUser.require().userId(), id);
    flash.addFlashAttribute("notice", messages.get("identity.token.revoked"));
    return "redirect:/me";
  }
}
