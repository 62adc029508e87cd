package vn.innohub.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.AccountView;
import vn.innohub.notification.Notice;
import vn.innohub.notification.NotificationView;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;

/**
 * Notifications are rows written in the caller's transaction (so a notice exists exactly when the action that caused
 * it committed); e-mails leave later from the same rows, which makes the table an outbox that survives restarts.
 */
@Service
class NotificationService implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
  private static final int MAX_ATTEMPTS = 5;

  private final NotificationRepository notifications;
  private final ObjectProvider<JavaMailSender> mail;
  private final Clock clock;
  private final String from;
  private final String baseUrl;

  NotificationService(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail, Clock clock,
      @Value("${innohub.mail.from:innohub@localhost}") String from,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.notifications = notifications;
    this.mail = mail;
    this.clock = clock;
    this.from = from;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @Override
  @Transactional
  public int send(Notice notice) {
    boolean mailOn = mail.getIfAvailable() != null;
    int created = 0;
    for (AccountView to : notice.to()) {
      if (notice.dedupeKey() != null && notifications.existsByUserIdAndDedupeKey(to.id(), notice.dedupeKey())) {
        continue;
      }
      String address = mailOn && to.email() != null && !to.email().isBlank() ? to.email() : null;
      notifications.save(new Notification(to.id(), notice.kind(), notice.subject(), notice.body(), notice.link(),
          notice.dedupeKey(), clock.instant(), address));
      created++;
    }
    return created;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NotificationView> recent(long userId, int max) {
    return notifications.findByUserIdOrderByCreatedAtDescIdDesc(userId, PageRequest.of(0, max)).stream()
        .map(Notification::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long unread(long userId) {
    return notifications.countByUserIdAndReadAtIsNull(userId);
  }

  @Override
  @Transactional
  public String markRead(long userId, long notificationId) {
    Notification n = notifications.findByIdAndUserId(notificationId, userId)
        .orElseThrow(() -> DomainException.notFound("Notification", notificationId));
    n.read(clock.instant());
    return n.getLink();
  }

  @Override
  @Transactional
  public void markAllRead(long userId) {
    notifications.findByUserIdAndReadAtIsNull(userId).forEach(n -> n.read(clock.instant()));
  }

  @Override
  @Transactional
  public int flushMail() {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    for (Notification n : notifications.pendingMail(PageRequest.of(0, 100))) {
      try {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(n.getMailTo());
        helper.setSubject("[InnoHub] " + n.getSubject());
        helper.setText(n.getBody() + (n.getLink() == null ? "" : "\n\n" + baseUrl + n.getLink()), false);
        sender.send(message);
        n.mailed(clock.instant());
        sent++;
      } catch (Exception e) {
        n.mailFailed(MAX_ATTEMPTS);
        log.warn("E-mail for notification {} not sent: {}", n.getId(), e.getMessage());
      }
    }
    return sent;
  }
}
