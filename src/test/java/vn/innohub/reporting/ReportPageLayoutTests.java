package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Issue 17, point 8, as the server lays the report out: the unit's own tasks first and the coordinating ones folded
 * below, an index with counts, the fields a status makes irrelevant marked for the script, an evidence upload at each
 * item, and the DOST's comments per item listed at the top as links.
 */
@IntegrationTest
class ReportPageLayoutTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final Actor reviewer = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private ReportingFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
  }

  private Document page(long reportId, String username) throws Exception {
    UserDetails who = userDetails.loadUserByUsername(username);
    MockHttpServletResponse r = mvc.perform(get("/reports/" + reportId).with(user(who))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
  }

  private static long item(ReportView report, String code, boolean lead) {
    return report.tasks().stream().filter(t -> t.code().equals(code) && t.lead() == lead).findFirst().orElseThrow()
        .itemId();
  }

  @Test
  void theUnitsOwnTasksComeFirstAndTheTasksItCoordinatesAreFoldedBelow() throws Exception {
    ReportView b = reports.view(f.reportB, f.actorB);
    long led = item(b, "2", true);
    long coordinated = item(b, "1", false);

    Document page = page(f.reportB, f.officerB);
    List<String> order = page.select("#reportForm .report-item").eachAttr("id");
    assertThat(order).containsExactly("task-" + led, "task-" + coordinated);
    Element folded = page.getElementById("group-coordinating");
    assertThat(folded.tagName()).isEqualTo("details");
    assertThat(folded.getElementById("task-" + coordinated)).isNotNull();
    assertThat(page.getElementById("reportUpdated").text()).isEqualTo("0/2 đã cập nhật");
    assertThat(page.select("#reportIndex a.index-group").eachText())
        .containsExactly("Nhiệm vụ chủ trì: 0/1 đã cập nhật", "Nhiệm vụ phối hợp: 0/1 đã cập nhật");
  }

  @Test
  void theCompletionDateAndTheReasonAreMarkedForTheStatusesTheyBelongTo() throws Exception {
    long task = item(reports.view(f.reportA, f.actorA), "1", true);

    Document page = page(f.reportA, f.officerA);
    assertThat(page.getElementById("task-" + task + "-completedOn").parent().attr("data-show-when"))
        .isEqualTo("DONE DONE_LATE");
    assertThat(page.getElementById("task-" + task + "-cancelReason").parent().attr("data-show-when"))
        .isEqualTo("CANCELLED");
    assertThat(page.getElementById("task-" + task + "-status").hasClass("report-status")).isTrue();
  }

  @Test
  void evidenceIsAttachedAtTheItemItProvesAndListedWithTheItemsCodeAndName() throws Exception {
    long task = item(reports.view(f.reportA, f.actorA), "1", true);
    String key = "task-" + task;

    Document page = page(f.reportA, f.officerA);
    Element input = page.getElementById(key + "-file");
    assertThat(input.attr("type")).isEqualTo("file");
    assertThat(input.attr("form")).isEqualTo("evidence-" + key);
    assertThat(page.getElementById(key + "-attach").attr("form")).isEqualTo("evidence-" + key);
    Element form = page.getElementById("evidence-" + key);
    assertThat(form.attr("action")).isEqualTo("/reports/" + f.reportA + "/evidence");
    assertThat(form.selectFirst("input[name=item]").val()).isEqualTo(key);
    assertThat(page.select("#evidenceItem")).as("no list of every item to choose from").isEmpty();

    MockHttpServletResponse r = mvc.perform(multipart("/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "chuyen-muc.pdf", "application/pdf", ReportingTestFiles.pdf()))
        .param("item", key).with(csrf()).with(user(userDetails.loadUserByUsername(f.officerA)))).andReturn().getResponse();
    assertThat(r.getRedirectedUrl()).isEqualTo("/reports/" + f.reportA + "#" + key);
    Document after = page(f.reportA, f.officerA);
    assertThat(after.select("#evidenceList .evidence-line").eachText())
        .containsExactly("1. Vận hành chuyên mục: chuyen-muc.pdf Gỡ");
    assertThat(after.selectFirst("#" + key + " .item-evidence").text()).contains("chuyen-muc.pdf");
  }

  @Test
  void theDostsCommentsPerItemAreListedAtTheTopAsLinksAndTheirItemsOpen() throws Exception {
    ReportView a = reports.view(f.reportA, f.actorA);
    long task = item(a, "1", true);
    long target = a.targets().get(0).itemId();
    reports.submit(f.reportA, new ReportDraft(a.version(), null, null,
        List.of(new ReportDraft.TaskEntry(task, "IN_PROGRESS", "40", "Đã lập chuyên mục", null, null, null)),
        List.of(new ReportDraft.TargetEntry(target, "61", null))), f.actorA);
    reports.returnToUnit(f.reportA, reports.view(f.reportA, f.actorA).version(), null,
        Map.of("task-" + task, "Bổ sung minh chứng"), reviewer);

    Document page = page(f.reportA, f.officerA);
    List<Element> links = page.select("#reportComments a");
    assertThat(links).hasSize(1);
    assertThat(links.get(0).attr("href")).isEqualTo("#task-" + task);
    assertThat(links.get(0).text()).isEqualTo("1. Vận hành chuyên mục: Bổ sung minh chứng");
    assertThat(page.getElementById("task-" + task).attr("data-returned")).isEqualTo("true");
    assertThat(page.getElementById("target-" + target).hasAttr("data-returned")).isFalse();
  }
}
