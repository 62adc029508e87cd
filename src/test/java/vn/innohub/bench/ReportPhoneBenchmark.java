package vn.innohub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.internal.PeriodService;

/**
 * Issue 17 bench (not part of the suite: the class name matches no surefire pattern): the DOST's report on the Lào Cai
 * seed plan, opened on a 390 px phone. Prints the page height, the number of items, and the taps (and the scrolling)
 * from opening the report to an autosaved status of one task in the middle of the list. Run with
 * {@code ./mvnw -B -ntp -o test -Dtest=ReportPhoneBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:report-phone-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "innohub.demo.enabled=true", "innohub.demo.password=demo-password-1"})
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
class ReportPhoneBenchmark {

  private static final Path SEED = Path.of("..", "shared", "seeds", "000_13cc19d9a23b1fcc.txt");

  @Autowired MutableClock clock;
  @Autowired Plans plans;
  @Autowired PeriodService periods;
  @LocalServerPort int port;

  /** With -Dbench.screenshots=DIR, a screenshot of the phone's screen (to look at the layout). */
  private static void shot(ChromeDriver phone, String name) throws java.io.IOException {
    String dir = System.getProperty("bench.screenshots");
    if (dir != null) {
      Files.write(Path.of(dir, name + ".png"), phone.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
  }

  private static long top(ChromeDriver phone, WebElement element) {
    return ((Number) Browsers.js(phone, "return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY);",
        element)).longValue();
  }

  @Test
  void theDostsReportOnAPhone() throws Exception {
    Assumptions.assumeTrue(Browsers.available() && Files.isReadable(SEED), "chromium or the seeds missing");
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    long planId = plans.importDocument("lao-cai.txt", Files.readAllBytes(SEED), PlanStatus.IN_FORCE);
    long periodId = periods.save(planId, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
    periods.open(periodId);
    String base = "http://localhost:" + port;
    ChromeDriver phone = Browsers.phone();
    try {
      Browsers.signIn(phone, base, "canbo.skhcn", "demo-password-1");
      phone.get(base + "/reporting");
      String href = phone.findElements(By.cssSelector("a[href^='/reports/']")).get(0).getDomAttribute("href");
      long start = System.nanoTime();
      phone.get(base + href);
      double loadMs = (System.nanoTime() - start) / 1e6;
      Number height = (Number) Browsers.js(phone, "return document.documentElement.scrollHeight;");
      shot(phone, "report-top");
      List<WebElement> selects = phone.findElements(By.cssSelector("select[name$='-status']"));
      int targets = phone.findElements(By.cssSelector("input[name$='-actual']")).size();
      System.out.printf("BENCH report items: %d tasks, %d targets%n", selects.size(), targets);
      System.out.printf("BENCH page height at 390 px: %d px (load %.0f ms)%n", height.longValue(), loadMs);

      // One task in the middle of the list: its status is set to "Đang thực hiện" and autosaved. Taps are counted;
      // "scrolled" is how far down the page the finger has to swipe to reach what it taps.
      WebElement select = selects.get(selects.size() / 2);
      String name = select.getDomAttribute("name");
      String group = "task-" + name.split("-")[1];
      int taps = 0;
      long scrolled;
      if (select.isDisplayed()) {
        scrolled = top(phone, select);
      } else {
        // folded (issue 17): through the index, to the item's group, then the item's summary line
        WebElement summary = phone.findElement(By.cssSelector("#" + group + " > summary"));
        long direct = top(phone, summary);
        String groupId = (String) Browsers.js(phone,
            "return arguments[0].closest('[data-group]').getAttribute('data-group');", summary);
        Browsers.click(phone, phone.findElement(By.id("reportIndexToggle")));
        taps++;
        shot(phone, "report-index");
        Browsers.click(phone, phone.findElement(By.cssSelector("#reportIndex a[data-group='" + groupId + "']")));
        taps++;
        long landed = ((Number) Browsers.js(phone, "return window.scrollY;")).longValue();
        scrolled = Math.max(0, top(phone, summary) - landed);
        System.out.printf("BENCH folded: the item's summary line sits %d px down the page without the index%n", direct);
        Browsers.click(phone, summary);
        taps++;
      }
      Browsers.click(phone, select);
      taps++;
      new Select(select).selectByValue("IN_PROGRESS");
      taps++;
      Browsers.waitIn(phone).until(ExpectedConditions.attributeToBe(By.id("saveStatus"), "data-autosave-state", "saved"));
      shot(phone, "report-item");
      System.out.printf("BENCH taps to an autosaved status of task %s: %d, swiping %d px%n", group, taps, scrolled);
      Number opened = (Number) Browsers.js(phone, "return document.documentElement.scrollHeight;");
      System.out.printf("BENCH page height with that item open: %d px%n", opened.longValue());
    } finally {
      phone.quit();
    }
  }
}
