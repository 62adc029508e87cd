package vn.innohub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import vn.innohub.InnohubApplication;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.ApiTokens;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;

/**
 * Reporting at provincial scale, on PostgreSQL (database given as the first argument, emptied by bench/reporting.sh):
 * (1) opening a period for 150 units on a plan of 60 tasks, each led by one unit and coordinated by every commune
 * ("UBND các xã, phường"), plus 10 targets — 150 reports of 70 items each; (2) saving report drafts over HTTP with
 * 50 officers at once against the application running as its own process. Prints medians and percentiles.
 */
public final class ReportingBenchmark {

  private static final int UNITS = 150;
  private static final int TASKS = 60;
  private static final int TARGETS = 10;
  private static final int OFFICERS = 50;

  private ReportingBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db = args[0];
    int opens = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    // Think time between one officer's saves: 0 = saturation (each officer saves again at once), e.g. 1000 = an
    // autosave a second per officer, far busier than people typing.
    List<Integer> thinks = new ArrayList<>();
    for (String t : (args.length > 3 ? args[3] : "0,1000").split(",")) {
      thinks.add(Integer.parseInt(t));
    }
    String[] props = {"--spring.datasource.url=" + db, "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--innohub.demo.enabled=false", "--innohub.jobs.enabled=false",
        "--innohub.security.admin-password=bench-admin-1", "--logging.level.root=WARN"};
    SpringApplication setup = new SpringApplication(InnohubApplication.class);
    setup.setWebApplicationType(WebApplicationType.NONE);
    List<String> tokens = new ArrayList<>();
    List<Long> openedPeriods = new ArrayList<>();
    try (ConfigurableApplicationContext ctx = setup.run(props)) {
      UnitRegistry units = ctx.getBean(UnitRegistry.class);
      List<UnitDraft> drafts = new ArrayList<>();
      for (int i = 1; i <= UNITS; i++) {
        drafts.add(new UnitDraft(String.format("XB%03d", i), String.format("Xã Thử Nghiệm %03d", i), List.of(),
            UnitType.COMMUNE, null, true));
      }
      List<UnitSummary> created = units.createAll(drafts);
      PlanEditor editor = ctx.getBean(PlanEditor.class);
      long planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch đo hiệu năng báo cáo", null,
          2026, 2030, null, PlanStatus.IN_FORCE, "", 0));
      for (int t = 1; t <= TARGETS; t++) {
        editor.saveTarget(planId, null, new PlanEditor.TargetForm(Integer.toString(t), "Chỉ tiêu " + t, "≥ 100 mô hình",
            2030, "", "", null, "", "UBND các xã, phường", "", 0));
      }
      for (int t = 1; t <= TASKS; t++) {
        editor.saveTask(planId, null, new PlanEditor.TaskForm(Integer.toString(t), null, "Nhiệm vụ " + t, "",
            created.get((t - 1) % UNITS).name(), "UBND các xã, phường", "Hằng năm", "≥ 05 chuyên mục", Set.of(), 0));
      }
      PeriodService periods = ctx.getBean(PeriodService.class);
      List<Long> times = new ArrayList<>();
      PeriodService.OpenResult last = null;
      for (int run = 0; run < opens; run++) {
        long periodId = periods.save(planId, null, "Kỳ đo " + run, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            LocalDate.of(2026, 12, 15), null);
        long start = System.nanoTime();
        last = periods.open(periodId);
        times.add((System.nanoTime() - start) / 1_000_000);
        openedPeriods.add(periodId);
      }
      System.out.printf("OPEN period: %d reports, %d items per run; runs (ms) %s; median %d ms%n", last.newReports(),
          last.newItems(), times, median(times));
      Accounts accounts = ctx.getBean(Accounts.class);
      ApiTokens issuer = ctx.getBean(ApiTokens.class);
      for (int i = 0; i < OFFICERS; i++) {
        long userId = accounts.create(new NewAccount("bench" + i, "Bench " + i, null, "bench-password-1",
            Set.of(Role.UNIT_OFFICER), Set.of(created.get(i).id()))).id();
        tokens.add(issuer.issue(userId, "bench").rawToken());
      }
    }

    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), InnohubApplication.class.getName(), "--server.port=" + port));
    command.addAll(List.of(props));
    Process app = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(Path.of("target", "bench-reporting-app.log").toFile()).start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    try {
      String base = "http://127.0.0.1:" + port;
      waitReady(http, base);
      for (int think : thinks) {
        measureSaves(http, json, base, openedPeriods.get(0), tokens, seconds, think);
      }
    } finally {
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void measureSaves(HttpClient http, ObjectMapper json, String base, long periodId, List<String> tokens,
      int seconds, int think) throws Exception {
    {
      ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
      List<Future<List<Long>>> results = new ArrayList<>();
      long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
      for (int i = 0; i < OFFICERS; i++) {
        String token = tokens.get(i);
        results.add(pool.submit(() -> {
          JsonNode mine = json.readTree(http.send(get(base + "/api/v1/reports", token), HttpResponse.BodyHandlers.ofString()).body());
          JsonNode report = null;
          for (JsonNode r : mine) {
            if (r.get("periodId").asLong() == periodId) {
              report = r;
            }
          }
          long id = report.get("id").asLong();
          long version = report.get("version").asLong();
          JsonNode tasks = report.get("tasks");
          List<Long> latencies = new ArrayList<>();
          int n = 0;
          while (System.nanoTime() < end) {
            n++;
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
              JsonNode t = tasks.get((n * 3 + k) % tasks.size());
              entries.add(Map.of("itemId", t.get("itemId").asLong(), "status", "IN_PROGRESS",
                  "progress", Integer.toString(n % 100), "results", "Lần lưu " + n + ": đã triển khai " + k + " hoạt động"));
            }
            String body = json.writeValueAsString(Map.of("version", version, "tasks", entries));
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
              throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
            }
            version = json.readTree(r.body()).get("version").asLong();
            if (t0 > warmupEnd) {
              latencies.add(took / 1000);
            }
            if (think > 0) {
              Thread.sleep(think);
            }
          }
          return latencies;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : results) {
        all.addAll(f.get());
      }
      pool.shutdown();
      Collections.sort(all);
      System.out.printf("DRAFT SAVE with %d concurrent officers, think time %d ms, over %d s: %d saves, %.1f saves/s; "
              + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", OFFICERS, think, seconds, all.size(),
          all.size() / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1000.0);
    }
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
  }

  private static void waitReady(HttpClient http, String base) throws Exception {
    for (int i = 0; i < 240; i++) {
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("app did not start; see target/bench-reporting-app.log");
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double pct(List<Long> sortedMicros, int p) {
    int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
    return sortedMicros.get(Math.max(0, index)) / 1000.0;
  }
}
