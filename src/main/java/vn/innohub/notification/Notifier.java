package vn.innohub.notification;

import java.util.List;

/** Sends notices to people (in the app and by e-mail) and lists what each person received. */
public interface Notifier {

  /** Records the notice for each recipient who has not had one with the same dedupe key; returns how many were new. */
  int send(Notice notice);

  List<NotificationView> recent(long userId, int max);

  long unread(long userId);

  /** Marks one of the user's notifications read; NOT_FOUND for someone else's. Returns its link. */
  String markRead(long userId, long notificationId);

  void markAllRead(long userId);

  /** Sends queued e-mails now (the outbox job calls this); returns how many were sent. */
  int flushMail();
}
