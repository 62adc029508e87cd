package vn.innohub.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Gặp gỡ song phương: the two parties of an accepted connection meet at a fair in one time slot. */
@Entity
@Table(name = "exchange_meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "fair_id", nullable = false)
  private long fairId;

  @Column(name = "connection_id", nullable = false)
  private long connectionId;

  @Column(nullable = false)
  private int slot;

  protected Meeting() {}

  Meeting(long fairId, long connectionId, int slot) {
    this.fairId = fairId;
    this.connectionId = connectionId;
    this.slot = slot;
  }

  public Long getId() {
    return id;
  }

  public long getFairId() {
    return fairId;
  }

  public long getConnectionId() {
    return connectionId;
  }

  public int getSlot() {
    return slot;
  }
}
