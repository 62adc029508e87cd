package vn.innohub.exchange.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The exchange's daily jobs, on one instance at a time: expiry with reminders, then the strong-match digest. */
@Component
class ExchangeJobs {

  private final ListingService listings;
  private final MatchNotices matchNotices;
  private final Clock clock;

  ExchangeJobs(ListingService listings, MatchNotices matchNotices, Clock clock) {
    this.listings = listings;
    this.matchNotices = matchNotices;
    this.clock = clock;
  }

  @Scheduled(cron = "${innohub.exchange.expiry-cron:0 15 6 * * *}", zone = "${innohub.time-zone:Asia/Ho_Chi_Minh}")
  @SchedulerLock(name = "exchange-expiry", lockAtMostFor = "PT30M")
  void expire() {
    listings.expire(clock.instant());
  }

  @Scheduled(cron = "${innohub.exchange.match-digest-cron:0 0 8 * * *}", zone = "${innohub.time-zone:Asia/Ho_Chi_Minh}")
  @SchedulerLock(name = "exchange-match-digest", lockAtMostFor = "PT30M")
  void matchDigest() {
    matchNotices.notifyStrongMatches(clock.instant());
  }
}
