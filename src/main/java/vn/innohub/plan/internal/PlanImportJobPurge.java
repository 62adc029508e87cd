package vn.innohub.plan.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets background reads of plan documents once nobody will look at them again: a job last heard of more than
 * {@code innohub.plan-import.job-retention} (30 days) ago is deleted, daily, on one node. The preview a read produced
 * is not touched (the officer may still be correcting it); each job is deleted as an entity, so the audit trail has
 * the deletion.
 */
@Component
class PlanImportJobPurge {

  private static final Logger log = LoggerFactory.getLogger(PlanImportJobPurge.class);

  private final PlanImportJobRepository jobs;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Duration retention;

  PlanImportJobPurge(PlanImportJobRepository jobs, TransactionTemplate transactions, Clock clock,
      @Value("${innohub.plan-import.job-retention:P30D}") Duration retention) {
    this.jobs = jobs;
    this.transactions = transactions;
    this.clock = clock;
    this.retention = retention;
  }

  @Scheduled(cron = "0 50 3 * * *", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "plan-import-job-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
  void daily() {
    int deleted = purge();
    if (deleted > 0) {
      log.info("Deleted {} plan import jobs older than {}", deleted, retention);
    }
  }

  /** Deletes every job older than the retention, in batches of 500 (one transaction each); answers how many. */
  int purge() {
    int total = 0;
    while (true) {
      Integer deleted = transactions.execute(status -> {
        List<PlanImportJob> old = jobs.findTop500ByUpdatedAtBeforeOrderByIdAsc(clock.instant().minus(retention));
        jobs.deleteAll(old);
        return old.size();
      });
      total += deleted == null ? 0 : deleted;
      if (deleted == null || deleted < 500) {
        return total;
      }
    }
  }
}
