package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/** Every reporting page renders for the people who use it, in Vietnamese, with the data it is about. */
@IntegrationTest
class ReportingPagesTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private ReportingFixture f;
  private UserDetails admin;
  private UserDetails leader;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    admin = userDetails.loadUserByUsername("admin");
    String name = "leader" + System.nanoTime() % 1_000_000;
    accounts.create(new NewAccount(name, "Lãnh đạo", null, "leader-password-1", Set.of(Role.LEADER), Set.of()));
    leader = userDetails.loadUserByUsername(name);
  }

  private String page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
    MockHttpServletResponse r = mvc.perform(request.with(user(who))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void overseersSeePeriodsCompletenessResultsAndDelays() throws Exception {
    assertThat(page(get("/reporting"), admin)).contains("Các kỳ báo cáo").contains("6 tháng đầu năm 2026");
    assertThat(page(get("/reporting"), leader)).contains("Các kỳ báo cáo");
    assertThat(page(get("/plans/" + f.planId + "/periods"), admin)).contains("Tạo các kỳ theo quy định")
        .contains("15/06/2026");
    String period = page(get("/reporting/periods/" + f.periodId), leader);
    assertThat(period).contains("Tình hình gửi báo cáo").contains("Ban thử nghiệm A").contains("Tỷ lệ hồ sơ trực tuyến")
        .contains("Chưa có số liệu");
    clock.set(Instant.parse("2026-07-02T02:00:00Z"));
    assertThat(page(get("/reporting/delays"), leader)).contains("Tập huấn");
    assertThat(page(get("/notifications"), userDetails.loadUserByUsername(f.officerA))).contains("Mở kỳ báo cáo");
  }

  @Test
  void theOfficerFillsInAndTheReviewerSeesCommentFields() throws Exception {
    UserDetails officer = userDetails.loadUserByUsername(f.officerA);
    assertThat(page(get("/reporting"), officer)).contains("Ban thử nghiệm A");
    String form = page(get("/reports/" + f.reportA), officer);
    assertThat(form).contains("data-autosave=\"/reports/" + f.reportA + "/autosave\"").contains("so với yêu cầu “≥ 05 chuyên mục”")
        .contains("id=\"submitReport\"").contains("Khó khăn, vướng mắc");
    var item = reports.view(f.reportA, f.actorA);
    long target = item.targets().get(0).itemId();
    // A refused save keeps what was typed and puts the message at the field.
    String refused = page(post("/reports/" + f.reportA).with(csrf()).param("version", Long.toString(item.version()))
        .param("target-" + target + "-actual", "150"), officer);
    assertThat(refused).contains("Tỷ lệ phải là số từ 0 đến 100").contains("value=\"150\"").contains("is-invalid");
    // Autosave answers a status line and the new version.
    String saved = page(post("/reports/" + f.reportA + "/autosave").with(csrf()).param("version", Long.toString(item.version()))
        .param("target-" + target + "-actual", "61"), officer);
    assertThat(saved).contains("Đã tự động lưu").contains("\"version\":" + (item.version() + 1));
    // the task A leads gets its status (a lead task left "Chưa báo cáo" blocks the submission)
    long task = item.tasks().get(0).itemId();
    var submitted = mvc.perform(post("/reports/" + f.reportA).with(csrf()).with(user(officer)).param("action", "submit")
        .param("version", Long.toString(reports.view(f.reportA, f.actorA).version()))
        .param("task-" + task + "-status", "IN_PROGRESS")).andReturn().getResponse();
    assertThat(submitted.getRedirectedUrl()).isEqualTo("/reports/" + f.reportA);
    String review = page(get("/reports/" + f.reportA), admin);
    assertThat(review).contains("id=\"approveReport\"").contains("name=\"comment-target-" + target + "\"");
  }
}
