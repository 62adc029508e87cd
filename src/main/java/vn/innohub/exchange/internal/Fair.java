package vn.innohub.exchange.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** Chợ công nghệ: a supply–demand fair gathering selected listings, with one-to-one meetings in time slots. */
@Entity
@Table(name = "exchange_fair")
public class Fair {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(length = 300)
  private String venue;

  @Column(name = "fair_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_minute", nullable = false)
  private int startMinute;

  @Column(name = "slot_minutes", nullable = false)
  private int slotMinutes;

  @Column(nullable = false)
  private int slots;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "exchange_fair_listing", joinColumns = @JoinColumn(name = "fair_id"))
  @Column(name = "listing_id")
  private Set<Long> listingIds = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Fair() {}

  Fair(String name, String venue, LocalDate date, LocalTime start, int slotMinutes, int slots, Instant now) {
    this.name = name;
    this.venue = venue;
    this.date = date;
    this.startMinute = start.getHour() * 60 + start.getMinute();
    this.slotMinutes = slotMinutes;
    this.slots = slots;
    this.createdAt = now;
  }

  void select(Set<Long> ids) {
    listingIds.clear();
    listingIds.addAll(ids);
  }

  /** When a slot starts, e.g. slot 2 of a fair starting at 08:00 with 20-minute slots: 08:40. */
  public LocalTime slotStart(int slot) {
    return LocalTime.of(0, 0).plusMinutes(startMinute + (long) slot * slotMinutes);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getVenue() {
    return venue;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public int getSlots() {
    return slots;
  }

  public Set<Long> getListingIds() {
    return Set.copyOf(listingIds);
  }

  public long getVersion() {
    return version;
  }
}
