package vn.innohub.shared.limits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes counted events past the longest window, daily, on one node. */
@Component
class RateLimitPurge {

  private final RateLimits limits;

  RateLimitPurge(RateLimits limits) {
    this.limits = limits;
  }

  @Scheduled(cron = "0 40 3 * * *", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "rate-limit-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
  void purge() {
    limits.purge();
  }
}
