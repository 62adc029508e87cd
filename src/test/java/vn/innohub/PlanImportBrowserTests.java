package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator imports the Lào Cai seed plan through the browser, corrects one flagged schedule in the preview,
 * commits, and reads the Phụ lục II table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanImportBrowserTests {

  private static final Path SEED = Path.of("..", "shared", "seeds", "000_13cc19d9a23b1fcc.txt").toAbsolutePath().normalize();

  @LocalServerPort int port;
  private WebDriver browser;

  @BeforeAll
  void start() {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    boolean seed = Files.isReadable(SEED);
    if (!ci && (!chromium || !seed)) {
      System.out.println("NOTICE: PlanImportBrowserTests skipped: needs /usr/bin/chromium, chromedriver and ../shared/seeds");
    }
    Assumptions.assumeTrue(ci || (chromium && seed), "chromium or seeds missing");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  @Test
  void anOfficerImportsASeedPlanCorrectsAFlaggedScheduleAndSeesAnnexII() {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("admin-test-password");
    browser.findElement(By.id("loginButton")).click();
    waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));

    browser.get(url("/plans/import"));
    browser.findElement(By.id("file")).sendKeys(SEED.toString());
    browser.findElement(By.id("previewButton")).click();
    waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));

    assertThat(browser.findElement(By.id("targetCount")).getText()).isEqualTo("21");
    assertThat(browser.findElement(By.id("taskCount")).getText()).isEqualTo("61");
    int flagsBefore = Integer.parseInt(browser.findElement(By.id("flagCount")).getText());

    // Task 16 ("Theo tiến độ hướng dẫn của Trung ương") has no date: the officer sets one.
    WebElement row = browser.findElement(By.id("task-16"));
    assertThat(row.getText()).contains("Theo tiến độ hướng dẫn của Trung ương").contains("Cần xác định thời hạn");
    WebElement schedule = row.findElement(By.cssSelector("input.schedule-input"));
    schedule.clear();
    schedule.sendKeys("Quý IV/2026");
    schedule.sendKeys(org.openqa.selenium.Keys.ENTER);
    // The correction reloads the page: wait for the old row to go, then for the corrected one.
    waitUpTo(10).until(ExpectedConditions.stalenessOf(row));
    waitUpTo(10).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("task-16")).getText().contains("Quý IV/2026"));

    WebElement corrected = browser.findElement(By.id("task-16"));
    assertThat(corrected.getText()).contains("DUE 31/12/2026").doesNotContain("Cần xác định thời hạn");
    assertThat(Integer.parseInt(browser.findElement(By.id("flagCount")).getText())).isEqualTo(flagsBefore - 1);

    browser.findElement(By.id("commitButton")).submit();
    waitUpTo(20).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("annexTasks")));

    assertThat(browser.findElement(By.id("planTitle")).getText())
        .isEqualTo("Phát triển Hệ sinh thái khởi nghiệp, đổi mới sáng tạo tỉnh Lào Cai giai đoạn 2026 - 2030");
    WebElement annex = browser.findElement(By.id("annexTasks"));
    List<WebElement> rows = annex.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(61 + 8); // 61 tasks under 8 section rows
    assertThat(rows.get(0).getText()).startsWith("I. Truyền thông");
    assertThat(annex.getText()).contains("Quý IV/2026").contains("Hạn 31/12/2026")
        .contains("Xây dựng Sàn Giao dịch khoa học và Công nghệ");
    assertThat(browser.findElements(By.cssSelector("#annexTargets tbody tr"))).hasSize(21);
  }
}
