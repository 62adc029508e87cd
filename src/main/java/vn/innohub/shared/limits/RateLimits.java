package vn.innohub.shared.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sliding-window rate limits kept in the shared database, so every node behind the load balancer counts the same
 * events: "at most {@code max} events of this bucket for this subject in the last {@code window}". A bucket names what
 * is counted ("login.address", "contest.invite"), a subject whom (a client address, a user id, an e-mail address).
 * Counting is not serialised: two requests in the same instant may both pass — these limits stop floods, not races
 * (uniqueness is for database constraints).
 */
@Component
public class RateLimits {

  /** Rows are kept this long; no window may be longer. */
  public static final Duration RETENTION = Duration.ofDays(2);

  // Events of the window (since, now]: later ones (a clock set back, in tests) do not count.
  private static final String WINDOW = " AND at > ? AND at <= ?";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public RateLimits(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records one event unless {@code max} events were already recorded in {@code window}; answers empty when the event
   * was allowed (and recorded), or how long until the oldest counted event leaves the window.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<Duration> tryAcquire(String bucket, String subject, int max, Duration window) {
    Optional<Duration> wait = waitFor(bucket, subject, max, window);
    if (wait.isEmpty()) {
      record(bucket, subject);
    }
    return wait;
  }

  /** How long until one more event would be allowed (empty: allowed now), without recording anything. */
  @Transactional(readOnly = true)
  public Optional<Duration> waitFor(String bucket, String subject, int max, Duration window) {
    requireWindow(window);
    Instant now = clock.instant();
    Instant since = now.minus(window);
    String s = normalise(subject);
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM rate_event WHERE bucket = ? AND subject = ?" + WINDOW,
        Long.class, bucket, s, Timestamp.from(since), Timestamp.from(now));
    if (count == null || count < max) {
      return Optional.empty();
    }
    // The event that must leave the window before one more is allowed: the (count - max + 1)-th oldest.
    Timestamp oldest = jdbc.query("SELECT at FROM rate_event WHERE bucket = ? AND subject = ?" + WINDOW
            + " ORDER BY at OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY",
        rs -> rs.next() ? rs.getTimestamp(1) : null, bucket, s, Timestamp.from(since), Timestamp.from(now),
        count - max);
    Duration wait = oldest == null ? window : Duration.between(now, oldest.toInstant().plus(window));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /** Events of the bucket for the subject within the window. */
  @Transactional(readOnly = true)
  public long count(String bucket, String subject, Duration window) {
    requireWindow(window);
    Instant now = clock.instant();
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM rate_event WHERE bucket = ? AND subject = ?" + WINDOW,
        Long.class, bucket, normalise(subject), Timestamp.from(now.minus(window)), Timestamp.from(now));
    return count == null ? 0 : count;
  }

  /** When the subject's latest event of the bucket within the window happened, if any. */
  @Transactional(readOnly = true)
  public Optional<Instant> latest(String bucket, String subject, Duration window) {
    requireWindow(window);
    Instant now = clock.instant();
    Timestamp at = jdbc.queryForObject("SELECT MAX(at) FROM rate_event WHERE bucket = ? AND subject = ?" + WINDOW,
        Timestamp.class, bucket, normalise(subject), Timestamp.from(now.minus(window)), Timestamp.from(now));
    return Optional.ofNullable(at).map(Timestamp::toInstant);
  }

  /** How many different subjects beginning with {@code prefix} have events of the bucket within the window. */
  @Transactional(readOnly = true)
  public long distinctSubjects(String bucket, String prefix, Duration window) {
    requireWindow(window);
    String like = normalise(prefix).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Instant now = clock.instant();
    Long count = jdbc.queryForObject("SELECT COUNT(DISTINCT subject) FROM rate_event WHERE bucket = ? AND subject LIKE ?"
        + " ESCAPE '\\'" + WINDOW, Long.class, bucket, like, Timestamp.from(now.minus(window)), Timestamp.from(now));
    return count == null ? 0 : count;
  }

  /** Counts one event now, whatever the limit (e.g. a failed login, counted after the fact). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String bucket, String subject) {
    jdbc.update("INSERT INTO rate_event (bucket, subject, at) VALUES (?, ?, ?)", bucket, normalise(subject),
        Timestamp.from(clock.instant()));
  }

  /**
   * Counts one event as part of the caller's transaction: it is counted only if what it counts is stored (a vote
   * whose copy from a double-click lost the unique key is not counted).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordWithin(String bucket, String subject) {
    jdbc.update("INSERT INTO rate_event (bucket, subject, at) VALUES (?, ?, ?)", bucket, normalise(subject),
        Timestamp.from(clock.instant()));
  }

  /** Forgets the subject's events in the bucket (e.g. failures after a successful login). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void clear(String bucket, String subject) {
    jdbc.update("DELETE FROM rate_event WHERE bucket = ? AND subject = ?", bucket, normalise(subject));
  }

  /** Deletes events older than the retention; called by a daily job. */
  @Transactional
  public int purge() {
    return jdbc.update("DELETE FROM rate_event WHERE at < ?", Timestamp.from(clock.instant().minus(RETENTION)));
  }

  private static void requireWindow(Duration window) {
    if (window.compareTo(RETENTION) > 0) {
      throw new IllegalArgumentException("window longer than the retention: " + window);
    }
  }

  private static String normalise(String subject) {
    String s = subject == null ? "-" : subject.strip().toLowerCase(Locale.ROOT);
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
