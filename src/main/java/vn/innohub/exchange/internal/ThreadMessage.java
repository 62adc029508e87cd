package vn.innohub.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Tin nhắn: one message in the thread of an accepted connection. */
@Entity
@Table(name = "exchange_message")
public class ThreadMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "connection_id", nullable = false)
  private long connectionId;

  @Column(name = "author_user_id", nullable = false)
  private long authorUserId;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ThreadMessage() {}

  ThreadMessage(long connectionId, long authorUserId, String authorName, String body, Instant now) {
    this.connectionId = connectionId;
    this.authorUserId = authorUserId;
    this.authorName = authorName;
    this.body = body;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getAuthorUserId() {
    return authorUserId;
  }

  public String getAuthorName() {
    return authorName;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
