package vn.innohub.identity.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The user accounts' administration link. */
@Component
class IdentityNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.admin(80, "usersAdminLink", "nav.users", "/admin/users"));
  }
}
