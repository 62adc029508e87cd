package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.innohub.Browsers;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
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
 * Issue 17 on a 390 px phone: a unit with nine items (folded) types a value in the wrong unit, then edits two fields
 * of a task; after a reload (with the browser's own copy wiped) all three are there as typed and the wrong one is
 * marked; a refused submission lists the problems at the top, and a tap there opens the folded item at its field;
 * a file attached at a task is listed with the task's full code and name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOnPhoneBrowserTests {

  private static final String PASSWORD = "phone-password-1";

  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @LocalServerPort int port;

  private ChromeDriver phone;
  private String officer;
  private Actor actor;
  private long reportId;

  @BeforeAll
  void start() {
    Assumptions.assumeTrue(Browsers.available(), "chromium not installed");
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    String s = Long.toString(System.nanoTime() % 100_000_000);
    String nameA = "Sở thử điện thoại " + s;
    String nameB = "Xã thử điện thoại " + s;
    long unitA = units.create(new UnitDraft("PA" + s, nameA, List.of(), UnitType.DEPARTMENT, null, true)).id();
    units.create(new UnitDraft("PB" + s, nameB, List.of(), UnitType.COMMUNE, null, true));
    officer = "pa" + s;
    long id = accounts.create(new NewAccount(officer, "Officer", null, PASSWORD, Set.of(Role.UNIT_OFFICER), Set.of(unitA))).id();
    actor = new Actor(id, officer, "Officer", Set.of(Role.UNIT_OFFICER), Set.of(unitA));
    long planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch điện thoại " + s, null, 2026, 2026,
        null, PlanStatus.IN_FORCE, "", 0));
    long one = editor.addSection(planId, "I", "Truyền thông");
    long two = editor.addSection(planId, "II", "Hỗ trợ khởi nghiệp");
    editor.saveTarget(planId, null, new PlanEditor.TargetForm("1", "Sản phẩm khởi nghiệp được hỗ trợ", "50 sản phẩm", 2026,
        "", "", null, "", nameA, "", 0));
    for (int i = 1; i <= 4; i++) {
      editor.saveTask(planId, null, new PlanEditor.TaskForm("1." + i, one, "Truyền thông đợt " + i, "", nameA, "",
          "Năm 2026", "", Set.of(), 0));
    }
    for (int i = 1; i <= 3; i++) {
      editor.saveTask(planId, null, new PlanEditor.TaskForm("2." + i, two, "Hỗ trợ nhóm khởi nghiệp " + i, "", nameA, "",
          "Năm 2026", "", Set.of(), 0));
    }
    editor.saveTask(planId, null, new PlanEditor.TaskForm("2.4", two, "Ngày hội khởi nghiệp cấp xã", "", nameB, nameA,
        "Năm 2026", "", Set.of(), 0));
    long periodId = periods.save(planId, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
    periods.open(periodId);
    reportId = reports.mine(actor).get(0).id();
    phone = Browsers.phone();
  }

  @AfterAll
  void stop() {
    if (phone != null) {
      phone.quit();
    }
  }

  private ReportView report() {
    return reports.view(reportId, actor);
  }

  private long task(String code) {
    return report().tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().itemId();
  }

  private boolean open(String id) {
    return phone.findElement(By.id(id)).getDomProperty("open").equals("true");
  }

  private void tap(WebElement element) {
    Browsers.click(phone, element);
  }

  /** Taps an item's summary line, which unfolds it. */
  private void unfold(String id) {
    tap(phone.findElement(By.cssSelector("#" + id + " > summary")));
    Browsers.waitIn(phone).until(b -> open(id));
  }

  private void typeAndLeave(String id, String text) {
    WebElement field = phone.findElement(By.id(id));
    tap(field);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
  }

  @Test
  void typedValuesSurviveAReloadProblemsLinkToTheirItemAndEvidenceIsAttachedAtTheItem() throws Exception {
    String base = "http://localhost:" + port;
    Browsers.signIn(phone, base, officer, PASSWORD);
    phone.get(base + "/reports/" + reportId);
    assertThat((Long) Browsers.js(phone, "return window.innerWidth;")).isEqualTo(390L);
    assertThat((Long) Browsers.js(phone, "return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390L);

    long targetItem = report().targets().get(0).itemId();
    String target = "target-" + targetItem;
    long taskItem = task("1.2");
    String task = "task-" + taskItem;
    // nine items: folded; the lead tasks first by section, the coordinating one folded below
    assertThat(open(task)).isFalse();
    assertThat(phone.findElement(By.id("reportUpdated")).getText()).isEqualTo("0/9 đã cập nhật");
    assertThat(open("group-coordinating")).isFalse();
    List<String> order = phone.findElements(By.cssSelector("#reportForm .report-item")).stream()
        .map(e -> e.getDomAttribute("id")).toList();
    assertThat(order.get(order.size() - 1)).isEqualTo("task-" + task("2.4"));

    // the value in the wrong unit, marked at the field
    unfold(target);
    typeAndLeave(target + "-actual", "12 doanh nghiệp");
    Browsers.waitIn(phone).until(b -> "true".equals(b.findElement(By.id(target + "-actual")).getDomAttribute("aria-invalid")));
    assertThat(phone.findElement(By.id(target + "-actual-error")).getText())
        .isEqualTo("Đơn vị tính phải là “sản phẩm”, không phải “doanh nghiệp”.");

    // two more fields of a task, saved although the value above is wrong
    unfold(task);
    WebElement completedBox = phone.findElement(By.id(task + "-completedOn")).findElement(By.xpath(".."));
    assertThat(completedBox.isDisplayed()).as("the completion date only shows for a done task").isFalse();
    typeAndLeave(task + "-progress", "60");
    typeAndLeave(task + "-results", "Đã đăng 3 bài trên cổng thông tin");
    Browsers.waitIn(phone).until(b -> {
      ReportView.TaskLine t = report().tasks().stream().filter(x -> x.itemId() == taskItem).findFirst().orElseThrow();
      return Integer.valueOf(60).equals(t.progress()) && "Đã đăng 3 bài trên cổng thông tin".equals(t.results());
    });
    assertThat(report().typed()).containsEntry(target + "-actual", "12 doanh nghiệp");
    assertThat(report().targets().get(0).actual()).isNull();

    // a reload, without what the browser kept for itself: the server has all three, the wrong one still marked
    Browsers.js(phone, "window.localStorage.clear();");
    phone.navigate().refresh();
    Browsers.waitIn(phone).until(b -> "complete".equals(Browsers.js(b, "return document.readyState;")));
    assertThat(Browsers.value(phone, By.id(target + "-actual"))).isEqualTo("12 doanh nghiệp");
    assertThat(phone.findElement(By.id(target + "-actual")).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(phone.findElement(By.id(target + "-actual")).getDomAttribute("class")).contains("is-invalid");
    assertThat(open(target)).as("an item with a problem is open").isTrue();
    assertThat(Browsers.value(phone, By.id(task + "-progress"))).isEqualTo("60");
    assertThat(Browsers.value(phone, By.id(task + "-results"))).isEqualTo("Đã đăng 3 bài trên cổng thông tin");

    // a status, then trying to submit: refused, the problems listed at the top as links
    unfold(task);
    WebElement status = phone.findElement(By.id(task + "-status"));
    tap(status);
    new org.openqa.selenium.support.ui.Select(status).selectByValue("IN_PROGRESS");
    Browsers.waitIn(phone).until(b -> report().tasks().stream().anyMatch(t -> t.itemId() == taskItem
        && t.status() == TaskStatus.IN_PROGRESS));
    assertThat(phone.findElement(By.id("reportUpdated")).getText()).isEqualTo("1/9 đã cập nhật");
    // only the items needing attention: the updated task goes out of sight, the invalid value stays
    Browsers.js(phone, "window.scrollTo(0, 0);");
    tap(phone.findElement(By.id("reportIndexToggle")));
    assertThat(phone.findElement(By.cssSelector("#reportIndex a[data-group='group-1']")).getText())
        .isEqualTo("Nhóm I: 1/4 đã cập nhật");
    tap(phone.findElement(By.id("attentionOnly")));
    assertThat(phone.findElement(By.id(task)).isDisplayed()).isFalse();
    assertThat(phone.findElement(By.id(target)).isDisplayed()).isTrue();
    assertThat(phone.findElement(By.id("task-" + task("1.1"))).isDisplayed()).as("not updated yet").isTrue();
    tap(phone.findElement(By.id("attentionOnly")));
    assertThat(phone.findElement(By.id(task)).isDisplayed()).isTrue();
    tap(phone.findElement(By.id("reportIndexToggle")));
    // a last change typed just before "Gửi" (no time for its autosave): the refused page keeps it and saves it
    WebElement results = phone.findElement(By.id(task + "-results"));
    tap(results);
    results.sendKeys(Keys.END, "; 1 video");
    tap(phone.findElement(By.id("submitReport")));
    Browsers.waitIn(phone).until(b -> !b.findElements(By.id("reportProblems")).isEmpty());
    assertThat(report().status()).isEqualTo(ReportStatus.DRAFT);
    assertThat(Browsers.value(phone, By.id(task + "-results"))).isEqualTo("Đã đăng 3 bài trên cổng thông tin; 1 video");
    Browsers.waitIn(phone).until(b -> report().tasks().stream().anyMatch(t -> t.itemId() == taskItem
        && "Đã đăng 3 bài trên cổng thông tin; 1 video".equals(t.results())));
    WebElement link = phone.findElement(By.cssSelector("#reportProblems a[href='#" + target + "-actual']"));
    assertThat(link.getText()).isEqualTo("1. Sản phẩm khởi nghiệp được hỗ trợ — Số liệu kỳ này: "
        + "Đơn vị tính phải là “sản phẩm”, không phải “doanh nghiệp”.");
    assertThat(phone.findElement(By.id("reportProblems")).getText()).doesNotContain("null");
    // the item is folded again by hand; the link opens it at its field
    tap(phone.findElement(By.cssSelector("#" + target + " > summary")));
    Browsers.waitIn(phone).until(b -> !open(target));
    Browsers.js(phone, "window.scrollTo(0, 0);");
    tap(phone.findElement(By.cssSelector("#reportProblems a[href='#" + target + "-actual']")));
    Browsers.waitIn(phone).until(b -> open(target));
    assertThat(Browsers.js(phone, "return document.activeElement.id;")).isEqualTo(target + "-actual");
    assertThat((Boolean) Browsers.js(phone, "var r = arguments[0].getBoundingClientRect();"
        + " return r.top >= 0 && r.bottom <= window.innerHeight;", phone.findElement(By.id(target + "-actual")))).isTrue();

    // evidence attached at the item it proves, then listed with the item's full code and name
    Path file = Files.createTempFile("minh-chung", ".pdf");
    Files.write(file, ReportingTestFiles.pdf());
    unfold(task);
    phone.findElement(By.id(task + "-file")).sendKeys(file.toString());
    tap(phone.findElement(By.id(task + "-attach")));
    Browsers.waitIn(phone).until(b -> b.getCurrentUrl().endsWith("#" + task)
        && !b.findElements(By.cssSelector("#evidenceList .evidence-line")).isEmpty());
    String fileName = file.getFileName().toString();
    assertThat(phone.findElement(By.cssSelector("#evidenceList .evidence-line")).getText())
        .contains("1.2. Truyền thông đợt 2:").contains(fileName);
    assertThat(phone.findElement(By.cssSelector("#" + task + " .item-evidence")).getText()).contains(fileName);
    assertThat(open(task)).as("back at the item").isTrue();
    assertThat(report().tasks().stream().filter(t -> t.itemId() == taskItem).findFirst().orElseThrow().evidence())
        .extracting(ReportView.EvidenceView::fileName).containsExactly(fileName);
    Files.deleteIfExists(file);
  }
}
