package vn.innohub.dashboard.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The dashboard's link, for the staff who see it. */
@Component
class DashboardNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(90, "dashboardLink", "nav.dashboardLink", "/dashboard",
            Audience.roles("ADMIN", "LEADER", "UNIT_OFFICER")));
  }
}
