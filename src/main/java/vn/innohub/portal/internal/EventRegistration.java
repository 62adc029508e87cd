package vn.innohub.portal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** Đăng ký tham dự: one person's seat at an event; one per e-mail address. */
@Entity
@Table(name = "event_registration")
public class EventRegistration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 200)
  private String email;

  @Column(name = "email_key", nullable = false, length = 200)
  private String emailKey;

  @Column(length = 40)
  private String phone;

  @Column(length = 300)
  private String organisation;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EventRegistration() {}

  EventRegistration(long eventId, String name, String email, String phone, String organisation, Instant now) {
    this.eventId = eventId;
    this.name = name;
    this.email = email;
    this.emailKey = key(email);
    this.phone = phone;
    this.organisation = organisation;
    this.createdAt = now;
  }

  static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getOrganisation() {
    return organisation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
