package vn.innohub.identity.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.web.Messages;

/** Administrators open accounts, set roles and units, reset passwords and unlock accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

  private final AccountService accounts;
  private final OrgDirectory org;
  private final Messages messages;

  UserAdminController(AccountService accounts, OrgDirectory org, Messages messages) {
    this.accounts = accounts;
    this.org = org;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    Map<Long, String> unitNames = new HashMap<>();
    org.all().forEach(u -> unitNames.put(u.id(), u.name()));
    model.addAttribute("users", accounts.list());
    model.addAttribute("unitNames", unitNames);
    return "identity/user-list";
  }

  @GetMapping("/new")
  String create(Model model) {
    return form(model, null, "", "", "", Set.of(Role.UNIT_OFFICER), Set.of(), true, 0);
  }

  @PostMapping("/new")
  String createSave(@RequestParam String username, @RequestParam String displayName,
      @RequestParam(required = false) String email, @RequestParam String password,
      @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) List<Long> units,
      Model model, RedirectAttributes flash) {
    Set<Role> roleSet = roles == null ? Set.of() : EnumSet.copyOf(roles);
    Set<Long> unitSet = units == null ? Set.of() : new HashSet<>(units);
    try {
      AccountView created = accounts.create(new NewAccount(username, displayName, email, password, roleSet, unitSet));
      flash.addFlashAttribute("notice", messages.get("identity.user.saved", created.username()));
      return "redirect:/admin/users";
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      return form(model, null, username, displayName, email, roleSet, unitSet, true, 0);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    AccountView a = accounts.find(id);
    return form(model, a, a.username(), a.displayName(), a.email(), a.roles(), a.unitIds(), a.enabled(),
        accounts.version(id));
  }

  @PostMapping("/{id}")
  String editSave(@PathVariable long id, @RequestParam String displayName, @RequestParam(required = false) String email,
      @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) List<Long> units,
      @RequestParam(defaultValue = "false") boolean enabled, @RequestParam long version, Model model,
      RedirectAttributes flash) {
    Set<Role> roleSet = roles == null ? Set.of() : EnumSet.copyOf(roles);
    Set<Long> unitSet = units == null ? Set.of() : new HashSet<>(units);
    try {
      AccountView saved = accounts.update(id, displayName, email, roleSet, unitSet, enabled, version);
      flash.addFlashAttribute("notice", messages.get("identity.user.saved", saved.username()));
      return "redirect:/admin/users";
    } catch (DomainException e) {
      model.addAttribute("error", messages.of(e));
      AccountView a = accounts.find(id);
      return form(model, a, a.username(), displayName, email, roleSet, unitSet, enabled, version);
    }
  }

  @PostMapping("/{id}/password")
  String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes flash) {
    try {
      accounts.setPassword(id, password);
      flash.addFlashAttribute("notice", messages.get("identity.password.changed"));
    } catch (DomainException e) {
      flash.addFlashAttribute("error", messages.of(e));
    }
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable long id, RedirectAttributes flash) {
    accounts.unlock(id);
    flash.addFlashAttribute("notice", messages.get("identity.user.unlocked"));
    return "redirect:/admin/users/" + id;
  }

  private String form(Model model, AccountView account, String username, String displayName, String email,
      Set<Role> roles, Set<Long> unitIds, boolean enabled, long version) {
    List<UnitSummary> units = org.all();
    model.addAttribute("account", account);
    model.addAttribute("username", username);
    model.addAttribute("displayName", displayName);
    model.addAttribute("email", email);
    model.addAttribute("roles", roles);
    model.addAttribute("unitIds", unitIds);
    model.addAttribute("enabled", enabled);
    model.addAttribute("version", version);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("allUnits", units);
    return "identity/user-form";
  }
}
