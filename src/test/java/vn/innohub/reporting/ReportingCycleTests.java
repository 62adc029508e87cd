package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.notification.NotificationView;
import vn.innohub.notification.Notifier;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.Plans;

/**
 * One whole six-month reporting cycle on the demo province (its units and accounts, loaded by the demo loader on an
 * own embedded database), with a real SMTP server (GreenMail) and a movable clock: the DOST opens the period, three
 * units report (one late, one from a phone-sized browser), one report is returned and resubmitted, all are
 * approved; then completeness, target actuals, task roll-ups, notifications and e-mails are checked exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:reporting-cycle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "innohub.demo.enabled=true", "innohub.demo.password=demo-password-1"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingCycleTests {

  private static final String PASSWORD = "demo-password-1";
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired MockMvc mvc;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired MutableClock clock;
  @Autowired Plans plans;
  @Autowired Accounts accounts;
  @Autowired Notifier notifier;
  @Autowired vn.innohub.reporting.internal.FollowUp followUp;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private WebDriver browser;

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    SMTP.stop();
  }

  private void at(String date, int hour) {
    clock.set(LocalDate.parse(date).atTime(LocalTime.of(hour, 0)).atZone(VN).toInstant());
  }

  private JsonNode call(MockHttpServletRequestBuilder request, String user, int expectedStatus) throws Exception {
    var response = mvc.perform(request.with(httpBasic(user, user.equals("admin") ? "admin-test-password" : PASSWORD)))
        .andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expectedStatus);
    String body = response.getContentAsString();
    return body.isEmpty() ? null : json.readTree(body);
  }

  private JsonNode send(MockHttpServletRequestBuilder request, Object body, String user, int status) throws Exception {
    return call(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), user, status);
  }

  private static JsonNode item(JsonNode report, String list, String code) {
    for (JsonNode n : report.get(list)) {
      if (n.get("code").asText().equals(code)) {
        return n;
      }
    }
    throw new AssertionError("no " + list + " item " + code + " in " + report);
  }

  private static Map<String, Object> task(JsonNode item, String status, String progress, String results, String quantity,
      String completedOn) {
    Map<String, Object> m = new HashMap<>();
    m.put("itemId", item.get("itemId").asLong());
    m.put("status", status);
    m.put("progress", progress);
    m.put("results", results);
    m.put("quantity", quantity);
    m.put("completedOn", completedOn);
    return m;
  }

  private static Map<String, Object> target(JsonNode item, String actual) {
    return Map.of("itemId", item.get("itemId").asLong(), "actual", actual);
  }

  private long reportOf(String user) throws Exception {
    JsonNode mine = call(get("/api/v1/reports"), user, 200);
    assertThat(mine).as(user + "'s reports").hasSize(1);
    return mine.get(0).get("id").asLong();
  }

  private List<String> kinds(String username) {
    long id = accounts.findByUsername(username).orElseThrow().id();
    List<String> kinds = new ArrayList<>(notifier.recent(id, 100).stream().map(NotificationView::kind).toList());
    java.util.Collections.reverse(kinds);
    return kinds;
  }

  @Test
  void aWholeSixMonthCycle() throws Exception {
    // The e-mails below are counted exactly: no scheduled job (the outbox) may send them behind the test's back.
    assertThat(context.getBeansOfType(org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class))
        .as("scheduling is off in tests: " + java.util.Arrays.toString(context.getBeanNamesForAnnotation(
            org.springframework.scheduling.annotation.EnableScheduling.class))).isEmpty();
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    Assumptions.assumeTrue(chromium || "true".equals(System.getenv("CI")), "chromium not installed");

    at("2026-05-25", 9);
    long planId = plans.importDocument("ke-hoach-chu-ky.txt",
        new ClassPathResource("reporting/ke-hoach-chu-ky.txt").getContentAsByteArray(), PlanStatus.IN_FORCE);

    // The DOST builds the calendar from the usual rules and opens the six-month period on 1 June.
    JsonNode calendar = send(post("/api/v1/plans/" + planId + "/periods/generate"),
        Map.of("rules", "Báo cáo 6 tháng trước ngày 15/6; báo cáo năm trước ngày 15/12."), "admin", 200);
    JsonNode h1 = null;
    for (JsonNode p : calendar) {
      if (p.get("kind").asText().equals("SIX_MONTH") && p.get("year").asInt() == 2026) {
        h1 = p;
      }
    }
    assertThat(h1).isNotNull();
    assertThat(h1.get("unitDue").asText()).isEqualTo("2026-06-15");
    assertThat(calendar).as("a one-year plan: six-month and annual 2026").hasSize(2);
    long periodId = h1.get("id").asLong();
    at("2026-06-01", 8);
    JsonNode opened = call(post("/api/v1/periods/" + periodId + "/open"), "admin", 200);
    assertThat(opened.get("newReports").asInt()).isEqualTo(3);
    assertThat(opened.get("obligatedUnits").asInt()).isEqualTo(3);

    long dost = reportOf("canbo.skhcn");
    long finance = reportOf("canbo.stc");
    long commune = reportOf("canbo.xa");
    JsonNode dostReport = call(get("/api/v1/reports/" + dost), "canbo.skhcn", 200);
    // Sở KH&CN leads task 1 and target 1, coordinates task 4? No: task 4 (2027) is not active in the period.
    assertThat(dostReport.get("tasks")).extracting(n -> n.get("code").asText() + ":" + n.get("lead").asBoolean())
        .containsExactly("1:true");
    assertThat(dostReport.get("targets")).extracting(n -> n.get("code").asText()).containsExactly("1");
    JsonNode financeReport = call(get("/api/v1/reports/" + finance), "canbo.stc", 200);
    assertThat(financeReport.get("tasks")).extracting(n -> n.get("code").asText() + ":" + n.get("lead").asBoolean())
        .containsExactlyInAnyOrder("1:false", "2:true");
    JsonNode communeReport = call(get("/api/v1/reports/" + commune), "canbo.xa", 200);
    assertThat(communeReport.get("tasks")).extracting(n -> n.get("code").asText() + ":" + n.get("lead").asBoolean())
        .containsExactlyInAnyOrder("2:false", "3:true");
    assertThat(item(dostReport, "tasks", "1").get("quantityTarget").asText()).isEqualTo("≥ 05 chuyên mục");

    // Reminders: nothing 14 days ahead; the 7-day reminder on 8 June, once however often the job runs.
    assertThat(followUp.remind().dueSoon()).isZero();
    at("2026-06-08", 7);
    assertThat(followUp.remind().dueSoon()).isEqualTo(3);
    assertThat(followUp.remind().dueSoon()).isZero();

    // Sở KH&CN reports on 10 June with evidence, on time.
    at("2026-06-10", 10);
    call(multipart("/api/v1/reports/" + dost + "/evidence").file(new MockMultipartFile("file", "chuyen-muc.pdf",
        "application/pdf", ReportingTestFiles.pdf())).param("item", "task-" + item(dostReport, "tasks", "1").get("itemId").asLong()),
        "canbo.skhcn", 200);
    Map<String, Object> dostDraft = Map.of("version", dostReport.get("version").asLong(),
        "tasks", List.of(task(item(dostReport, "tasks", "1"), "ONGOING", "50", "Đã đăng 6 chuyên mục", "6", null)),
        "targets", List.of(target(item(dostReport, "targets", "1"), "12")),
        "difficulties", "Thiếu cộng tác viên viết bài", "proposals", "Bố trí thêm kinh phí nhuận bút");
    JsonNode saved = send(put("/api/v1/reports/" + dost), dostDraft, "canbo.skhcn", 200);
    JsonNode submitted = call(post("/api/v1/reports/" + dost + "/submit"), "canbo.skhcn", 200);
    assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.get("late").asBoolean()).isFalse();
    assertThat(saved.get("version").asLong()).isGreaterThan(dostReport.get("version").asLong());

    // Sở Tài chính reports on 13 June (two days left: its 2-day reminder comes first).
    at("2026-06-13", 7);
    assertThat(followUp.remind().dueSoon()).isEqualTo(2);
    at("2026-06-13", 15);
    send(put("/api/v1/reports/" + finance), Map.of("version", financeReport.get("version").asLong(),
        "tasks", List.of(task(item(financeReport, "tasks", "2"), "IN_PROGRESS", "60", "Đã kết nối 7 doanh nghiệp", "7", null),
            task(item(financeReport, "tasks", "1"), "ONGOING", null, "Cung cấp tin bài về chính sách tài chính", null, null)),
        "targets", List.of(target(item(financeReport, "targets", "1"), "9"))), "canbo.stc", 200);
    call(post("/api/v1/reports/" + finance + "/submit"), "canbo.stc", 200);

    // 16 June: the commune has not reported: it is told, and the administrators get one digest.
    at("2026-06-16", 7);
    var run = followUp.remind();
    assertThat(run.overdue()).isEqualTo(1);
    assertThat(run.digests()).isEqualTo(1);
    assertThat(followUp.remind().overdue()).isZero();

    // The commune officer fills the report on a phone and submits it, late.
    at("2026-06-16", 9);
    reportFromPhone(commune, communeReport);
    JsonNode communeAfter = call(get("/api/v1/reports/" + commune), "canbo.xa", 200);
    assertThat(communeAfter.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(communeAfter.get("late").asBoolean()).isTrue();
    assertThat(item(communeAfter, "targets", "2").get("actual").decimalValue()).isEqualByComparingTo("85");

    // The DOST returns Sở Tài chính's report with a comment on its target value; it is corrected and resubmitted.
    at("2026-06-17", 10);
    JsonNode financeNow = call(get("/api/v1/reports/" + finance), "admin", 200);
    String targetKey = "target-" + item(financeNow, "targets", "1").get("itemId").asLong();
    JsonNode returned = send(post("/api/v1/reports/" + finance + "/return"), Map.of("version", financeNow.get("version").asLong(),
        "comment", "Đề nghị rà soát số doanh nghiệp", "items", Map.of(targetKey, "Số liệu chưa khớp danh sách: 8 doanh nghiệp")),
        "admin", 200);
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(item(returned, "targets", "1").get("reviewComment").asText()).contains("8 doanh nghiệp");
    send(put("/api/v1/reports/" + finance), Map.of("version", returned.get("version").asLong(),
        "targets", List.of(target(item(returned, "targets", "1"), "8"))), "canbo.stc", 200);
    JsonNode resubmitted = call(post("/api/v1/reports/" + finance + "/submit"), "canbo.stc", 200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RESUBMITTED");
    assertThat(resubmitted.get("late").asBoolean()).as("the first submission was on time").isFalse();

    // All approved.
    at("2026-06-18", 10);
    for (long id : List.of(dost, finance, commune)) {
      JsonNode r = call(get("/api/v1/reports/" + id), "admin", 200);
      assertThat(send(post("/api/v1/reports/" + id + "/approve"), Map.of("version", r.get("version").asLong()), "admin", 200)
          .get("status").asText()).isEqualTo("APPROVED");
    }
    // Approved reports are locked.
    call(post("/api/v1/reports/" + dost + "/submit"), "canbo.skhcn", 409);

    // Completeness: 3 of 3, one late, all approved.
    JsonNode completeness = call(get("/api/v1/periods/" + periodId + "/completeness"), "lanhdao", 200);
    JsonNode total = completeness.get("total");
    assertThat(List.of(total.get("expected").asInt(), total.get("submitted").asInt(), total.get("onTime").asInt(),
        total.get("late").asInt(), total.get("approved").asInt(), total.get("overdue").asInt()))
        .containsExactly(3, 3, 2, 1, 3, 0);
    Map<String, Integer> byType = new TreeMap<>();
    completeness.get("byUnitType").forEach(r -> byType.put(r.get("label").asText(), r.get("expected").asInt()));
    assertThat(byType).containsEntry("Xã", 1).hasSize(2);

    // Results: target 1 adds up the approved values of both lead units (12 + 8, not the returned 9); target 2 (a
    // ratio) is 17/20 = 85 %; task 3 (due 31/3) is not done, so it is behind schedule.
    JsonNode results = call(get("/api/v1/periods/" + periodId + "/results"), "lanhdao", 200);
    JsonNode t1 = item(results, "targets", "1");
    assertThat(t1.get("actual").decimalValue()).isEqualByComparingTo(new BigDecimal("20"));
    assertThat(t1.get("sources")).extracting(s -> s.get("value").decimalValue().intValue()).containsExactlyInAnyOrder(12, 8);
    assertThat(item(results, "targets", "2").get("actual").decimalValue()).isEqualByComparingTo("85");
    Map<String, String> taskStatus = new TreeMap<>();
    Map<String, Boolean> behind = new TreeMap<>();
    results.get("tasks").forEach(t -> {
      taskStatus.put(t.get("code").asText(), t.get("status").asText());
      behind.put(t.get("code").asText(), t.get("behindSchedule").asBoolean());
    });
    assertThat(taskStatus).isEqualTo(Map.of("1", "ONGOING", "2", "IN_PROGRESS", "3", "IN_PROGRESS"));
    assertThat(behind).isEqualTo(Map.of("1", false, "2", false, "3", true));
    JsonNode rollup = results.get("plan");
    assertThat(rollup.get("tasks").asInt()).isEqualTo(3);
    assertThat(rollup.get("behindSchedule").asInt()).isEqualTo(1);
    assertThat(rollup.get("noData").asInt()).isZero();
    // The trail reaches the evidence: the file Sở KH&CN attached to task 1 is listed on its approved report.
    JsonNode dostFinal = call(get("/api/v1/reports/" + dost), "lanhdao", 200);
    assertThat(item(dostFinal, "tasks", "1").get("evidence").get(0).get("fileName").asText()).isEqualTo("chuyen-muc.pdf");

    // The steering committee's delay warning, on demand: task 3 of this plan.
    JsonNode delays = call(get("/api/v1/reporting/delays"), "lanhdao", 200);
    assertThat(delays).extracting(d -> d.get("code").asText() + "/" + d.get("lastStatus").asText())
        .containsExactly("3/IN_PROGRESS");
    assertThat(followUp.delayDigest(true)).isEqualTo(2);

    // Exactly these notices went out, and no others.
    assertThat(kinds("canbo.skhcn")).containsExactly("PERIOD_OPENED", "DUE_SOON", "REPORT_APPROVED");
    assertThat(kinds("canbo.stc")).containsExactly("PERIOD_OPENED", "DUE_SOON", "DUE_SOON", "REPORT_RETURNED",
        "REPORT_APPROVED");
    assertThat(kinds("canbo.xa")).containsExactly("PERIOD_OPENED", "DUE_SOON", "DUE_SOON", "OVERDUE", "REPORT_APPROVED");
    assertThat(kinds("admin")).containsExactly("OVERDUE_DIGEST", "DELAY_DIGEST");
    assertThat(kinds("lanhdao")).containsExactly("DELAY_DIGEST");
    assertThat(kinds("giamkhao")).isEmpty();
    assertThat(kinds("thanhvien")).isEmpty();

    // E-mail: one per notice to everyone with an address (the bootstrap admin has none), sent by the outbox.
    Map<String, List<String>> expectedMail = new TreeMap<>();
    for (String user : List.of("canbo.skhcn", "canbo.stc", "canbo.xa", "lanhdao", "admin")) {
      AccountView a = accounts.findByUsername(user).orElseThrow();
      if (a.email() != null) {
        expectedMail.put(a.email(), notifier.recent(a.id(), 100).stream().map(n -> "[InnoHub] " + n.subject()).sorted().toList());
      }
    }
    int expectedCount = expectedMail.values().stream().mapToInt(List::size).sum();
    assertThat(notifier.flushMail()).isEqualTo(expectedCount);
    assertThat(notifier.flushMail()).isZero();
    assertThat(SMTP.waitForIncomingEmail(5000, expectedCount)).isTrue();
    Map<String, List<String>> received = new TreeMap<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      received.computeIfAbsent(m.getRecipients(Message.RecipientType.TO)[0].toString(), k -> new ArrayList<>())
          .add(m.getSubject());
    }
    received.values().forEach(list -> list.sort(null));
    assertThat(received).isEqualTo(expectedMail);
    assertThat(expectedCount).isEqualTo(3 + 5 + 5 + 1);
  }

  /** The commune officer signs in on a phone-sized window, fills the report and submits it. */
  private void reportFromPhone(long reportId, JsonNode report) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=vi");
    // A phone: 390 × 844 CSS pixels (an iPhone 12-sized screen), with a mobile user agent and touch.
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
        Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .build(), options);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    String base = "http://localhost:" + port;
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys("canbo.xa");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("loginButton")).click();
    wait.until(ExpectedConditions.urlToBe(base + "/"));
    browser.get(base + "/reporting");
    browser.findElement(By.cssSelector("#myReports a")).click();
    wait.until(ExpectedConditions.urlToBe(base + "/reports/" + reportId));
    long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    Object wide = ((JavascriptExecutor) browser).executeScript("var w = window.innerWidth, out = [];"
        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
        + "return w + ' ' + out.slice(0, 8).join(' | ');");
    long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    assertThat(viewport).isEqualTo(390);
    assertThat(width).as("no sideways scrolling on a phone: " + wide).isLessThanOrEqualTo(viewport);

    long targetItem = item(report, "targets", "2").get("itemId").asLong();
    long taskItem = item(report, "tasks", "3").get("itemId").asLong();
    long coordItem = item(report, "tasks", "2").get("itemId").asLong();
    // target 2 is a ratio of files (issue 17): the commune gives 17 files settled online of 20, its 85 %
    WebElement numerator = browser.findElement(By.id("target-" + targetItem + "-numerator"));
    scroll(numerator);
    numerator.sendKeys("17");
    browser.findElement(By.id("target-" + targetItem + "-denominator")).sendKeys("20");
    new Select(browser.findElement(By.id("task-" + taskItem + "-status"))).selectByValue("IN_PROGRESS");
    WebElement progress = browser.findElement(By.id("task-" + taskItem + "-progress"));
    scroll(progress);
    progress.sendKeys("50");
    WebElement results = browser.findElement(By.id("task-" + taskItem + "-results"));
    scroll(results);
    results.sendKeys("Đã mở 1 lớp tập huấn cho 40 thanh niên");
    WebElement coord = browser.findElement(By.id("task-" + coordItem + "-results"));
    scroll(coord);
    coord.sendKeys("Giới thiệu 3 hộ kinh doanh tham gia");
    // Drafts save themselves: wait for the confirmation before submitting.
    WebElement difficulties = browser.findElement(By.id("difficulties"));
    scroll(difficulties);
    difficulties.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saveStatus"), "Đã tự động lưu"));
    WebElement submit = browser.findElement(By.id("submitReport"));
    scroll(submit);
    submit.click();
    wait.until(ExpectedConditions.textToBe(By.id("reportStatus"), "Đã gửi"));
    assertThat(browser.findElement(By.id("lateBadge")).getText()).isEqualTo("Gửi trễ hạn");
  }

  private void scroll(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
  }
}
