package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.innohub.Browsers.click;
import static vn.innohub.Browsers.js;
import static vn.innohub.Browsers.type;
import static vn.innohub.Browsers.waitIn;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.innohub.Browsers;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestFollowUp;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.contest.internal.Judging;
import vn.innohub.contest.internal.Support;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;

/**
 * A contest end to end in Chromium, on an own database. The organiser's set-up and decisions go through the services;
 * the applicants' steps go through a phone-sized browser: three apply, one submits at 23:59:59 and one is refused at
 * 00:00:00 with what she typed kept; one judge (linked to an applicant's company) is never given that application; the
 * other scores in the browser; the z-score ranking, the published results, the certificate PDF, and a follow-up record
 * moving a bound plan target on the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:contest-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestBrowserTests {

  private static final String PASSWORD = "mat-khau-du-thi-2026";
  private static final String ADMIN_PASSWORD = "admin-test-password";
  private static final String SLUG = "y-tuong-khoi-nghiep-lao-cai-2026";
  private static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  /** 31 March 23:59:59 and 1 April 00:00:00 in Vietnam. */
  private static final Instant LAST_SECOND = Instant.parse("2026-03-31T16:59:59Z");
  private static final Instant DEADLINE = Instant.parse("2026-03-31T17:00:00Z");

  @Autowired ContestService contests;
  @Autowired Judging judging;
  @Autowired ContestFollowUp followUp;
  @Autowired Accounts accounts;
  @Autowired MutableClock clock;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @LocalServerPort int port;

  private final Browsers.Pair browsers = new Browsers.Pair();
  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  @BeforeAll
  void chromium() {
    Assumptions.assumeTrue(Browsers.available(), "chromium not installed");
  }

  @AfterAll
  void stop() {
    browsers.quit();
  }

  private Actor account(String username, String name, Role role) {
    var a = accounts.create(new NewAccount(username, name, username + "@example.vn", PASSWORD, Set.of(role), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(role), Set.of());
  }

  @Test
  void aContestRunsFromApplicationsOnAPhoneToCertificateAndFollowUp() throws Exception {
    clock.set(DURING_INTAKE);
    // Two rounds: intake until 1 April 00:00, and the final; z-score normalisation on.
    Contest contest = contests.create("Cuộc thi Ý tưởng khởi nghiệp Lào Cai 2026", SLUG, true,
        new ContestSpec("Sở Khoa học và Công nghệ Lào Cai", null, List.of("Tỉnh đoàn Lào Cai"),
            List.of("Nông nghiệp công nghệ cao", "Du lịch"), List.of(EligibleGroup.ANY_CITIZEN), "Lào Cai", null,
            List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
                new Round(RoundKind.FINAL, LocalDateTime.of(2026, 5, 20, 8, 0), LocalDateTime.of(2026, 5, 20, 17, 0))),
            List.of(new FormField("mo-ta", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of())),
            Map.of(RoundKind.FINAL, List.of(new Criterion("Tính sáng tạo", null, 2, 10),
                new Criterion("Tính khả thi", null, 1, 10))),
            List.of("Giải Nhất", "Giải Nhì"), "Mỗi người dự thi một hồ sơ.",
            new ContestSpec.Settings(false, true, true, false, 2, 25)), admin);
    Actor hoa = account("hoa.sung", "Sùng Thị Hoa", Role.MEMBER);
    Actor nam = account("nam.lo", "Lò Văn Nam", Role.MEMBER);
    Actor mai = account("mai.vang", "Vàng Thị Mai", Role.MEMBER);
    Actor judge1 = account("gk.mot", "Giám khảo Một", Role.JUDGE);
    Actor judge2 = account("gk.hai", "Giám khảo Hai", Role.JUDGE);

    // 1. Nam (his company is the one judge 1 is linked to) applies and submits during intake.
    WebDriver p = phone();
    long namApp = applyAndFill(p, "nam.lo", "Lò Văn Nam", "Homestay sinh thái Y Tý", "Công ty Du lịch Y Tý",
        "Du lịch", "Nhà nghỉ cộng đồng cho khách leo núi");
    click(p, p.findElement(By.id("submitApplication")));
    waitIn(p).until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
    assertNoSidewaysScrolling(p);
    // 2. Hoa and Mai save drafts.
    long hoaApp = applyAndFill(p, "hoa.sung", "Sùng Thị Hồng Hoa", "Vườn dược liệu thông minh", null,
        "Nông nghiệp công nghệ cao", "Cảm biến độ ẩm cho vườn tam thất");
    click(p, p.findElement(By.id("saveDraft")));
    waitIn(p).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-success"),
        "Đã lưu bản nháp."));
    long maiApp = applyAndFill(p, "mai.vang", "Vàng Thị Mai", "Chợ phiên trực tuyến", null, "Du lịch",
        "Bán thổ cẩm qua mạng");
    click(p, p.findElement(By.id("saveDraft")));
    waitIn(p).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-success"),
        "Đã lưu bản nháp."));

    // 3. Hoa submits at 23:59:59: accepted, with a reference number.
    clock.set(LAST_SECOND);
    signIn(p, "hoa.sung", PASSWORD);
    p.get(base() + "/me/contests");
    click(p, p.findElement(By.id("application-" + hoaApp)));
    click(p, p.findElement(By.id("submitApplication")));
    waitIn(p).until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
    assertThat(p.findElement(By.id("reference")).getText()).matches("CT2026-\\d{4}");
    assertThat(p.findElement(By.id("statusBadge")).getText()).isEqualTo("Đã nộp");

    // 4. Mai opens her form half a minute before midnight, and clicks submit at 00:00:00: refused with the
    // message, her new sentence still in the form.
    clock.set(LAST_SECOND.minusSeconds(29));
    signIn(p, "mai.vang", PASSWORD);
    p.get(base() + "/me/contests/applications/" + maiApp);
    type(p, By.id("answer-mo-ta"), " và khăn thêu tay");
    clock.set(DEADLINE);
    click(p, p.findElement(By.id("submitApplication")));
    waitIn(p).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-danger"),
        "Đã hết hạn nộp hồ sơ."));
    assertThat(p.findElement(By.id("answer-mo-ta")).getDomProperty("value"))
        .isEqualTo("Bán thổ cẩm qua mạng và khăn thêu tay");
    assertThat(p.findElement(By.id("statusBadge")).getText()).isEqualTo("Bản nháp");
    p.get(base() + "/cuoc-thi/" + SLUG);
    assertThat(p.findElements(By.id("applyButton"))).isEmpty();
    assertThat(p.findElement(By.id("intakeClosed")).getText()).isEqualTo("Đã hết hạn nộp hồ sơ.");

    // 5. The organiser screens, sets up the final's panel (judge 1 linked to Nam's company) and assigns.
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    contests.screen(hoaApp, true, null, admin);
    contests.screen(namApp, true, null, admin);
    judging.addJudge(contest.getId(), RoundKind.FINAL, "gk.mot", List.of("Du lịch"), List.of("Công ty Du lịch Y Tý"), admin);
    judging.addJudge(contest.getId(), RoundKind.FINAL, "gk.hai", List.of("Nông nghiệp công nghệ cao"), List.of(), admin);
    judging.assign(contest.getId(), RoundKind.FINAL, admin);
    Map<Long, Set<Long>> judgesOf = judging.assignments(contest.getId(), RoundKind.FINAL).stream()
        .collect(Collectors.groupingBy(x -> x.getApplicationId(),
            Collectors.mapping(x -> x.getJudgeUserId(), Collectors.toSet())));
    assertThat(judgesOf.get(hoaApp)).containsExactlyInAnyOrder(judge1.userId(), judge2.userId());
    assertThat(judgesOf.get(namApp)).containsExactly(judge2.userId());

    // 6. Judge 2 scores both in the browser (a score over the maximum first); judge 1 scores Hoa's.
    clock.set(Instant.parse("2026-05-20T03:00:00Z"));
    WebDriver d = desktop();
    signIn(d, "gk.hai", PASSWORD);
    d.get(base() + "/judge/contests");
    click(d, d.findElement(By.id("judge-app-" + hoaApp)));
    type(d, By.id("score-0"), "12");
    type(d, By.id("score-1"), "7");
    type(d, By.id("comment-0"), "Ý tưởng mới cho vùng cao");
    click(d, d.findElement(By.id("saveScores")));
    waitIn(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("formErrors")));
    assertThat(d.findElement(By.id("formErrors")).getText()).contains("«Tính sáng tạo»: điểm phải từ 0 đến 10");
    d.findElement(By.id("score-0")).clear();
    type(d, By.id("score-0"), "8");
    click(d, d.findElement(By.id("saveScores")));
    waitIn(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-success"),
        "Đã lưu điểm."));
    d.get(base() + "/judge/applications/" + namApp);
    type(d, By.id("score-0"), "6");
    type(d, By.id("score-1"), "5");
    click(d, d.findElement(By.id("saveScores")));
    waitIn(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-success"),
        "Đã lưu điểm."));
    judging.score(hoaApp, List.of("9", "9"), List.of("Rất khả thi", ""), judge1);
    signIn(d, "gk.mot", PASSWORD);
    d.get(base() + "/judge/applications/" + namApp);
    assertThat(d.getPageSource()).doesNotContain("Homestay sinh thái Y Tý");

    // 7. Normalised ranking worked out by hand. Totals = (s1/10×2 + s2/10×1)/3×100.
    // Judge 2: Hoa (8,7) = 76.667, Nam (6,5) = 56.667 → z +1, −1. Judge 1 scored only Hoa → z 0.
    // Means of z: Hoa (1 + 0)/2 = 0.5, Nam −1 → Hoa first, then Nam.
    var ranking = judging.ranking(contest.getId(), RoundKind.FINAL);
    assertThat(ranking).extracting(r -> r.application().getId()).containsExactly(hoaApp, namApp);
    assertThat(ranking.get(0).result().score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ranking.get(1).result().score()).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
    clock.set(Instant.parse("2026-06-01T03:00:00Z"));
    judging.publish(contest.getId(), admin);

    // 8. Hoa sees her prize, scores and comments on the phone, and downloads her certificate.
    signIn(p, "hoa.sung", PASSWORD);
    p.get(base() + "/me/contests/applications/" + hoaApp);
    assertThat(p.findElement(By.id("awardNote")).getText()).contains("Giải Nhất");
    assertThat(p.findElement(By.id("ownScores")).getText()).contains("Ý tưởng mới cho vùng cao").contains("Rất khả thi");
    String href = p.findElement(By.id("certificateLink")).getDomProperty("href");
    String cookies = p.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
        .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("Sùng Thị Hồng Hoa").contains("Giải Nhất");
    }
    p.get(base() + "/cuoc-thi/" + SLUG);
    assertThat(p.findElement(By.id("winner-1")).getText()).contains("Vườn dược liệu thông minh")
        .contains("Sùng Thị Hồng Hoa");
    assertNoSidewaysScrolling(p);
    p.get(base() + "/cuoc-thi");
    assertThat(p.findElement(By.id("archive-" + SLUG)).getText()).isEqualTo("Cuộc thi Ý tưởng khởi nghiệp Lào Cai 2026");

    // 9. Follow-up: delivered funding moves a plan target bound to the contest statistic, on the dashboard.
    long planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null,
        "Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo", null, 2026, 2030, null, vn.innohub.plan.PlanStatus.IN_FORCE,
        "", 0));
    long targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1",
        "Dự án được hỗ trợ sau cuộc thi", "≥ 10 dự án", 2030, "", "", null, "", "", "", 0));
    planEditor.bindTarget(planId, targetId, ContestFollowUp.SUPPORTED);
    By liveActual = By.cssSelector("#dash-target-" + targetId + " td.actual > a");
    d.manage().deleteAllCookies();
    signIn(d, "admin", ADMIN_PASSWORD);
    d.get(base() + "/dashboard?plan=" + planId);
    assertThat(d.findElement(liveActual).getText().strip()).isEqualTo("0");
    followUp.record(hoaApp, Support.Kind.INCUBATION, null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
        "Vườn ươm tỉnh, quyết định 45/QĐ", admin);
    followUp.record(hoaApp, Support.Kind.FUNDING, new BigDecimal("150000000"), LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 6, 1), "Quỹ KH&CN tỉnh", admin);
    d.get(base() + "/dashboard?plan=" + planId);
    assertThat(d.findElement(liveActual).getText().strip()).isEqualTo("1");
    assertThat(followUp.value(ContestFollowUp.FUNDING).orElseThrow()).isEqualByComparingTo("150000000");
    assertThat(contests.getApplication(maiApp).getStatus()).isEqualTo(ContestApplication.Status.DRAFT);
  }

  /** Signs in, opens the contest page, applies and fills the form (no save yet); returns the application id. */
  private long applyAndFill(WebDriver b, String username, String name, String title, String organisation,
      String theme, String description) {
    signIn(b, username, PASSWORD);
    b.get(base() + "/cuoc-thi/" + SLUG);
    click(b, b.findElement(By.id("applyButton")));
    waitIn(b).until(ExpectedConditions.urlMatches(base() + "/me/contests/applications/\\d+"));
    long id = Long.parseLong(b.getCurrentUrl().replaceAll(".*/", ""));
    type(b, By.id("title"), title);
    b.findElement(By.id("applicantName")).clear();
    type(b, By.id("applicantName"), name);
    new Select(b.findElement(By.id("theme"))).selectByValue(theme);
    if (organisation != null) {
      type(b, By.id("organisation"), organisation);
    }
    new Select(b.findElement(By.id("group"))).selectByValue("ANY_CITIZEN");
    type(b, By.id("province"), "Lào Cai");
    type(b, By.id("answer-mo-ta"), description);
    return id;
  }

  private void assertNoSidewaysScrolling(WebDriver b) {
    long width = (Long) js(b, "return document.documentElement.scrollWidth;");
    Object wide = js(b, "var w = window.innerWidth, out = [];"
        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.right > 391) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
        + "return window.innerWidth + ' ' + out.slice(0, 8).join(' | ');");
    assertThat(width).as("no sideways scrolling on a phone at " + b.getCurrentUrl() + ": " + wide).isLessThanOrEqualTo(390);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void signIn(WebDriver b, String username, String password) {
    b.manage().deleteAllCookies();
    Browsers.signIn(b, base(), username, password);
  }

  private WebDriver desktop() {
    return browsers.desktop();
  }

  private WebDriver phone() {
    return browsers.phone();
  }
}
