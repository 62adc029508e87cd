package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.innohub.Browsers.click;
import static vn.innohub.Browsers.js;
import static vn.innohub.Browsers.scroll;
import static vn.innohub.Browsers.selected;
import static vn.innohub.Browsers.setDate;
import static vn.innohub.Browsers.type;
import static vn.innohub.Browsers.value;
import static vn.innohub.Browsers.waitIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.innohub.Browsers;
import vn.innohub.IntegrationTest;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.FieldErrors;

/**
 * The ecosystem directory in a real browser (Chromium), on an own empty database: a founder registers, enters a
 * startup profile (a wrong tax code first) and sends it for verification; the DOST verifies it as an innovative
 * startup and the public count goes up by one; a visitor on a phone finds it by typing without accents; and text
 * written to every field of a profile stays text on every page that shows it.
 *
 * <p>The journeys run in order and build on each other: the first creates the profile the next two use. The rows of
 * the form (founders, rights, funding rounds) are checked on their own in the last test, disabled while the form
 * drops them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:directory-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryBrowserTests {

  // The member's startup, as typed in the browser.
  private static final String MEMBER = "htx.nongnghiepxanh";
  private static final String MEMBER_PASSWORD = "mat-khau-thanh-vien-2026";
  private static final String NAME = "Hợp tác xã Khởi nghiệp Nông nghiệp Xanh";
  /** The public address worked out by hand: accents dropped, "đ" read as "d", words joined by hyphens. */
  private static final String SLUG = "hop-tac-xa-khoi-nghiep-nong-nghiep-xanh";
  private static final String SUMMARY = "Rau an toàn trồng trong nhà màng, bán qua sàn thương mại điện tử";
  private static final String DESCRIPTION = "Hợp tác xã của 12 hộ dân, dùng cảm biến độ ẩm và tưới nhỏ giọt";
  private static final String COMMUNE = "Xã Bản Lầu";
  private static final String PROVINCE = "Lào Cai";
  private static final String TAX = "5300123456";
  private static final String INVESTOR = "Quỹ Phát triển khoa học và công nghệ tỉnh";
  private static final String TAX_ERROR =
      "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu \"-\" và 3 chữ số (chi nhánh).";

  private static final String ADMIN_PASSWORD = "admin-test-password";

  /**
   * Breaks out of element text, double- and single-quoted attributes, script, textarea and title elements. Any of its
   * pieces that became markup would set window.__xss.
   */
  static final String PAYLOAD = "<script>window.__xss=1</script>\"><img src=x onerror=\"window.__xss=1\">"
      + "'><svg onload=window.__xss=1></script><script>window.__xss=1</script></textarea></title>"
      + "<script>window.__xss=1</script>";

  @Autowired ProfileService profiles;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @Autowired vn.innohub.portal.internal.PortalContent portalContent;
  @Autowired Accounts accounts;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final Browsers.Pair browsers = new Browsers.Pair();
  private Long profileId;

  @BeforeAll
  void chromium() {
    Assumptions.assumeTrue(Browsers.available(), "chromium not installed");
  }

  @AfterAll
  void stop() {
    browsers.quit();
  }

  // --- 1. the founder ------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void aFounderRegistersEntersAStartupAndSendsItForVerification() throws Exception {
    WebDriver b = desktop();
    WebDriverWait wait = waitIn(b);
    b.get(base() + "/register");
    type(b, By.id("username"), MEMBER);
    type(b, By.id("displayName"), "Lò Văn Xanh");
    type(b, By.id("email"), "xanh@example.vn");
    type(b, By.id("password"), MEMBER_PASSWORD);
    type(b, By.id("passwordConfirm"), MEMBER_PASSWORD);
    click(b, b.findElement(By.cssSelector("#main form button[type=submit]")));
    wait.until(ExpectedConditions.urlToBe(base() + "/login"));
    assertThat(b.findElement(By.cssSelector("#main .alert-success")).getText())
        .isEqualTo("Đăng ký thành công. Mời bạn đăng nhập.");
    signIn(b, MEMBER, MEMBER_PASSWORD);

    b.get(base() + "/me/profiles");
    click(b, b.findElement(By.id("newStartup")));
    wait.until(ExpectedConditions.urlToBe(base() + "/me/profiles/new?kind=STARTUP"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profileForm")));

    // Everything right but the tax code (five digits).
    type(b, By.id("name"), NAME);
    type(b, By.id("taxCode"), "12345");
    type(b, By.id("summary"), SUMMARY);
    type(b, By.id("description"), DESCRIPTION);
    setDate(b, By.id("foundedOn"), "2025-03-01");
    type(b, By.id("commune"), COMMUNE);
    type(b, By.id("province"), PROVINCE);
    click(b, b.findElement(By.id("sector-hightech-agri")));
    new Select(b.findElement(By.id("stage"))).selectByValue("EARLY_REVENUE");
    type(b, By.id("teamSize"), "6");
    // Repeated rows are typed as a founder would; whether they are kept is the last test's subject.
    type(b, By.name("founders[0].name"), "Lò Văn Xanh");
    type(b, By.name("founders[0].role"), "Giám đốc");
    click(b, b.findElement(By.id("consent-0")));
    setDate(b, By.name("fundingRounds[0].date"), "2025-09-15");
    // Thousands grouped with dots, as Vietnamese documents print them.
    type(b, By.name("fundingRounds[0].amountVnd"), "1.500.000.000");
    type(b, By.name("fundingRounds[0].investor"), INVESTOR);
    new Select(b.findElement(By.name("fundingRounds[0].type"))).selectByValue("GRANT");
    click(b, b.findElement(By.id("saveProfile")));

    WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formErrors")));
    assertThat(errors.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(TAX_ERROR);
    assertThat(b.getCurrentUrl()).isEqualTo(base() + "/me/profiles?kind=STARTUP");
    assertThat(b.findElement(By.id("taxCode")).getDomAttribute("class")).contains("is-invalid");
    // What was typed is still there, the wrong tax code included, so only it needs retyping.
    assertThat(value(b, By.id("taxCode"))).isEqualTo("12345");
    assertThat(value(b, By.id("name"))).isEqualTo(NAME);
    assertThat(value(b, By.id("summary"))).isEqualTo(SUMMARY);
    assertThat(value(b, By.id("description"))).isEqualTo(DESCRIPTION);
    assertThat(value(b, By.id("foundedOn"))).isEqualTo("2025-03-01");
    assertThat(value(b, By.id("commune"))).isEqualTo(COMMUNE);
    assertThat(value(b, By.id("province"))).isEqualTo(PROVINCE);
    assertThat(b.findElement(By.id("sector-hightech-agri")).isSelected()).isTrue();
    assertThat(b.findElements(By.cssSelector("input[name=sectors]:checked"))).hasSize(1);
    assertThat(selected(b, By.id("stage"))).isEqualTo("EARLY_REVENUE");
    assertThat(value(b, By.id("teamSize"))).isEqualTo("6");
    AccountView founder = accounts.findByUsername(MEMBER).orElseThrow();
    assertThat(founder.roles()).containsExactly(Role.MEMBER);
    assertThat(profiles.mine(new Actor(founder.id(), MEMBER, founder.displayName(), founder.roles(), Set.of())))
        .as("nothing saved").isEmpty();

    WebElement tax = b.findElement(By.id("taxCode"));
    scroll(b, tax);
    tax.clear();
    tax.sendKeys(TAX);
    click(b, b.findElement(By.id("saveProfile")));
    wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(base() + "/me/profiles/") + "\\d+$"));
    Matcher id = Pattern.compile("/me/profiles/(\\d+)$").matcher(b.getCurrentUrl());
    assertThat(id.find()).isTrue();
    long saved = Long.parseLong(id.group(1));
    assertThat(b.findElement(By.cssSelector("#main .alert-success")).getText()).isEqualTo("Đã lưu hồ sơ.");
    assertThat(b.findElement(By.cssSelector("#profileStatus .badge")).getText()).isEqualTo("Bản nháp");
    assertThat(b.findElements(By.id("formErrors"))).isEmpty();
    assertThat(value(b, By.id("taxCode"))).isEqualTo(TAX);
    assertThat(value(b, By.id("foundedOn"))).isEqualTo("2025-03-01");
    assertThat(b.findElement(By.id("sector-hightech-agri")).isSelected()).isTrue();

    // A logo: a file that is not an image is refused where it was chosen; a PNG is kept and shown to the founder.
    java.nio.file.Path notImage = java.nio.file.Files.createTempFile("logo", ".png");
    java.nio.file.Path logo = java.nio.file.Files.createTempFile("logo", ".png");
    try {
      java.nio.file.Files.writeString(notImage, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
      java.nio.file.Files.write(logo, vn.innohub.TestImages.png(300, 150));
      scroll(b, b.findElement(By.id("logo")));
      b.findElement(By.id("logo")).sendKeys(notImage.toAbsolutePath().toString());
      click(b, b.findElement(By.id("uploadLogo")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logoError")));
      assertThat(b.findElement(By.id("logoError")).getText()).contains("PNG").contains("JPEG");
      assertThat(b.findElements(By.id("draftLogo"))).isEmpty();
      b.findElement(By.id("logo")).sendKeys(logo.toAbsolutePath().toString());
      click(b, b.findElement(By.id("uploadLogo")));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("draftLogo")));
      assertThat(b.findElements(By.id("logoError"))).isEmpty();
      wait.until(d -> ((Long) js(d, "return document.getElementById('draftLogo').naturalWidth;")) > 0);
      assertThat((Long) js(b, "return document.getElementById('draftLogo').naturalWidth;")).isEqualTo(300L);
    } finally {
      java.nio.file.Files.deleteIfExists(notImage);
      java.nio.file.Files.deleteIfExists(logo);
    }

    click(b, b.findElement(By.id("submitProfile")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profileStatus"), "Chờ xác minh"));
    assertThat(b.findElement(By.cssSelector("#profileStatus .badge")).getText()).isEqualTo("Chờ xác minh");
    assertThat(b.findElement(By.cssSelector("#main .alert-success")).getText())
        .isEqualTo("Đã gửi hồ sơ để xác minh. Hồ sơ đang chờ duyệt.");
    assertThat(b.findElements(By.id("submitProfile"))).as("sent once").isEmpty();
    // Not public before verification.
    b.get(base() + "/danh-ba/" + SLUG);
    assertThat(b.findElements(By.id("profileName"))).isEmpty();
    profileId = saved;
  }

  // --- 2. the DOST -----------------------------------------------------------------------------------------------

  @Test
  @Order(2)
  void theDostVerifiesItAsAnInnovativeStartupAndThePublicCountGoesUpByOne() {
    assertThat(profileId).as("the founder's profile (first test)").isNotNull();
    WebDriver b = desktop();
    WebDriverWait wait = waitIn(b);
    b.get(base() + "/danh-ba");
    long before = Long.parseLong(b.findElement(By.id("statInnovative")).getText().strip());
    // A plan target "innovative startups recognised" bound to the directory's live count.
    long planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null,
        "Kế hoạch phát triển hệ sinh thái khởi nghiệp", null, 2026, 2030, null, vn.innohub.plan.PlanStatus.IN_FORCE,
        "", 0));
    long targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1",
        "Doanh nghiệp khởi nghiệp sáng tạo được công nhận", "≥ 30 doanh nghiệp", 2030, "", "", null, "", "", "", 0));
    planEditor.bindTarget(planId, targetId, "directory.innovativeStartups");
    By liveActual = By.cssSelector("#dash-target-" + targetId + " td.actual > a");

    b.manage().deleteAllCookies();
    signIn(b, "admin", ADMIN_PASSWORD);
    b.get(base() + "/dashboard?plan=" + planId);
    assertThat(Long.parseLong(b.findElement(liveActual).getText().strip())).isEqualTo(before);
    assertThat(b.findElement(By.cssSelector("#dash-target-" + targetId + " .live-source")).getText()).contains("Trực tiếp");
    b.get(base() + "/admin/directory");
    WebElement link = b.findElement(By.xpath("//main//table//td/a[normalize-space(.)='" + NAME + "']"));
    assertThat(link.getDomProperty("href")).isEqualTo(base() + "/admin/directory/" + profileId);
    click(b, link);
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/directory/" + profileId));
    assertThat(b.findElement(By.cssSelector("#main h1")).getText()).isEqualTo(NAME);
    for (String criterion : List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis",
        "growthPotential")) {
      WebElement box = b.findElement(By.id("check-" + criterion));
      assertThat(box.isEnabled()).as(criterion + " can be ticked").isTrue();
      click(b, box);
      assertThat(box.isSelected()).isTrue();
    }
    assertThat(b.findElement(By.id("check-contactsChecked")).isSelected()).isFalse();
    click(b, b.findElement(By.id("verifyButton")));
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/directory"));
    assertThat(b.findElement(By.cssSelector("#main .alert-success")).getText()).isEqualTo("Đã xác minh và công bố hồ sơ.");
    assertThat(b.findElements(By.xpath("//main//table//td/a[normalize-space(.)='" + NAME + "']"))).isEmpty();

    b.get(base() + "/danh-ba");
    assertThat(Long.parseLong(b.findElement(By.id("statInnovative")).getText().strip())).isEqualTo(before + 1);
    assertThat(b.findElements(By.xpath("//main//h2/a[normalize-space(.)='" + NAME + "']"))).hasSize(1);
    // The bound target on the leaders' dashboard moved with it.
    b.get(base() + "/dashboard?plan=" + planId);
    assertThat(Long.parseLong(b.findElement(liveActual).getText().strip())).isEqualTo(before + 1);
  }

  // --- 3. a visitor on a phone -------------------------------------------------------------------------------------

  @Test
  @Order(3)
  void aVisitorOnAPhoneFindsItTypingWithoutAccents() throws Exception {
    WebDriver b = phone();
    WebDriverWait wait = waitIn(b);
    b.get(base() + "/tim-kiem");
    assertThat((Long) js(b, "return window.innerWidth;")).isEqualTo(390L);
    type(b, By.id("q"), "khoi nghiep nong nghiep");
    click(b, b.findElement(By.id("searchButton")));
    wait.until(ExpectedConditions.urlContains("q=khoi+nghiep+nong+nghiep"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
    assertThat(b.findElement(By.id("resultCount")).getText()).isEqualTo("1 kết quả");
    List<WebElement> hits = b.findElements(By.cssSelector("#results > li > a"));
    assertThat(hits).extracting(WebElement::getText).containsExactly(NAME);
    assertNoSidewaysScrolling(b);
    click(b, hits.get(0));

    wait.until(ExpectedConditions.urlToBe(base() + "/danh-ba/" + SLUG));
    assertThat(b.findElement(By.id("profileName")).getText()).isEqualTo(NAME);
    assertThat(b.findElement(By.cssSelector("#main .badge.text-bg-success")).getText()).isEqualTo("Khởi nghiệp sáng tạo");
    assertThat(b.findElement(By.cssSelector("#main .lead")).getText()).isEqualTo(SUMMARY);
    assertThat(b.findElement(By.tagName("main")).getText())
        .contains("Nông nghiệp công nghệ cao", "01/03/2025", COMMUNE + ", " + PROVINCE, TAX);
    JsonNode ld = jsonLd(b);
    assertThat(ld.get("@type").asText()).isEqualTo("Organization");
    assertThat(ld.get("name").asText()).isEqualTo(NAME);
    assertThat(ld.get("description").asText()).isEqualTo(SUMMARY);
    assertThat(ld.get("taxID").asText()).isEqualTo(TAX);
    assertThat(ld.get("foundingDate").asText()).isEqualTo("2025-03-01");
    assertThat(ld.get("address").get("addressLocality").asText()).isEqualTo(COMMUNE);
    assertThat(ld.get("address").get("addressRegion").asText()).isEqualTo(PROVINCE);
    // The logo the founder uploaded, verified with the profile, loads on the public page.
    WebElement logo = b.findElement(By.id("profileLogo"));
    assertThat(ld.get("logo").asText()).endsWith(new java.net.URI(logo.getDomProperty("src")).getPath());
    wait.until(d -> ((Long) js(d, "return document.getElementById('profileLogo').naturalWidth;")) > 0);
    assertThat((Long) js(b, "return document.getElementById('profileLogo').naturalWidth;")).isEqualTo(300L);
    assertNoSidewaysScrolling(b);

    // Then subscribes to the events calendar: the link serves an iCalendar feed holding the coming event.
    portalContent.saveEvent(null, 0, new vn.innohub.portal.internal.PortalEvent.EventForm("Ngày hội khởi nghiệp Lào Cai",
        "Kết nối nhà đầu tư", null, java.time.Instant.parse("2026-07-01T01:30:00Z"),
        java.time.Instant.parse("2026-07-01T04:30:00Z"), "Hội trường tỉnh", null, "Sở KH&CN", null, null, true),
        new vn.innohub.identity.Actor(0, "admin", "admin", java.util.Set.of(vn.innohub.identity.Role.ADMIN), java.util.Set.of()));
    b.get(base() + "/su-kien");
    WebElement subscribe = b.findElement(By.id("subscribeCalendar"));
    assertThat(subscribe.getDomProperty("href")).isEqualTo(base() + "/lich-su-kien.ics");
    String feed = (String) ((org.openqa.selenium.JavascriptExecutor) b).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0]).then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)));",
        subscribe.getDomProperty("href"));
    assertThat(feed).startsWith("text/calendar").contains("BEGIN:VCALENDAR", "SUMMARY:Ngày hội khởi nghiệp Lào Cai",
        "DTSTART:20260701T013000Z");
  }

  // --- 4. markup in every field stays text ---------------------------------------------------------------------------

  private static String p(String label) {
    return label + " " + PAYLOAD;
  }

  @Test
  @Order(4)
  void markupInEveryFieldStaysTextOnEveryPage() throws Exception {
    String password = "mat-khau-kiem-thu-2026";
    AccountView account = accounts.create(new NewAccount("kiemthu.baomat", "Kiểm thử bảo mật", "baomat@example.vn",
        password, Set.of(Role.MEMBER), Set.of()));
    Actor member = new Actor(account.id(), account.username(), account.displayName(), Set.of(Role.MEMBER), Set.of());
    String website = "https://example.vn/?q='onmouseover='window.__xss=1'";
    String email = "<script>window.__xss=1</script>\"><img/src=x/onerror=window.__xss=1>@example.vn";
    Map<String, String> text = new LinkedHashMap<>();
    for (String field : List.of("name", "summary", "description", "commune", "province", "phone", "address",
        "founderName", "founderRole", "products", "ipNumber", "ipTitle", "investor", "awards", "supportReceived",
        "networks", "services", "capacity", "investmentFocus", "expertise", "languages")) {
      text.put(field, p(field.equals("name") ? "Bảo Mật" : "Mục " + field));
    }
    assertThat(text.get("name")).hasSizeLessThanOrEqualTo(200);
    ProfileData data = new ProfileData(text.get("name"), text.get("summary"), text.get("description"), "5300999888",
        LocalDate.of(2024, 1, 2), text.get("commune"), text.get("province"), List.of("digital"),
        new ProfileData.Startup(ProfileData.Stage.PROTOTYPE, 4,
            List.of(new ProfileData.Founder(text.get("founderName"), text.get("founderRole"), true)),
            text.get("products"),
            List.of(new ProfileData.IpRight(ProfileData.IpType.TRADEMARK, text.get("ipNumber"), text.get("ipTitle"),
                LocalDate.of(2025, 1, 1))),
            List.of(new ProfileData.FundingRound(LocalDate.of(2025, 6, 1), new BigDecimal("200000000"),
                text.get("investor"), ProfileData.RoundType.ANGEL)),
            text.get("awards"), text.get("supportReceived"), true, text.get("networks")),
        new ProfileData.SupportOrg(null, text.get("services"), text.get("capacity")),
        new ProfileData.Fund(null, text.get("investmentFocus"), null, null),
        new ProfileData.Expert(text.get("expertise"), text.get("languages")),
        website, email, text.get("phone"), text.get("address"));

    // A website that would close the href attribute is refused: the link must be http(s) with no quotes or brackets.
    ProfileData badWebsite = new ProfileData(data.name(), data.summary(), data.description(), "5300999777",
        data.foundedOn(), data.commune(), data.province(), data.sectors(), data.startup(), data.supportOrg(),
        data.fund(), data.expert(), "https://example.vn/\"><script>window.__xss=1</script>", data.email(),
        data.phone(), data.address());
    // (Messages follow the request's locale; outside a request, say it is Vietnamese as the pages are.)
    org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
    try {
      assertThatThrownBy(() -> profiles.create(ProfileKind.STARTUP, badWebsite, member))
          .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields())
              .containsExactly(Map.entry("website", "Trang web phải bắt đầu bằng http:// hoặc https://.")));
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    Profile created = profiles.create(ProfileKind.STARTUP, data, member);
    profiles.submit(created.getId(), member);
    long id = created.getId();
    String slug = created.getSlug();

    WebDriver b = desktop();
    WebDriverWait wait = waitIn(b);
    // Without the page's Content-Security-Policy, which forbids inline scripts: what is checked here is the
    // escaping itself, so that an injected script or handler would run and be seen.
    ((ChromeDriver) b).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    b.manage().deleteAllCookies();

    // The owner's own pages: the list and the edit form (values in attributes and text areas).
    signIn(b, "kiemthu.baomat", password);
    b.get(base() + "/me/profiles");
    assertThat(b.findElement(By.cssSelector("#main table a")).getText()).isEqualTo(text.get("name"));
    assertNoScriptRan(b);
    b.get(base() + "/me/profiles/" + id);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profileForm")));
    assertThat(b.findElement(By.cssSelector("#main h1")).getText()).isEqualTo(text.get("name"));
    Map<By, String> inputs = new LinkedHashMap<>();
    for (String field : List.of("name", "summary", "description", "commune", "province", "phone", "address",
        "products", "awards", "supportReceived")) {
      inputs.put(By.id(field), text.get(field));
    }
    inputs.put(By.name("founders[0].name"), text.get("founderName"));
    inputs.put(By.name("founders[0].role"), text.get("founderRole"));
    inputs.put(By.name("ipRights[0].number"), text.get("ipNumber"));
    inputs.put(By.name("ipRights[0].title"), text.get("ipTitle"));
    inputs.put(By.name("fundingRounds[0].investor"), text.get("investor"));
    inputs.put(By.id("website"), website);
    inputs.put(By.id("email"), email);
    inputs.forEach((by, expected) -> assertThat(value(b, by)).as(by.toString()).isEqualTo(expected));
    assertNoScriptRan(b);

    // ADMIN: the queue and the review page, which lists every field of a new profile.
    b.manage().deleteAllCookies();
    signIn(b, "admin", ADMIN_PASSWORD);
    b.get(base() + "/admin/directory");
    WebElement link = b.findElement(By.cssSelector("#main table a[href='/admin/directory/" + id + "']"));
    assertThat(link.getText()).isEqualTo(text.get("name"));
    assertNoScriptRan(b);
    click(b, link);
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/directory/" + id));
    assertThat(b.findElement(By.cssSelector("#main h1")).getText()).isEqualTo(text.get("name"));
    String review = b.findElement(By.id("changes")).getText();
    assertThat(review).contains(text.values()).contains(website, email).doesNotContain("??");
    assertNoScriptRan(b);
    for (String criterion : List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis",
        "growthPotential", "contactsChecked")) {
      click(b, b.findElement(By.id("check-" + criterion)));
    }
    click(b, b.findElement(By.id("verifyButton")));
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/directory"));
    assertThat(b.findElement(By.cssSelector("#main .alert-success")).getText()).isEqualTo("Đã xác minh và công bố hồ sơ.");
    assertNoScriptRan(b);

    // The public pages, signed out: the profile (with its JSON-LD), the list, the search and its suggestions.
    b.manage().deleteAllCookies();
    b.get(base() + "/danh-ba/" + slug);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profileName")));
    assertThat(b.findElement(By.id("profileName")).getText()).isEqualTo(text.get("name"));
    assertThat(b.getTitle()).isEqualTo(text.get("name") + " · InnoHub");
    assertThat(b.findElement(By.cssSelector("meta[name=description]")).getDomAttribute("content")).isEqualTo(text.get("summary"));
    String page = b.findElement(By.tagName("main")).getText();
    for (String field : List.of("summary", "description", "commune", "province", "phone", "products", "ipNumber",
        "ipTitle", "investor", "awards", "services", "investmentFocus", "expertise")) {
      assertThat(page).as(field).contains(text.get(field));
    }
    assertThat(page).contains(text.get("founderName") + " (" + text.get("founderRole") + ")", email);
    WebElement site = b.findElement(By.cssSelector("#main dd a[rel~=nofollow]"));
    assertThat(site.getDomAttribute("href")).isEqualTo(website);
    assertThat(site.getText()).isEqualTo(website);
    assertThat(site.getDomAttribute("onmouseover")).isNull();
    JsonNode ld = jsonLd(b);
    assertThat(ld.get("name").asText()).isEqualTo(text.get("name"));
    assertThat(ld.get("description").asText()).isEqualTo(text.get("summary"));
    assertThat(ld.get("email").asText()).isEqualTo(email);
    assertThat(ld.get("url").asText()).isEqualTo(website);
    assertThat(ld.get("address").get("addressLocality").asText()).isEqualTo(text.get("commune"));
    assertThat(ld.get("address").get("addressRegion").asText()).isEqualTo(text.get("province"));
    assertNoScriptRan(b);

    b.get(base() + "/danh-ba");
    assertThat(b.findElement(By.cssSelector("#main a[href='/danh-ba/" + slug + "']")).getText()).isEqualTo(text.get("name"));
    assertThat(b.findElement(By.tagName("main")).getText()).contains(text.get("summary"));
    assertNoScriptRan(b);

    b.get(base() + "/tim-kiem");
    type(b, By.id("q"), "bao mat");
    // Suggestions are swapped in by htmx, which would run any script element they contained.
    WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions a")));
    assertThat(suggestion.getText()).isEqualTo(text.get("name"));
    assertNoScriptRan(b);
    click(b, b.findElement(By.id("searchButton")));
    wait.until(ExpectedConditions.urlContains("q=bao+mat"));
    assertThat(b.findElement(By.id("resultCount")).getText()).isEqualTo("1 kết quả");
    assertThat(b.findElements(By.cssSelector("#results > li > a"))).extracting(WebElement::getText)
        .containsExactly(text.get("name"));
    assertThat(b.findElement(By.cssSelector("#results > li .small")).getText()).isEqualTo(text.get("summary"));
    assertNoScriptRan(b);

    // What a visitor types is shown back as typed.
    b.get(base() + "/tim-kiem?q=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resultCount")));
    assertThat(value(b, By.id("q"))).isEqualTo(PAYLOAD);
    assertNoScriptRan(b);

    // The check is not vacuous: the same text put into the page as markup is caught.
    js(b, "document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0]);", PAYLOAD);
    assertThatThrownBy(() -> assertNoScriptRan(b)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("window.__xss");
  }

  // --- 5. repeated rows of the form ---------------------------------------------------------------------------------

  /**
   * Founders, intellectual property rights and funding rounds typed in the member's form are kept: shown again when
   * another field is wrong, then saved with the draft.
   */
  @Test
  @Order(5)
  void foundersRightsAndFundingRoundsTypedInTheFormAreSaved() {
    String password = "mat-khau-dong-sang-lap";
    AccountView account = accounts.create(new NewAccount("dongsanglap.sam", "Giàng Thị Sâm", null, password,
        Set.of(Role.MEMBER), Set.of()));
    Actor member = new Actor(account.id(), account.username(), account.displayName(), Set.of(Role.MEMBER), Set.of());
    WebDriver b = desktop();
    WebDriverWait wait = waitIn(b);
    b.manage().deleteAllCookies();
    signIn(b, account.username(), password);
    b.get(base() + "/me/profiles/new?kind=STARTUP");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profileForm")));
    type(b, By.id("name"), "Sâm Ngọc Linh Tả Van");
    type(b, By.id("taxCode"), "53007776");
    type(b, By.name("founders[0].name"), "Giàng Thị Sâm");
    type(b, By.name("founders[0].role"), "Sáng lập");
    click(b, b.findElement(By.id("consent-0")));
    new Select(b.findElement(By.name("ipRights[0].type"))).selectByValue("TRADEMARK");
    type(b, By.name("ipRights[0].number"), "4-0412345");
    type(b, By.name("ipRights[0].title"), "Sâm Tả Van");
    setDate(b, By.name("ipRights[0].grantedOn"), "2025-11-20");
    setDate(b, By.name("fundingRounds[0].date"), "2025-09-15");
    type(b, By.name("fundingRounds[0].amountVnd"), "1.500.000.000");
    type(b, By.name("fundingRounds[0].investor"), INVESTOR);
    new Select(b.findElement(By.name("fundingRounds[0].type"))).selectByValue("GRANT");
    click(b, b.findElement(By.id("saveProfile")));

    // The tax code is wrong (8 digits): the rows are shown again as typed. (All differences are reported at once.)
    WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("formErrors")));
    assertThat(errors.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(TAX_ERROR);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(value(b, By.name("founders[0].name"))).isEqualTo("Giàng Thị Sâm");
    soft.assertThat(value(b, By.name("founders[0].role"))).isEqualTo("Sáng lập");
    soft.assertThat(b.findElement(By.id("consent-0")).isSelected()).isTrue();
    soft.assertThat(selected(b, By.name("ipRights[0].type"))).isEqualTo("TRADEMARK");
    soft.assertThat(value(b, By.name("ipRights[0].number"))).isEqualTo("4-0412345");
    soft.assertThat(value(b, By.name("ipRights[0].title"))).isEqualTo("Sâm Tả Van");
    soft.assertThat(value(b, By.name("ipRights[0].grantedOn"))).isEqualTo("2025-11-20");
    soft.assertThat(value(b, By.name("fundingRounds[0].date"))).isEqualTo("2025-09-15");
    soft.assertThat(value(b, By.name("fundingRounds[0].amountVnd"))).isEqualTo("1.500.000.000");
    soft.assertThat(value(b, By.name("fundingRounds[0].investor"))).isEqualTo(INVESTOR);
    soft.assertThat(selected(b, By.name("fundingRounds[0].type"))).isEqualTo("GRANT");

    WebElement tax = b.findElement(By.id("taxCode"));
    scroll(b, tax);
    tax.clear();
    tax.sendKeys("5300777666");
    click(b, b.findElement(By.id("saveProfile")));
    wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(base() + "/me/profiles/") + "\\d+$"));
    Matcher id = Pattern.compile("/me/profiles/(\\d+)$").matcher(b.getCurrentUrl());
    if (!id.find()) {
      throw new AssertionError(b.getCurrentUrl());
    }
    ProfileData draft = profiles.get(Long.parseLong(id.group(1)), member).draftData();
    soft.assertThat(draft.startup().founders())
        .containsExactly(new ProfileData.Founder("Giàng Thị Sâm", "Sáng lập", true));
    soft.assertThat(draft.startup().ipRights()).containsExactly(new ProfileData.IpRight(ProfileData.IpType.TRADEMARK,
        "4-0412345", "Sâm Tả Van", LocalDate.of(2025, 11, 20)));
    soft.assertThat(draft.startup().fundingRounds()).hasSize(1);
    soft.assertThat(draft.startup().capitalRaised()).isEqualByComparingTo("1500000000");
    draft.startup().fundingRounds().stream().findFirst().ifPresent(round -> {
      soft.assertThat(round.date()).isEqualTo(LocalDate.of(2025, 9, 15));
      soft.assertThat(round.investor()).isEqualTo(INVESTOR);
      soft.assertThat(round.type()).isEqualTo(ProfileData.RoundType.GRANT);
    });
    // And shown again from the draft, the amount now written plainly.
    soft.assertThat(value(b, By.name("founders[0].name"))).isEqualTo("Giàng Thị Sâm");
    soft.assertThat(value(b, By.name("fundingRounds[0].amountVnd"))).isEqualTo("1500000000");
    soft.assertAll();
  }

  // --- helpers -------------------------------------------------------------------------------------------------------

  /**
   * No injected script ran and no injected element exists: window.__xss is unset, no img/svg from the payload, no
   * event-handler attribute, and every script element is either a file of the application or the JSON-LD data. Also
   * proves the check could see a script: an inline script added now does run (the CSP is bypassed).
   */
  private void assertNoScriptRan(WebDriver b) {
    WebDriverWait wait = waitIn(b);
    wait.until(d -> "complete".equals(js(d, "return document.readyState;")));
    wait.until(d -> Boolean.TRUE.equals(js(d, "return Array.from(document.images).every(function (i) { return i.complete; });")));
    String where = b.getCurrentUrl();
    assertThat(js(b, "return typeof window.__xss;")).as("window.__xss on " + where).isEqualTo("undefined");
    assertThat((Long) js(b, "return document.querySelectorAll('img[src=x], [onerror], [onload], [onmouseover]').length;"))
        .as("injected elements on " + where).isZero();
    assertThat((Long) js(b, "return Array.from(document.scripts).filter(function (s) {"
        + " return !s.src && s.type !== 'application/ld+json'; }).length;")).as("inline scripts on " + where).isZero();
    assertThat(js(b, "var s = document.createElement('script'); s.textContent = 'window.__probe = 1;';"
        + " document.body.appendChild(s); var t = typeof window.__probe; delete window.__probe; s.remove(); return t;"))
        .as("an inline script can run on " + where + ", so an injected one would have").isEqualTo("number");
  }

  private void assertNoSidewaysScrolling(WebDriver b) {
    long width = (Long) js(b, "return document.documentElement.scrollWidth;");
    Object wide = js(b, "var w = window.innerWidth, out = [];"
        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
        + " if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
        + "return out.slice(0, 8).join(' | ');");
    assertThat(width).as("no sideways scrolling on a phone at " + b.getCurrentUrl() + ": " + wide).isLessThanOrEqualTo(390);
  }

  private JsonNode jsonLd(WebDriver b) throws Exception {
    assertThat(b.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
    String ld = (String) js(b, "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
    return json.readTree(ld);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void signIn(WebDriver b, String username, String password) {
    Browsers.signIn(b, base(), username, password);
  }

  private WebDriver desktop() {
    return browsers.desktop();
  }

  private WebDriver phone() {
    return browsers.phone();
  }
}
