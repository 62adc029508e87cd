package vn.innohub.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.Match;
import vn.innohub.identity.AccountView;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.web.Messages;

/**
 * The daily digest of new strong matches: for each owner, the matches of their published listings scoring at least
 * {@code innohub.exchange.strong-match-score} that were never told before (each listing–match pair once), in one
 * notice a day at most (in the app and by e-mail).
 */
@Service
public class MatchNotices {

  private final ListingService listings;
  private final Matcher matcher;
  private final Notifier notifier;
  private final Messages messages;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final double threshold;
  private final String baseUrl;

  MatchNotices(ListingService listings, Matcher matcher, Notifier notifier, Messages messages, JdbcTemplate jdbc,
      Clock clock, @Value("${innohub.exchange.strong-match-score:8}") double threshold,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.listings = listings;
    this.matcher = matcher;
    this.notifier = notifier;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
    this.threshold = threshold;
    this.baseUrl = baseUrl;
  }

  /** Sends today's digests; returns how many owners got one. */
  @Transactional
  public int notifyStrongMatches(Instant now) {
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    Map<Long, AccountView> accounts = listings.accountsById();
    Map<Long, List<String>> lines = new LinkedHashMap<>();
    Map<Long, List<long[]>> pairs = new LinkedHashMap<>();
    for (Listing l : listings.allPublished()) {
      if (l.getOwnerUserId() == null || !accounts.containsKey(l.getOwnerUserId())) {
        continue;
      }
      for (Match m : matcher.rank(l, 5)) {
        if (m.score() < threshold || told(l.getId(), m.listingId())) {
          continue;
        }
        lines.computeIfAbsent(l.getOwnerUserId(), k -> new ArrayList<>()).add(messages.get(Messages.VI,
            "exchange.notice.matchLine", l.getTitle(), m.title(), m.reasonText(), baseUrl + "/cong-nghe/" + m.slug()));
        pairs.computeIfAbsent(l.getOwnerUserId(), k -> new ArrayList<>()).add(new long[] {l.getId(), m.listingId()});
      }
    }
    int sent = 0;
    for (var e : lines.entrySet()) {
      String subject = messages.get(Messages.VI, "exchange.notice.matches", e.getValue().size());
      int fresh = notifier.send(new Notice(List.of(accounts.get(e.getKey())), "exchange", subject,
          String.join("\n\n", e.getValue()), "/me/listings",
          "exchange-matches:" + e.getKey() + ":" + day));
      if (fresh > 0) {
        sent++;
        for (long[] p : pairs.get(e.getKey())) {
          jdbc.update("INSERT INTO exchange_match_notice (listing_id, match_id, notified_at) VALUES (?, ?, ?)", p[0],
              p[1], Timestamp.from(now));
        }
      }
    }
    return sent;
  }

  private boolean told(long listingId, long matchId) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM exchange_match_notice WHERE listing_id = ? AND match_id = ?",
        Integer.class, listingId, matchId);
    return n != null && n > 0;
  }
}
