package vn.innohub.search.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The search page's link. */
@Component
class SearchNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(70, "searchLink", "search.title", "/tim-kiem", Audience.anyone()));
  }
}
