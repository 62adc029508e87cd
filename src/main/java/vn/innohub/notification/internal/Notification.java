package vn.innohub.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.innohub.notification.NotificationView;

@Entity
@Table(name = "notification")
public class Notification {

  /** NONE: no e-mail (no address or mail off); PENDING: in the outbox; SENT; FAILED after the last attempt. */
  public enum MailStatus { NONE, PENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(length = 300)
  private String link;

  @Column(name = "dedupe_key", length = 200)
  private String dedupeKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "mail_to", length = 254)
  private String mailTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_status", nullable = false, length = 10)
  private MailStatus mailStatus;

  @Column(name = "mail_attempts", nullable = false)
  private int mailAttempts;

  @Column(name = "mailed_at")
  private Instant mailedAt;

  protected Notification() {}

  Notification(long userId, String kind, String subject, String body, String link, String dedupeKey, Instant now,
      String mailTo) {
    this.userId = userId;
    this.kind = kind;
    this.subject = clip(subject, 300);
    this.body = clip(body, 8000);
    this.link = link;
    this.dedupeKey = dedupeKey;
    this.createdAt = now;
    this.mailTo = mailTo;
    this.mailStatus = mailTo == null ? MailStatus.NONE : MailStatus.PENDING;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  void mailed(Instant now) {
    mailStatus = MailStatus.SENT;
    mailedAt = now;
    mailAttempts++;
  }

  void mailFailed(int maxAttempts) {
    mailAttempts++;
    if (mailAttempts >= maxAttempts) {
      mailStatus = MailStatus.FAILED;
    }
  }

  NotificationView view() {
    return new NotificationView(id, kind, subject, body, link, createdAt, readAt, mailStatus.name());
  }

  public Long getId() {
    return id;
  }

  public long getUserId() {
    return userId;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public String getMailTo() {
    return mailTo;
  }
}
