package vn.innohub.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditTrail;

/** Background reads of plan documents are forgotten 30 days after they were last heard of, and the deletion is audited. */
@IntegrationTest
class PlanImportJobPurgeTests {

  @Autowired PlanImportJobPurge purge;
  @Autowired PlanImportJobRepository jobs;
  @Autowired MutableClock clock;
  @Autowired AuditTrail audit;

  private Instant start;

  @AfterEach
  void backInTime() {
    if (start != null) {
      clock.set(start);
    }
  }

  @Test
  void aJobLastHeardOfMoreThanThirtyDaysAgoIsDeletedAndAYoungerOneKept() {
    start = clock.instant();
    // Whatever earlier tests left is older than what this test writes: clear it first with a far future clock.
    clock.advance(Duration.ofDays(400));
    purge.purge();
    long old = jobs.save(new PlanImportJob("purge.owner", "cu.pdf", null, clock.instant())).getId();
    clock.advance(Duration.ofDays(29));
    long young = jobs.save(new PlanImportJob("purge.owner", "moi.pdf", null, clock.instant())).getId();
    clock.advance(Duration.ofDays(1).plusMinutes(1)); // old: 30 days 1 minute; young: 1 day 1 minute

    assertThat(purge.purge()).isEqualTo(1);
    assertThat(jobs.findById(old)).isEmpty();
    assertThat(jobs.findById(young)).isPresent();
    assertThat(purge.purge()).isZero();

    var deletions = audit.search(new AuditQuery(null, null, null, Long.toString(old), null, null), PageRequest.of(0, 20))
        .getContent().stream().filter(r -> r.entityType().contains("PlanImportJob")).toList();
    assertThat(deletions).extracting(r -> r.action()).contains("DELETE");
  }
}
