package vn.innohub.notification.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.innohub.identity.CurrentUser;
import vn.innohub.notification.NotificationView;
import vn.innohub.notification.Notifier;

/** The signed-in person's notifications. */
@Controller
class NotificationController {

  private final Notifier notifier;
  private final CurrentUser currentUser;

  NotificationController(Notifier notifier, CurrentUser currentUser) {
    this.notifier = notifier;
    this.currentUser = currentUser;
  }

  @GetMapping("/notifications")
  String list(Model model) {
    model.addAttribute("notifications", notifier.recent(currentUser.require().userId(), 100));
    return "notification/list";
  }

  @PostMapping("/notifications/{id}/read")
  String read(@PathVariable long id) {
    String link = notifier.markRead(currentUser.require().userId(), id);
    return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
  }

  @PostMapping("/notifications/read-all")
  String readAll() {
    notifier.markAllRead(currentUser.require().userId());
    return "redirect:/notifications";
  }

  @GetMapping("/api/v1/notifications")
  @ResponseBody
  List<NotificationView> api() {
    return notifier.recent(currentUser.require().userId(), 100);
  }
}
