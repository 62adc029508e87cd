package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator uploads a signed plan as a PDF on the web import page (issue 18): the progress page shows the
 * document being read, then the preview shows the task with its lead agency joined across the cell's wrapped lines
 * ("Sở Khoa học và" / "Công nghệ" → "Sở Khoa học và Công nghệ"); the officer commits and the plan has that task.
 * The PDF is drawn here with PDFBox: a title, and a ruled table whose lead agency cells wrap over two lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanImportPdfBrowserTests {

  private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  private static final String TITLE = "Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh năm 2026 bằng tệp PDF";
  private static final String TASK = "Xây dựng Cổng thông tin khởi nghiệp đổi mới sáng tạo của tỉnh";
  private static final String LEAD = "Sở Khoa học và Công nghệ";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private WebDriver browser;
  private Path pdf;

  @BeforeAll
  void start() throws IOException {
    boolean ci = "true".equals(System.getenv("CI"));
    if (!Browsers.available() || !Files.isReadable(FONT)) {
      System.out.println("NOTICE: PlanImportPdfBrowserTests skipped: needs /usr/bin/chromium, chromedriver and " + FONT);
    }
    Assumptions.assumeTrue(Browsers.available() && (ci || Files.isReadable(FONT)), "chromium or DejaVu font missing");
    pdf = Files.createTempFile("ke-hoach-", ".pdf");
    Files.write(pdf, WrappedAgencyPdf.plan(FONT, TITLE));
    browser = Browsers.desktop();
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(1));
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (pdf != null) {
      Files.deleteIfExists(pdf);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  @Test
  void anOfficerUploadsAPdfWatchesItBeingReadSeesTheWrappedLeadAgencyJoinedAndCommits() {
    Browsers.signIn(browser, url(""), "admin", "admin-test-password");
    browser.get(url("/plans/import"));
    browser.findElement(By.id("file")).sendKeys(pdf.toString());
    Browsers.click(browser, browser.findElement(By.id("previewButton")));

    // the progress page, then (its first poll) the preview
    waitUpTo(60).ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.id("summary")).isEmpty() || !d.findElements(By.id("jobError")).isEmpty());
    List<WebElement> error = browser.findElements(By.id("jobError"));
    if (!error.isEmpty()) {
      throw new AssertionError("the PDF was not read: " + error.get(0).getText());
    }
    assertThat(Browsers.js(browser, "return document.referrer;")).as("the page the preview was opened from")
        .asString().contains("/plans/import/jobs/");
    String job = String.valueOf(Browsers.js(browser, "return document.referrer;"));
    long jobId = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
    assertThat(jdbc.queryForObject("SELECT status FROM plan_import_job WHERE id = ?", String.class, jobId)).isEqualTo("DONE");
    assertThat(jdbc.queryForObject("SELECT pages_total FROM plan_import_job WHERE id = ?", Integer.class, jobId)).isEqualTo(1);

    WebElement tasks = browser.findElement(By.id("previewTasks"));
    List<WebElement> rows = tasks.findElements(By.cssSelector("tbody tr"));
    WebElement row = rows.stream().filter(r -> r.getText().contains(TASK)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for the task in " + tasks.getText()));
    // columns: STT, section, task, lead, coordinating, time
    List<WebElement> cells = row.findElements(By.tagName("td"));
    assertThat(cells.get(0).getText()).isEqualTo("1");
    assertThat(cells.get(3).findElement(By.tagName("span")).getText()).isEqualTo(LEAD);
    assertThat(cells.get(4).findElement(By.tagName("span")).getText()).isEqualTo("Sở Tài chính");
    assertThat(cells.get(5).findElement(By.tagName("span")).getText()).isEqualTo("Năm 2026");
    WebElement second = rows.stream().filter(r -> r.getText().contains("Tổ chức Ngày hội khởi nghiệp")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for task 2 in " + tasks.getText()));
    assertThat(second.findElements(By.tagName("td")).get(3).findElement(By.tagName("span")).getText())
        .isEqualTo("Tỉnh đoàn");
    assertThat(second.findElements(By.tagName("td")).get(4).findElement(By.tagName("span")).getText()).isEqualTo(LEAD);

    browser.findElement(By.id("commitButton")).submit();
    waitUpTo(30).ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("annexTasks")));
    assertThat(browser.findElement(By.id("planTitle")).getText()).isEqualTo(TITLE);
    assertThat(browser.findElement(By.id("annexTasks")).getText()).contains(TASK).contains(LEAD);

    long planId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/plans/(\\d+).*", "$1"));
    assertThat(jdbc.queryForList("SELECT lead_text FROM plan_task WHERE plan_id = ? AND name = ?", String.class, planId, TASK))
        .containsExactly(LEAD);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_task WHERE plan_id = ?", Integer.class, planId)).isEqualTo(2);
  }
}
