package vn.innohub.portal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * Đăng ký tham dự: one person's seat at an event; one per e-mail address. An anonymous registration is
 * {@link Status#PENDING} with its seat held until {@code holdUntil}, and becomes {@link Status#CONFIRMED} when the
 * link mailed to the address is opened (double opt-in); a pending one whose hold has passed is expired and holds no
 * seat.
 */
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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.CONFIRMED;

  @Column(name = "hold_until")
  private Instant holdUntil;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  /** The signed-in account that registered with its own confirmed address; null for an anonymous registration. */
  @Column(name = "account_id")
  private Long accountId;

  /** What is stored. */
  public enum Status { PENDING, CONFIRMED }

  /** What ADMIN sees: a pending registration whose hold has passed is expired. */
  public enum Shown {
    PENDING, CONFIRMED, EXPIRED;

    public boolean pending() {
      return this == PENDING;
    }

    public boolean confirmed() {
      return this == CONFIRMED;
    }
  }

  protected EventRegistration() {}

  EventRegistration(long eventId, String name, String email, String phone, String organisation, Instant now) {
    this.eventId = eventId;
    this.email = email;
    this.emailKey = key(email);
    describe(name, phone, organisation, now);
  }

  private void describe(String newName, String newPhone, String newOrganisation, Instant now) {
    this.name = newName;
    this.phone = newPhone;
    this.organisation = newOrganisation;
    this.createdAt = now;
  }

  /** Holds the seat until {@code until} for the link whose token hashes to {@code hash}. */
  void hold(String hash, Instant until) {
    this.status = Status.PENDING;
    this.tokenHash = hash;
    this.holdUntil = until;
    this.confirmedAt = null;
  }

  /** A new registration of the same address after the former hold expired (the row is reused: one per address). */
  void renew(String newName, String newPhone, String newOrganisation, Instant now) {
    describe(newName, newPhone, newOrganisation, now);
  }

  /** Firm: the address was proven (the link was opened, or a signed-in account's confirmed address). */
  void confirm(Instant now, Long account) {
    this.status = Status.CONFIRMED;
    this.confirmedAt = now;
    this.holdUntil = null;
    if (account != null) {
      this.accountId = account;
    }
  }

  boolean expired(Instant now) {
    return status == Status.PENDING && (holdUntil == null || !holdUntil.isAfter(now));
  }

  public Shown shown(Instant now) {
    return status == Status.CONFIRMED ? Shown.CONFIRMED : expired(now) ? Shown.EXPIRED : Shown.PENDING;
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

  public long getEventId() {
    return eventId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getHoldUntil() {
    return holdUntil;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Long getAccountId() {
    return accountId;
  }
}
