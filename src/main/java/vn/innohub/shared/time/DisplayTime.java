package vn.innohub.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock for display: every date and time people read (pages, notices, e-mails, exports) is shown in
 * {@code innohub.time-zone} (Asia/Ho_Chi_Minh), whatever the server's own zone — the zone in which deadlines are
 * judged. Instants (and offset/zoned times) are converted to that zone; local dates and times are already in it and
 * are shown as they are. Templates reach it as {@code #times} ({@code ${#times.dateTime(report.updatedAt)}}).
 * Machine-readable output (JSON, open-data CSV) keeps ISO instants.
 */
@Component
public class DisplayTime {

  public static final String DATE = "dd/MM/yyyy";
  public static final String DATE_TIME = "dd/MM/yyyy HH:mm";

  private final ZoneId zone;

  public DisplayTime(@Value("${innohub.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  /** The display zone. */
  public ZoneId zone() {
    return zone;
  }

  /** "01/07/2026 00:30"; empty for null. */
  public String dateTime(Object value) {
    return format(value, DATE_TIME);
  }

  /** "01/07/2026" (the calendar day in the display zone); empty for null. */
  public String date(Object value) {
    return format(value, DATE);
  }

  /** Any pattern of {@link DateTimeFormatter}; empty for null. */
  public String format(Object value, String pattern) {
    TemporalAccessor t = local(value);
    return t == null ? "" : DateTimeFormatter.ofPattern(pattern).format(t);
  }

  /** The value as a local date-time or date in the display zone (null for null). */
  public TemporalAccessor local(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i.atZone(zone).toLocalDateTime();
    }
    if (value instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone).toLocalDateTime();
    }
    if (value instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone).toLocalDateTime();
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDateTime();
    }
    if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof TemporalAccessor) {
      return (TemporalAccessor) value;
    }
    throw new IllegalArgumentException("Not a date or time: " + value.getClass().getName());
  }

  /** The calendar day of an instant in the display zone. */
  public LocalDate day(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toLocalDate();
  }
}
