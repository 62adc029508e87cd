package vn.innohub.portal.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** The portal's feeds: events as iCalendar (RFC 5545) and news as RSS 2.0. */
public final class Feeds {

  private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private Feeds() {}

  /** A VCALENDAR of the events; times in UTC (calendar apps show them in the reader's zone, Hà Nội for ours). */
  public static String calendar(String baseUrl, String name, List<PortalEvent> events, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//InnoHub//Su kien khoi nghiep//VI");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text(name));
    line(ics, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    for (PortalEvent e : events) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:event-" + e.getId() + "@" + host(baseUrl));
      line(ics, "DTSTAMP:" + ICS_UTC.format(now));
      line(ics, "LAST-MODIFIED:" + ICS_UTC.format(e.getUpdatedAt()));
      line(ics, "DTSTART:" + ICS_UTC.format(e.getStartsAt()));
      line(ics, "DTEND:" + ICS_UTC.format(e.getEndsAt()));
      line(ics, "SUMMARY:" + text(e.getTitle()));
      String description = e.getSummary() == null ? "" : e.getSummary();
      if (e.getOnlineUrl() != null) {
        description += (description.isEmpty() ? "" : "\n") + e.getOnlineUrl();
      }
      if (!description.isEmpty()) {
        line(ics, "DESCRIPTION:" + text(description));
      }
      if (e.getPlace() != null) {
        line(ics, "LOCATION:" + text(e.getPlace()));
      }
      line(ics, "URL:" + baseUrl + "/su-kien/" + e.getSlug());
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
        .replace("\n", "\\n").replace("\r", "\\n");
  }

  /** Content lines folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
  static void line(StringBuilder out, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    boolean first = true;
    while (start < bytes.length) {
      int limit = first ? 75 : 74;
      int end = Math.min(bytes.length, start + limit);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--;
      }
      if (!first) {
        out.append(' ');
      }
      out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n");
      start = end;
      first = false;
    }
    if (bytes.length == 0) {
      out.append("\r\n");
    }
  }

  private static String host(String baseUrl) {
    return baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
  }

  public static String rss(String baseUrl, String title, String description, List<NewsArticle> news) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>");
    x.append("<title>").append(xml(title)).append("</title><link>").append(xml(baseUrl + "/tin-tuc"))
        .append("</link><description>").append(xml(description)).append("</description><language>vi</language>");
    for (NewsArticle n : news) {
      String link = baseUrl + "/tin-tuc/" + n.getSlug();
      x.append("<item><title>").append(xml(n.getTitle())).append("</title><link>").append(xml(link))
          .append("</link><guid isPermaLink=\"true\">").append(xml(link)).append("</guid>");
      if (n.getPublishedAt() != null) {
        x.append("<pubDate>").append(RFC_822.format(n.getPublishedAt())).append("</pubDate>");
      }
      if (n.getSummary() != null) {
        x.append("<description>").append(xml(n.getSummary())).append("</description>");
      }
      x.append("</item>");
    }
    return x.append("</channel></rss>\n").toString();
  }

  static String xml(String s) {
    return StringEscapeUtils.escapeXml10(s);
  }
}
