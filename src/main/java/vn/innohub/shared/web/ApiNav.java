package vn.innohub.shared.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The API documentation's link in the administrators' menu. */
@Component
class ApiNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(NavEntry.admin(100, "apiAdminLink", "nav.api", "/swagger-ui.html"));
  }
}
