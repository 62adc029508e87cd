package vn.innohub.org.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The units' administration link. */
@Component
class OrgNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.admin(70, "unitsAdminLink", "nav.units", "/admin/units"));
  }
}
