package vn.innohub.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises first-start seeding (the admin account, the demo province) across nodes that start together on one
 * database: a row of ShedLock's {@code shedlock} table (portable H2/PostgreSQL, released by expiry if a node dies
 * while holding it). A node that finds the lock taken waits for it, then does its own check-if-absent, and so sees
 * what the first node created instead of inserting it a second time.
 */
@Component
public class StartupLock {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final LockProvider locks;
  private final Duration atMostFor;

  StartupLock(DataSource dataSource, @Value("${innohub.startup.lock-at-most-for:PT10M}") Duration atMostFor) {
    this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
        .withJdbcTemplate(new JdbcTemplate(dataSource))
        .usingDbTime()
        .build());
    this.atMostFor = atMostFor;
  }

  /** A step of seeding that may throw. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /**
   * Runs {@code step} while holding the startup lock {@code name}, waiting (up to the lock's own lifetime) while
   * another node holds it.
   */
  public void run(String name, Step step) throws Exception {
    String lockName = "startup-" + name;
    Instant giveUp = Instant.now().plus(atMostFor).plus(atMostFor);
    boolean waited = false;
    while (true) {
      Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), lockName, atMostFor, Duration.ZERO));
      if (lock.isPresent()) {
        if (waited) {
          log.info("Startup step '{}': another node held it; going on now that it is done", name);
        }
        try {
          step.run();
        } finally {
          lock.get().unlock();
        }
        return;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("Startup lock '" + lockName + "' still held after " + atMostFor.multipliedBy(2));
      }
      if (!waited) {
        log.info("Startup step '{}' is being carried out by another node; waiting for it", name);
        waited = true;
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
