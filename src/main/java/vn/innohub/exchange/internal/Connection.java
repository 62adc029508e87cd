package vn.innohub.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.innohub.exchange.ConnectionStatus;
import vn.innohub.exchange.Outcome;
import vn.innohub.shared.DomainException;

/**
 * Kết nối: a member's interest in a listing. The listing's owner accepts or declines it; once accepted the two
 * parties see each other's contacts, write in its thread and record what came of it.
 */
@Entity
@Table(name = "exchange_connection")
public class Connection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "listing_id", nullable = false)
  private long listingId;

  @Column(name = "requester_user_id", nullable = false)
  private long requesterUserId;

  @Column(name = "requester_name", nullable = false, length = 200)
  private String requesterName;

  @Column(name = "requester_phone", length = 40)
  private String requesterPhone;

  @Column(name = "requester_email", length = 200)
  private String requesterEmail;

  @Column(nullable = false, length = 4000)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ConnectionStatus status;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Outcome outcome;

  @Column(name = "deal_value_vnd", precision = 19)
  private BigDecimal dealValueVnd;

  @Column(name = "deal_date")
  private LocalDate dealDate;

  @Column(name = "outcome_by", length = 100)
  private String outcomeBy;

  @Column(name = "outcome_at")
  private Instant outcomeAt;

  /** 1 while the request is open (pending or accepted), NULL once declined: unique per (listing, requester). */
  @Column(name = "open_slot")
  private Short openSlot;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Connection() {}

  Connection(long listingId, long requesterUserId, String requesterName, String requesterPhone, String requesterEmail,
      String message, Instant now) {
    this.listingId = listingId;
    this.requesterUserId = requesterUserId;
    this.requesterName = requesterName;
    this.requesterPhone = requesterPhone;
    this.requesterEmail = requesterEmail;
    this.message = message;
    this.status = ConnectionStatus.PENDING;
    this.openSlot = 1;
    this.createdAt = now;
  }

  void accept(Instant now) {
    if (status != ConnectionStatus.PENDING) {
      throw DomainException.conflict("exchange.error.alreadyAnswered");
    }
    status = ConnectionStatus.ACCEPTED;
    decidedAt = now;
  }

  void decline(Instant now) {
    if (status != ConnectionStatus.PENDING) {
      throw DomainException.conflict("exchange.error.alreadyAnswered");
    }
    status = ConnectionStatus.DECLINED;
    openSlot = null;
    decidedAt = now;
  }

  void record(Outcome outcome, BigDecimal value, LocalDate date, String by, Instant now) {
    if (status != ConnectionStatus.ACCEPTED) {
      throw DomainException.conflict("exchange.error.notAccepted");
    }
    this.outcome = outcome;
    this.dealValueVnd = outcome == Outcome.CONTRACT_SIGNED || outcome == Outcome.TECHNOLOGY_TRANSFERRED ? value : null;
    this.dealDate = outcome == Outcome.NO_DEAL || outcome == Outcome.NEGOTIATING ? null : date;
    this.outcomeBy = by;
    this.outcomeAt = now;
  }

  public boolean isAccepted() {
    return status == ConnectionStatus.ACCEPTED;
  }

  public Long getId() {
    return id;
  }

  public long getListingId() {
    return listingId;
  }

  public long getRequesterUserId() {
    return requesterUserId;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getRequesterPhone() {
    return requesterPhone;
  }

  public String getRequesterEmail() {
    return requesterEmail;
  }

  public String getMessage() {
    return message;
  }

  public ConnectionStatus getStatus() {
    return status;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public BigDecimal getDealValueVnd() {
    return dealValueVnd;
  }

  public LocalDate getDealDate() {
    return dealDate;
  }

  public Instant getOutcomeAt() {
    return outcomeAt;
  }

  public String getOutcomeBy() {
    return outcomeBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
