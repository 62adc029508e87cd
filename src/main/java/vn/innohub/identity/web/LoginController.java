package vn.innohub.identity.web;

import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.EmailConfirmations;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Sign-in page and self-registration of MEMBER accounts. */
@Controller
class LoginController {

  private final AccountService accounts;
  private final Messages messages;
  private final OidcLinks oidc;
  private final EmailConfirmations confirmations;

  LoginController(AccountService accounts, Messages messages, OidcLinks oidc, EmailConfirmations confirmations) {
    this.accounts = accounts;
    this.confirmations = confirmations;
    this.messages = messages;
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("oidcProviders", oidc.providers());
    return "identity/login";
  }

  /** The sign-in page again, answered 429, when the client address must wait before trying another password. */
  @RequestMapping(value = "/login/throttled", method = {RequestMethod.GET, RequestMethod.POST})
  String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("oidcProviders", oidc.providers());
    Object seconds = request.getAttribute("innohub.loginRetryAfter");
    if (seconds instanceof Long wait) {
      response.setStatus(429);
      response.setHeader("Retry-After", wait.toString());
      model.addAttribute("throttled", messages.get("identity.login.throttled", wait));
    }
    return "identity/login";
  }

  /** Told to a request whose session ended because the account changed (disabled, rights or password changed). */
  @RequestMapping(value = "/session-ended", method = {RequestMethod.GET, RequestMethod.POST})
  String sessionEnded(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object reason = request.getAttribute("innohub.sessionEndedReason");
    if (reason == null) {
      model.addAttribute("reason", messages.get("login.ended"));
      return "identity/session-ended";
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("reason", messages.get("identity.session.ended." + reason));
    return "identity/session-ended";
  }

  @GetMapping("/register")
  String register(Model model) {
    model.addAttribute("form", new RegistrationForm());
    return "identity/register";
  }

  @PostMapping("/register")
  String registerSave(@ModelAttribute("form") RegistrationForm form, Model model, RedirectAttributes flash) {
    try {
      if (form.getPassword() == null || !form.getPassword().equals(form.getPasswordConfirm())) {
        throw DomainException.invalid("identity.password.mismatch");
      }
      var created = accounts.register(new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(),
          form.getPassword(), Set.of(Role.MEMBER), Set.of()));
      flash.addFlashAttribute("notice", messages.get("identity.registered"));
      if (created.email() != null) {
        EmailConfirmations.Issued link = confirmations.issue(created.id());
        flash.addFlashAttribute("confirmHint", messages.get(link.mailed() ? "identity.confirm.sent"
            : "identity.confirm.noMail", created.email()));
      }
      return "redirect:/login";
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      return "identity/register";
    }
  }

  /** Opens an e-mail confirmation link (public: the member may open it on another device, signed out). */
  @GetMapping("/register/confirm")
  String confirm(@RequestParam(required = false) String token, Model model) {
    EmailConfirmations.Outcome outcome = confirmations.confirm(token);
    model.addAttribute("outcome", outcome);
    model.addAttribute("message", messages.get("identity.confirm." + outcome.name().toLowerCase(java.util.Locale.ROOT),
        EmailConfirmations.VALIDITY.toHours()));
    return "identity/confirm";
  }

  /** The self-registration form. */
  public static class RegistrationForm {
    private String username;
    private String displayName;
    private String email;
    private String password;
    private String passwordConfirm;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getPasswordConfirm() {
      return passwordConfirm;
    }

    public void setPasswordConfirm(String passwordConfirm) {
      this.passwordConfirm = passwordConfirm;
    }
  }
}
