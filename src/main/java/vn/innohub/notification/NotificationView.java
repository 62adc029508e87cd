package vn.innohub.notification;

import java.time.Instant;

/** One notification as its recipient sees it. */
public record NotificationView(long id, String kind, String subject, String body, String link, Instant createdAt,
    Instant readAt, String mailStatus) {

  public boolean unread() {
    return readAt == null;
  }
}
