package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 16, point 8: two nodes started at the same moment on one empty database both start, and the first-start
 * seeding (the admin account, the demo province) happens once. Both nodes run in this JVM on a shared named
 * in-memory H2 database (or, with -Ppostgres, on a fresh schema of the test database); a barrier holds each node
 * just before its start-up runners until the other has arrived too, so their seeding really does overlap.
 */
class TwoNodesFirstStartTests {

  private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartWithOneAdminAndOneDemoProvince() throws Exception {
    Database db = Database.fresh();
    CyclicBarrier beforeRunners = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
    List<ConfigurableApplicationContext> started = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        nodes.add(threads.submit(() -> node(db, beforeRunners)));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<ConfigurableApplicationContext> node : nodes) {
        try {
          started.add(node.get(10, TimeUnit.MINUTES));
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      assertThat(failures).as("nodes that failed to start").isEmpty();
      assertThat(started).hasSize(2).allSatisfy(c -> assertThat(c.isRunning()).isTrue());

      JdbcTemplate sql = db.jdbc();
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = 'admin'", Integer.class))
          .as("admin accounts").isEqualTo(1);
      String csv = new ClassPathResource("demo/units.csv").getContentAsString(StandardCharsets.UTF_8);
      long unitRows = csv.lines().filter(l -> !l.isBlank()).count() - 1;
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM org_unit", Long.class)).as("demo units").isEqualTo(unitRows);
      for (String demo : List.of("lanhdao", "canbo.skhcn", "canbo.stc", "canbo.xa", "giamkhao", "thanhvien")) {
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, demo))
            .as(demo).isEqualTo(1);
      }
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM plan", Integer.class)).as("demo plans").isEqualTo(1);
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM directory_profile", Integer.class)).as("demo profiles").isEqualTo(5);
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE", Integer.class))
          .as("failed migrations").isZero();
    } finally {
      started.forEach(ConfigurableApplicationContext::close);
      threads.shutdownNow();
      db.drop();
    }
  }

  private static ConfigurableApplicationContext node(Database db, CyclicBarrier beforeRunners) {
    return new SpringApplicationBuilder(InnohubApplication.class)
        .profiles("test")
        .initializers(context -> ((GenericApplicationContext) context)
            .registerBean(AwaitOtherNode.class, () -> new AwaitOtherNode(beforeRunners)))
        .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--server.port=0", "--innohub.demo.enabled=true", "--innohub.demo.embedded-only=false",
            "--spring.jmx.enabled=false");
  }

  /** Holds each node just before its start-up runners (admin, demo) until the other node is there too. */
  static final class AwaitOtherNode implements ApplicationRunner, Ordered {
    private final CyclicBarrier barrier;

    AwaitOtherNode(CyclicBarrier barrier) {
      this.barrier = barrier;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException, BrokenBarrierException {
      try {
        barrier.await(5, TimeUnit.MINUTES);
      } catch (TimeoutException e) {
        throw new IllegalStateException("the other node never reached its start-up runners", e);
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** An empty database both nodes share: a named in-memory H2 database, or a fresh PostgreSQL schema. */
  record Database(String url, String user, String password, Runnable dropper) {

    static Database fresh() throws Exception {
      String configured = System.getProperty("innohub.test.db.url", "");
      String name = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      if (configured.startsWith("jdbc:postgresql:")) {
        String user = System.getProperty("innohub.test.db.user", "postgres");
        String password = System.getProperty("innohub.test.db.password", "");
        try (Connection c = DriverManager.getConnection(configured, user, password); Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + name);
        }
        String url = configured + (configured.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new Database(url, user, password, () -> {
          try (Connection c = DriverManager.getConnection(configured, user, password);
              Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
      }
      String url = "jdbc:h2:mem:" + name + H2_OPTIONS;
      return new Database(url, "sa", "", () -> {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    JdbcTemplate jdbc() {
      return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    void drop() {
      dropper.run();
    }
  }
}
