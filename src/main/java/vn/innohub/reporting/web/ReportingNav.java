package vn.innohub.reporting.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The reporting link, for the staff who report or review. */
@Component
class ReportingNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(100, "reportingLink", "nav.reporting", "/reporting",
            Audience.roles("ADMIN", "LEADER", "UNIT_OFFICER")));
  }
}
