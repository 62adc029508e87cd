package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.innohub.IntegrationTest;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * No acknowledged submission is ever lost. The application runs as its own process on the PostgreSQL test database;
 * 50 unit officers submit at once over the API; the process is killed (SIGKILL) while submissions are in flight; a new
 * process starts on the same database, and every submission that was answered 200 is there, intact. Submissions
 * that got no answer are either wholly in or wholly out. PostgreSQL only (H2 in memory has no life beyond the process).
 */
@IntegrationTest
class SubmissionDurabilityTests {

  private static final int UNITS = 50;
  private static final String PASSWORD = "durability-password-1";

  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void acknowledgedSubmissionsSurviveAKill() throws Exception {
    String url = System.getProperty("innohub.test.db.url", "");
    boolean postgres = url.startsWith("jdbc:postgresql:");
    if (!postgres) {
      System.out.println("NOTICE: SubmissionDurabilityTests runs on PostgreSQL only (./mvnw verify -Ppostgres)");
    }
    Assumptions.assumeTrue(postgres, "PostgreSQL test database");

    // 50 units, one officer each, one task each in a plan, and an open period.
    String s = Long.toString(System.nanoTime() % 10_000_000);
    long planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch độ bền " + s, null, 2026, 2026,
        null, PlanStatus.IN_FORCE, "", 0));
    List<String> officers = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      String name = "Đơn vị bền " + s + " số " + i;
      long unit = units.create(new UnitDraft("DB" + s + "-" + i, name, List.of(), UnitType.COMMUNE, null, true)).id();
      String officer = "db" + s + "u" + i;
      long userId = accounts.create(new NewAccount(officer, officer, null, PASSWORD, Set.of(Role.UNIT_OFFICER), Set.of(unit))).id();
      officers.add(officer);
      actors.add(new Actor(userId, officer, officer, Set.of(Role.UNIT_OFFICER), Set.of(unit)));
      editor.saveTask(planId, null, new PlanEditor.TaskForm(Integer.toString(i + 1), null, "Nhiệm vụ " + i, "", name, "",
          "Năm 2026", "", Set.of(), 0));
    }
    long periodId = periods.save(planId, null, "Kỳ độ bền", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        LocalDate.of(2026, 12, 31), null);
    periods.open(periodId);
    long[] reportIds = new long[UNITS];
    long[] itemIds = new long[UNITS];
    for (int i = 0; i < UNITS; i++) {
      var view = reports.mine(actors.get(i)).get(0);
      reportIds[i] = view.id();
      itemIds[i] = view.tasks().get(0).itemId();
    }

    Path log = Path.of("target", "durability-app.log");
    int port = freePort();
    Process app = start(port, log);
    Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    try {
      awaitReady(port, app, log);
      ExecutorService pool = Executors.newFixedThreadPool(UNITS);
      CountDownLatch go = new CountDownLatch(1);
      AtomicInteger answered = new AtomicInteger();
      CountDownLatch enough = new CountDownLatch(UNITS / 5);
      for (int i = 0; i < UNITS; i++) {
        int n = i;
        pool.submit(() -> {
          String results = "Kết quả của đơn vị " + n + " — " + "x".repeat(200 + n);
          String body = json.writeValueAsString(Map.of("tasks", List.of(Map.of("itemId", itemIds[n], "status", "DONE",
              "progress", "100", "results", results)), "difficulties", "Khó khăn " + n));
          go.await();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/reports/" + reportIds[n] + "/submit"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (officers.get(n) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
              acknowledged.put(n, results);
              answered.incrementAndGet();
              enough.countDown();
            }
          } catch (IOException e) {
            // The process died under this request: no answer, no promise.
          }
          return null;
        });
      }
      go.countDown();
      // Kill the process as soon as a fifth of the units were answered: the rest are in flight or queued.
      assertThat(enough.await(120, TimeUnit.SECONDS)).as("first answers; see " + log).isTrue();
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      pool.shutdown();
      assertThat(pool.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
      System.out.printf("Durability: %d of %d submissions acknowledged before the kill%n", acknowledged.size(), UNITS);
      assertThat(acknowledged.size()).isBetween(UNITS / 5, UNITS);
    } finally {
      app.destroyForcibly();
    }

    // A new process on the same database: every acknowledged submission is there and intact.
    int port2 = freePort();
    Process again = start(port2, Path.of("target", "durability-app-restart.log"));
    try {
      awaitReady(port2, again, Path.of("target", "durability-app-restart.log"));
      int submitted = 0;
      for (int i = 0; i < UNITS; i++) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port2
                + "/api/v1/reports/" + reportIds[i]))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (officers.get(i) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(r.body());
        String status = report.get("status").asText();
        JsonNode task = report.get("tasks").get(0);
        if (acknowledged.containsKey(i)) {
          assertThat(status).as("unit " + i).isEqualTo("SUBMITTED");
          assertThat(task.get("results").asText()).isEqualTo(acknowledged.get(i));
          assertThat(task.get("status").asText()).isEqualTo("DONE");
          assertThat(report.get("difficulties").asText()).isEqualTo("Khó khăn " + i);
        }
        if (status.equals("SUBMITTED")) {
          submitted++;
          assertThat(task.get("results").asText()).as("a submission is all or nothing").startsWith("Kết quả của đơn vị " + i);
        } else {
          assertThat(status).isEqualTo("DRAFT");
          assertThat(task.get("results").isNull()).as("nothing half-written for unit " + i).isTrue();
        }
      }
      assertThat(submitted).isGreaterThanOrEqualTo(acknowledged.size());
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
      again.destroyForcibly();
    }
  }

  private Process start(int port, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "vn.innohub.InnohubApplication",
        "--server.port=" + port,
        "--spring.datasource.url=" + System.getProperty("innohub.test.db.url"),
        "--spring.datasource.username=" + System.getProperty("innohub.test.db.user", "postgres"),
        "--spring.datasource.password=" + System.getProperty("innohub.test.db.password", ""),
        "--innohub.demo.enabled=false", "--innohub.jobs.enabled=false",
        "--innohub.security.admin-password=durability-admin-1", "--logging.level.root=WARN");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private void awaitReady(int port, Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the application process; see " + log).isTrue();
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/actuator/health/readiness")).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the application did not start in 120 s; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
