package vn.innohub.reporting.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The reporting follow-up on its schedule (Asia/Ho_Chi_Minh), once per cluster thanks to ShedLock. */
@Component
class ReportingJobs {

  private static final Logger log = LoggerFactory.getLogger(ReportingJobs.class);

  private final FollowUp followUp;

  ReportingJobs(FollowUp followUp) {
    this.followUp = followUp;
  }

  @Scheduled(cron = "${innohub.reporting.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  void reminders() {
    FollowUp.ReminderRun run = followUp.remind();
    log.info("Reporting reminders: {} due soon, {} overdue, {} digests", run.dueSoon(), run.overdue(), run.digests());
  }

  @Scheduled(cron = "${innohub.reporting.delay-digest-cron:0 30 7 * * MON}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "reporting-delay-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
  void delayDigest() {
    log.info("Delay-warning digest sent to {} people", followUp.delayDigest(false));
  }
}
