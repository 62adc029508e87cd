package vn.innohub.notification.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.web.ModuleNav;
import vn.innohub.shared.web.NavEntry;
import vn.innohub.shared.web.NavEntry.Audience;

/** The notifications link, with the unread count beside it. */
@Component
class NotificationNav implements ModuleNav {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        NavEntry.mine(10, "notificationsLink", "nav.notifications", "/notifications", Audience.signedIn())
            .withBadge("unreadNotifications"));
  }
}
