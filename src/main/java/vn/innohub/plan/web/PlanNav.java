package vn.innohub.plan.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The plans' link, for anyone signed in. */
@Component
class PlanNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(80, "plansLink", "nav.plans", "/plans", Audience.signedIn()));
  }
}
