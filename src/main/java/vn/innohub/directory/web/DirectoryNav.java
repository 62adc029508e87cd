package vn.innohub.directory.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The directory's links: the public directory, a member's profiles, the verification queue. */
@Component
class DirectoryNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(10, "directoryLink", "nav.directory", "/danh-ba", Audience.anyone()),
        NavEntry.mine(40, "myProfilesLink", "directory.mine", "/me/profiles", Audience.roles("MEMBER")),
        NavEntry.admin(10, "directoryAdminLink", "directory.queue", "/admin/directory"));
  }
}
