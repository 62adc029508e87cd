package vn.innohub.portal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The portal's links: news, events and the policy library, and their administration. */
@Component
class PortalNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.main(20, "newsLink", "portal.news", "/tin-tuc", Audience.anyone()),
        NavEntry.main(30, "eventsLink", "portal.events", "/su-kien", Audience.anyone()),
        NavEntry.main(40, "libraryLink", "search.kind.DOCUMENT", "/van-ban", Audience.anyone()),
        NavEntry.admin(20, "newsAdminLink", "portal.news", "/admin/tin-tuc"),
        NavEntry.admin(30, "eventsAdminLink", "portal.events", "/admin/su-kien"),
        NavEntry.admin(50, "libraryAdminLink", "search.kind.DOCUMENT", "/admin/van-ban"));
  }
}
