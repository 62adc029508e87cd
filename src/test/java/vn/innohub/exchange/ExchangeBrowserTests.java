package vn.innohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.innohub.Browsers.click;
import static vn.innohub.Browsers.setDate;
import static vn.innohub.Browsers.type;
import static vn.innohub.Browsers.waitIn;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.innohub.Browsers;
import vn.innohub.IntegrationTest;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;

/**
 * The exchange's main journey in a real browser (issue 7): an enterprise posts a demand, ADMIN publishes it, the
 * matching offers appear ranked with their reasons, the enterprise expresses interest in the best one, the offer's
 * owner accepts, they exchange a message, a signed contract is recorded, and the plan target bound to "contracts
 * signed" moves on the leaders' dashboard. Contacts stay hidden until the owner accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:exchange-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeBrowserTests {

  private static final String ADMIN_PASSWORD = "admin-test-password";
  private static final String PASSWORD = "mat-khau-doanh-nghiep-2026";
  private static final String ENTERPRISE = "htx.thaoqua.batxat";
  private static final String INSTITUTE = "vien.rauqua";
  private static final String DEMAND = "Cần công nghệ sấy thảo quả giữ màu và tinh dầu";
  private static final String BEST_OFFER = "Máy sấy bơm nhiệt cho thảo quả, quế và dược liệu";
  private static final String OFFER_PHONE = "0243 876 5432";
  private static final String ENTERPRISE_PHONE = "0912 555 777";

  @Autowired ListingService listings;
  @Autowired Accounts accounts;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @LocalServerPort int port;

  private WebDriver browser;

  @BeforeAll
  void chromium() {
    Assumptions.assumeTrue(Browsers.available(), "chromium not installed");
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aDemandFindsItsOfferAndEndsInASignedContractThatMovesTheBoundTarget() {
    Actor institute = member(INSTITUTE, "Viện Nghiên cứu Rau quả");
    member(ENTERPRISE, "HTX Thảo quả Bát Xát");
    Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
    // The institute's published offers: the one that solves the need, and two that share a word or a place with it.
    publish(ListingData.offer(ListingCategory.EQUIPMENT, BEST_OFFER,
        "Sấy lạnh bằng bơm nhiệt ở 40–45 °C, giữ màu đỏ và hàm lượng tinh dầu của quả",
        "Buồng sấy 500 kg/mẻ, điều khiển độ ẩm tự động; đã lắp cho các hợp tác xã thảo quả ở Lào Cai.",
        "food.preservation", 8, "Lào Cai").withContacts("Viện Nghiên cứu Rau quả", "TS. Nguyễn Văn An", OFFER_PHONE,
        "an@vienrauqua.vn"), institute, admin);
    publish(ListingData.offer(ListingCategory.TECHNOLOGY, "Phần mềm quản lý vùng trồng thảo quả",
        "Bản đồ số vùng trồng, nhật ký canh tác và truy xuất nguồn gốc", "Ứng dụng điện thoại cho hợp tác xã.",
        "digital.software", 7, "Lào Cai").withContacts("Viện Nghiên cứu Rau quả", "KS. Lê Bình", "0243 111 222",
        "binh@vienrauqua.vn"), institute, admin);
    publish(ListingData.offer(ListingCategory.TECHNOLOGY, "Giống chè Shan tuyết nhân bằng giâm cành",
        "Quy trình giâm cành chè Shan tuyết cho vùng cao", "Tỷ lệ sống trên 85 %.", "agri.crops", 7, "Hà Giang")
        .withContacts("Viện Nghiên cứu Rau quả", "KS. Trần Chè", "0243 333 444", "che@vienrauqua.vn"), institute, admin);

    // The plan target "technology contracts signed" is bound to the exchange's live count.
    long planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null,
        "Kế hoạch phát triển thị trường khoa học và công nghệ", null, 2026, 2030, null,
        vn.innohub.plan.PlanStatus.IN_FORCE, "", 0));
    long targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1",
        "Hợp đồng chuyển giao công nghệ được ký kết qua sàn", "≥ 20 hợp đồng", 2030, "", "", null, "", "", "", 0));
    planEditor.bindTarget(planId, targetId, "exchange.deals.signed");
    By liveActual = By.cssSelector("#dash-target-" + targetId + " td.actual > a");
    WebDriver b = browser();
    var wait = waitIn(b);
    signIn(b, "admin", ADMIN_PASSWORD);
    b.get(base() + "/dashboard?plan=" + planId);
    long before = Long.parseLong(b.findElement(liveActual).getText().strip());

    // 1. The enterprise posts its demand and sends it for review.
    switchTo(b, ENTERPRISE);
    b.get(base() + "/me/listings");
    click(b, b.findElement(By.id("newDemand")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listingForm")));
    new Select(b.findElement(By.id("category"))).selectByValue("NEED");
    type(b, By.id("title"), DEMAND);
    new Select(b.findElement(By.id("fieldCode"))).selectByValue("food.preservation");
    type(b, By.id("province"), "Lào Cai");
    type(b, By.id("problem"), "Thảo quả phơi nắng bị thâm đen, mất mùi; mùa mưa sấy củi không đều, quả bị mốc.");
    type(b, By.id("desiredOutcome"), "Quả sau sấy giữ màu đỏ nâu và tinh dầu, độ ẩm dưới 13 %, sấy 2 tấn mỗi ngày.");
    type(b, By.id("budgetMinVnd"), "200.000.000");
    type(b, By.id("budgetMaxVnd"), "600.000.000");
    setDate(b, By.id("deadline"), "2026-10-31");
    type(b, By.id("minTrl"), "6");
    setDate(b, By.id("validUntil"), "2026-12-31");
    type(b, By.id("contactName"), "Lù Văn Páo");
    type(b, By.id("contactPhone"), ENTERPRISE_PHONE);
    type(b, By.id("contactEmail"), "pao@htxthaoqua.vn");
    click(b, b.findElement(By.id("saveListing")));
    wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(base() + "/me/listings/") + "\\d+$"));
    Matcher id = Pattern.compile("/me/listings/(\\d+)$").matcher(b.getCurrentUrl());
    assertThat(id.find()).isTrue();
    long demandId = Long.parseLong(id.group(1));
    click(b, b.findElement(By.id("submitListing")));
    wait.until(ExpectedConditions.textToBe(By.id("statusBadge"), "Chờ duyệt"));

    // 2. ADMIN publishes it from the moderation queue.
    switchTo(b, "admin");
    b.get(base() + "/admin/exchange");
    click(b, b.findElement(By.xpath("//table[@id='queue']//a[normalize-space(.)='" + DEMAND + "']")));
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/exchange/" + demandId));
    click(b, b.findElement(By.id("publishListing")));
    wait.until(ExpectedConditions.urlToBe(base() + "/admin/exchange"));

    // 3. The demand's public page ranks the offers, the drying machine first, and says why.
    switchTo(b, ENTERPRISE);
    b.get(base() + "/me/listings/" + demandId);
    click(b, b.findElement(By.cssSelector("#listingStatus a")));
    wait.until(ExpectedConditions.textToBe(By.id("listingTitle"), DEMAND));
    List<WebElement> ranked = b.findElements(By.cssSelector("#matchList > li"));
    assertThat(ranked).isNotEmpty();
    WebElement first = ranked.get(0);
    assertThat(first.findElement(By.tagName("a")).getText()).isEqualTo(BEST_OFFER);
    String reasons = first.findElement(By.className("match-reasons")).getText();
    assertThat(reasons).contains("Cùng lĩnh vực").contains("sấy").contains("TRL 8 ≥ 6");
    assertThat(b.findElements(By.xpath("//ol[@id='matchList']/li/a[normalize-space(.)='"
        + "Giống chè Shan tuyết nhân bằng giâm cành']"))).as("nothing in common: not suggested").isEmpty();

    // 4. Interest in the best offer; its contacts are not shown before the owner accepts.
    click(b, first.findElement(By.tagName("a")));
    wait.until(ExpectedConditions.textToBe(By.id("listingTitle"), BEST_OFFER));
    assertThat(b.getPageSource()).doesNotContain(OFFER_PHONE).doesNotContain("an@vienrauqua.vn");
    type(b, By.id("interestMessage"), "Hợp tác xã muốn lắp một buồng sấy cho vụ thu hoạch tháng 10.");
    type(b, By.id("interestPhone"), ENTERPRISE_PHONE);
    click(b, b.findElement(By.id("expressInterest")));
    wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(base() + "/me/connections/") + "\\d+$"));
    String connection = b.getCurrentUrl();
    assertThat(b.findElement(By.id("connectionStatus")).getText()).isEqualTo("Chờ trả lời");
    assertThat(b.findElements(By.id("contacts"))).isEmpty();
    assertThat(b.getPageSource()).doesNotContain(OFFER_PHONE);

    // 5. The institute accepts, sees the enterprise's contacts and writes first.
    switchTo(b, INSTITUTE);
    b.get(base() + "/me/listings");
    click(b, b.findElement(By.cssSelector("#incoming a")));
    wait.until(ExpectedConditions.urlToBe(connection));
    click(b, b.findElement(By.id("acceptInterest")));
    wait.until(ExpectedConditions.textToBe(By.id("connectionStatus"), "Đã chấp nhận"));
    assertThat(b.findElement(By.id("contacts")).getText()).contains(ENTERPRISE_PHONE);
    type(b, By.id("messageText"), "Viện mời hợp tác xã tham quan buồng sấy mẫu ở Sa Pa ngày 20/6.");
    click(b, b.findElement(By.id("sendMessage")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "buồng sấy mẫu ở Sa Pa"));

    // 6. The enterprise now has the institute's contacts and the message, and records the signed contract.
    switchTo(b, ENTERPRISE);
    b.get(connection);
    assertThat(b.findElement(By.id("contacts")).getText()).contains(OFFER_PHONE).contains("an@vienrauqua.vn");
    assertThat(b.findElement(By.id("messages")).getText()).contains("buồng sấy mẫu ở Sa Pa");
    new Select(b.findElement(By.id("outcome"))).selectByValue("CONTRACT_SIGNED");
    type(b, By.id("dealValueVnd"), "450.000.000");
    setDate(b, By.id("dealDate"), "2026-06-09");
    click(b, b.findElement(By.id("recordOutcome")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentOutcome"), "Đã ký hợp đồng"));
    assertThat(b.findElement(By.id("currentOutcome")).getText()).contains("450.000.000 đ").contains("09/06/2026");

    // 7. The leaders' dashboard: the bound target counts one more signed contract.
    switchTo(b, "admin");
    b.get(base() + "/dashboard?plan=" + planId);
    assertThat(Long.parseLong(b.findElement(liveActual).getText().strip())).isEqualTo(before + 1);
  }

  private Actor member(String username, String name) {
    var a = accounts.create(new NewAccount(username, name, username + "@example.vn", PASSWORD, Set.of(Role.MEMBER),
        Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), a.roles(), Set.of());
  }

  private void publish(ListingData data, Actor owner, Actor admin) {
    long id = listings.create(data.withValidity(java.time.LocalDate.of(2026, 12, 31)), owner).getId();
    listings.submit(id, owner);
    listings.publish(id, admin);
  }

  private void switchTo(WebDriver b, String username) {
    b.manage().deleteAllCookies();
    signIn(b, username, "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void signIn(WebDriver b, String username, String password) {
    Browsers.signIn(b, base(), username, password);
  }

  private WebDriver browser() {
    if (browser == null) {
      browser = Browsers.desktop();
    }
    return browser;
  }
}
