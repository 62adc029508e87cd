package vn.innohub.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.innohub.identity.CurrentUser;
import vn.innohub.notification.Notifier;

/** The unread count for the navigation bar of every page. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

  private final Notifier notifier;
  private final CurrentUser currentUser;

  // Read for the navigation bar of every page: kept until a write on this node or the cross-node delay.
  private final vn.innohub.shared.cache.FreshCache<Long, Long> counts;

  UnreadCount(Notifier notifier, CurrentUser currentUser, vn.innohub.shared.cache.DataChanges changes) {
    this.counts = changes.cache(10_000);
    this.notifier = notifier;
    this.currentUser = currentUser;
  }

  @ModelAttribute("unreadNotifications")
  Long unread(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    return currentUser.get().map(a -> counts.get(a.userId(), notifier::unread)).orElse(null);
  }
}
