package vn.innohub.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
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
import vn.innohub.identity.internal.SessionTermination;
import vn.innohub.org.OrgDirectory;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
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
  private final SessionTermination sessions;
  private final Clock clock;

  ProfileController(CurrentUser currentUser, AccountService accounts, ApiTokens tokens, OrgDirectory org,
      Messages messages, EmailConfirmations confirmations, SessionTermination sessions, Clock clock) {
    this.confirmations = confirmations;
    this.sessions = sessions;
    this.clock = clock;
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
    model.addAttribute("tokenDefaultExpiry", tokens.defaultExpiry());
    model.addAttribute("now", clock.instant());
    return "identity/profile";
  }

  /** Changes the user's own password; their other sessions end, this one stays signed in. */
  @PostMapping("/password")
  String password(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirm, HttpServletRequest request, HttpServletResponse response,
      RedirectAttributes flash) {
    Actor me = currentUser.require();
    try {
      if (password == null || !password.equals(confirm)) {
        throw DomainException.invalid("identity.password.mismatch");
      }
      String sessionId = request.getSession(false) == null ? null : request.getSession(false).getId();
      accounts.changeOwnPassword(me.userId(), current, password, request.getRemoteAddr(), sessionId);
      sessions.markSignedIn(request);
      flash.addFlashAttribute("notice", messages.get("identity.password.changed"));
    } catch (DomainException e) {
      if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
        response.setHeader("Retry-After", String.valueOf(e.args().length > 0 ? e.args()[0] : 60));
      }
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

  /** A new personal API token, valid through the chosen date (default: a year from today) or, if blank, until revoked. */
  @PostMapping("/tokens")
  String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String expires,
      RedirectAttributes flash) {
    Actor me = currentUser.require();
    try {
      LocalDate expiresOn;
      try {
        expiresOn = Texts.parsed(expires, LocalDate::parse);
      } catch (DateTimeParseException e) {
        throw DomainException.invalid("identity.token.expiryInvalid");
      }
      ApiTokens.Issued issued = tokens.issue(me.userId(), name, expiresOn);
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
