package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.FollowUp;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Bad input is refused at its field and nothing saved is lost; one unit never reaches another's report; deadlines
 * are Asia/Ho_Chi_Minh calendar days read from the injectable clock.
 */
@IntegrationTest
class ReportRulesTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired FollowUp followUp;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired vn.innohub.notification.Notifier notifier;

  private final ObjectMapper json = new ObjectMapper();
  private ReportingFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    MockHttpServletResponse r = mvc.perform(request.with(httpBasic(user, ReportingFixture.PASSWORD))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  private JsonNode read(long reportId, String user) throws Exception {
    return json.readTree(api(get("/api/v1/reports/" + reportId), user, null).getContentAsString());
  }

  private long taskItem(JsonNode report, String code) {
    for (JsonNode t : report.get("tasks")) {
      if (t.get("code").asText().equals(code)) {
        return t.get("itemId").asLong();
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void wrongValuesAreRefusedFieldByFieldAndTheSavedDraftSurvives() throws Exception {
    JsonNode report = read(f.reportA, f.officerA);
    long task = taskItem(report, "1");
    long target = report.get("targets").get(0).get("itemId").asLong();
    // A good draft first.
    var ok = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", report.get("version").asLong(),
        "tasks", List.of(ReportingFixture.taskEntry(task, "IN_PROGRESS", "40", "3", null)),
        "targets", List.of(Map.of("itemId", target, "actual", "55 %"))));
    assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
    long version = json.readTree(ok.getContentAsString()).get("version").asLong();

    var bad = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version,
        "tasks", List.of(ReportingFixture.taskEntry(task, "DONE", "140", "-2", "2026-08-01")),
        "targets", List.of(Map.of("itemId", target, "actual", "12 doanh nghiệp"))));
    assertThat(bad.getStatus()).isEqualTo(400);
    JsonNode problem = json.readTree(bad.getContentAsString());
    assertThat(problem.get("code").asText()).isEqualTo("reporting.invalid");
    String errors = problem.get("errors").toString();
    assertThat(errors).contains("task-" + task + "-progress: Tỷ lệ phải là số từ 0 đến 100")
        .contains("task-" + task + "-quantity: Không được là số âm")
        .contains("task-" + task + "-completedOn: Ngày phải nằm trong kỳ báo cáo")
        .contains("target-" + target + "-actual: Đơn vị tính phải là “%”, không phải “doanh nghiệp”");

    for (String[] c : List.of(new String[] {"progress", "abc", "Tỷ lệ"}, new String[] {"quantity", "ba", "Phải là một số"},
        new String[] {"completedOn", "31/02/2026", "Ngày không hợp lệ"})) {
      Map<String, Object> entry = ReportingFixture.taskEntry(task, "IN_PROGRESS", null, null, null);
      entry.put(c[0], c[1]);
      var r = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version, "tasks", List.of(entry)));
      assertThat(r.getStatus()).as(c[0]).isEqualTo(400);
      assertThat(r.getContentAsString()).contains("task-" + task + "-" + c[0]).contains(c[2]);
    }
    var over = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version,
        "targets", List.of(Map.of("itemId", target, "actual", "120"))));
    assertThat(over.getContentAsString()).contains("target-" + target + "-actual: Tỷ lệ phải là số từ 0 đến 100");
    var cancelled = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version,
        "tasks", List.of(ReportingFixture.taskEntry(task, "CANCELLED", null, null, null))));
    assertThat(cancelled.getContentAsString()).contains("task-" + task + "-cancelReason");

    // Nothing of the refused attempts was written: the good draft is intact.
    JsonNode after = read(f.reportA, f.officerA);
    assertThat(after.get("version").asLong()).isEqualTo(version);
    assertThat(after.get("tasks").get(0).get("progress").asInt()).isEqualTo(40);
    assertThat(after.get("tasks").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
    assertThat(after.get("targets").get(0).get("actual").decimalValue()).isEqualByComparingTo("55");
  }

  @Test
  void aConcurrentEditIsNeverOverwrittenSilently() throws Exception {
    JsonNode report = read(f.reportA, f.officerA);
    long task = taskItem(report, "1");
    long v0 = report.get("version").asLong();
    var first = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", v0, "difficulties", "Thiếu nhân lực"));
    assertThat(first.getStatus()).isEqualTo(200);
    var second = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", v0,
        "tasks", List.of(ReportingFixture.taskEntry(task, "IN_PROGRESS", "70", null, null))));
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(json.readTree(second.getContentAsString()).get("code").asText()).isEqualTo("reporting.stale");
    assertThat(read(f.reportA, f.officerA).get("difficulties").asText()).isEqualTo("Thiếu nhân lực");
    assertThat(read(f.reportA, f.officerA).get("tasks").get(0).get("progress").isNull()).isTrue();

    // In the browser the stale save shows the saved values with "you typed …" beside each field that differs.
    var page = mvc.perform(post("/reports/" + f.reportA).with(csrf()).with(user(userDetails.loadUserByUsername(f.officerA)))
        .param("version", Long.toString(v0)).param("difficulties", "Không có")
        .param("task-" + task + "-status", "IN_PROGRESS").param("task-" + task + "-progress", "70")).andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("vừa được " + f.officerA + " lưu").contains("use-mine")
        .contains("data-value=\"Không có\"").contains("Thiếu nhân lực");
  }

  @Test
  void evidenceIsCheckedByItsContent() throws Exception {
    long task = taskItem(read(f.reportA, f.officerA), "1");
    String item = "task-" + task;
    var forged = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", ReportingTestFiles.png())).param("item", item)
        .with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    forged.setCharacterEncoding("UTF-8");
    assertThat(forged.getStatus()).isEqualTo(400);
    assertThat(forged.getContentAsString()).contains("không khớp nội dung").contains("PNG");
    var exe = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "minh-chung.docx", "application/octet-stream", ReportingTestFiles.exe()))
        .param("item", item).with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    assertThat(exe.getStatus()).isEqualTo(400);
    byte[] big = new byte[(int) reports.maxEvidenceBytes() + 10];
    System.arraycopy(ReportingTestFiles.pdf(), 0, big, 0, ReportingTestFiles.pdf().length);
    var tooBig = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big)).param("item", item)
        .with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    tooBig.setCharacterEncoding("UTF-8");
    assertThat(tooBig.getStatus()).isEqualTo(400);
    assertThat(tooBig.getContentAsString()).contains("vượt quá");
    var good = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "quyet-dinh.docx", "application/octet-stream", ReportingTestFiles.docx()))
        .param("item", item).with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    assertThat(good.getStatus()).isEqualTo(200);
    JsonNode saved = json.readTree(good.getContentAsString());
    assertThat(saved.get("contentType").asText()).endsWith("wordprocessingml.document");
    var download = mvc.perform(get("/evidence/" + saved.get("id").asLong()).with(user(userDetails.loadUserByUsername(f.officerA))))
        .andReturn().getResponse();
    assertThat(download.getContentAsByteArray()).isEqualTo(ReportingTestFiles.docx());
    assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
    // Another unit's officer cannot fetch it, even knowing its number.
    assertThat(mvc.perform(get("/evidence/" + saved.get("id").asLong()).with(user(userDetails.loadUserByUsername(f.officerB))))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void aZipBombAsEvidenceIsRefusedWithTheClearMessageAndNotStored(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
    long task = taskItem(read(f.reportA, f.officerA), "1");
    String count = "SELECT COUNT(*) FROM report_evidence WHERE report_id = ?";
    int before = jdbc.queryForObject(count, Integer.class, f.reportA);
    // 1 GiB of XML whose ZIP directory claims 10 KB: only inflating tells, and inflation stops at the ratio limit
    byte[] bomb = vn.innohub.shared.files.ZipBombs.zip(vn.innohub.shared.files.ZipBombs.docx(
        vn.innohub.shared.files.ZipBombs.Part.spacedDocument(1024).declaring(10_000)));
    var refused = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", "minh-chung.docx", "application/octet-stream", bomb))
        .param("item", "task-" + task).with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    refused.setCharacterEncoding("UTF-8");
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("Tệp quá phức tạp để đọc").contains("100:1");
    assertThat(jdbc.queryForObject(count, Integer.class, f.reportA)).isEqualTo(before);
    // the refusal is in the audit trail although the upload's transaction was rolled back
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'UPLOAD_REFUSED' AND actor = ?",
        Integer.class, f.officerA)).isEqualTo(1);
  }

  @Test
  void aUnitOfficerNeverReachesAnotherUnitsReport() throws Exception {
    // API: read, write, submit of B's report by A's officer, by guessed ID.
    assertThat(api(get("/api/v1/reports/" + f.reportB), f.officerA, null).getStatus()).isEqualTo(404);
    assertThat(api(put("/api/v1/reports/" + f.reportB), f.officerA, Map.of("difficulties", "x")).getStatus()).isEqualTo(404);
    assertThat(api(post("/api/v1/reports/" + f.reportB + "/submit"), f.officerA, null).getStatus()).isEqualTo(404);
    assertThat(api(get("/api/v1/reports"), f.officerA, null).getContentAsString()).doesNotContain("\"id\":" + f.reportB + ",");
    // UI: the page and the save.
    assertThat(mvc.perform(get("/reports/" + f.reportB).with(user(userDetails.loadUserByUsername(f.officerA)))).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/reports/" + f.reportB).with(csrf()).with(user(userDetails.loadUserByUsername(f.officerA)))
        .param("difficulties", "x")).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/reports/" + f.reportB + "/autosave").with(csrf()).with(user(userDetails.loadUserByUsername(f.officerA)))
        .param("difficulties", "x")).andReturn().getResponse().getStatus()).isEqualTo(404);
    // And B's report is untouched.
    assertThat(read(f.reportB, f.officerB).get("difficulties").isNull()).isTrue();
    // Reviewing is for the DOST only.
    assertThat(api(post("/api/v1/reports/" + f.reportA + "/approve"), f.officerA, Map.of()).getStatus()).isEqualTo(403);
  }

  @Test
  void aSubmitAfterThePeriodClosedIsRefusedAndTheDraftIsKept() throws Exception {
    JsonNode report = read(f.reportA, f.officerA);
    api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", report.get("version").asLong(),
        "difficulties", "Chờ hướng dẫn", "targets", List.of(Map.of("itemId", report.get("targets").get(0).get("itemId").asLong(),
            "actual", "61"))));
    periods.close(f.periodId);
    var r = api(post("/api/v1/reports/" + f.reportA + "/submit"), f.officerA, null);
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(r.getContentAsString()).contains("đã đóng");
    JsonNode after = read(f.reportA, f.officerA);
    assertThat(after.get("status").asText()).isEqualTo("DRAFT");
    assertThat(after.get("difficulties").asText()).isEqualTo("Chờ hướng dẫn");
  }

  @Test
  void lateIsDecidedOnVietnameseCalendarDays() throws Exception {
    long target = read(f.reportA, f.officerA).get("targets").get(0).get("itemId").asLong();
    long targetB = read(f.reportB, f.officerB).get("targets").size();
    // 23:59 on 15 June in Hà Nội is 16:59 UTC: still on time.
    clock.set(Instant.parse("2026-06-15T16:59:00Z"));
    JsonNode a = read(f.reportA, f.officerA);
    api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", a.get("version").asLong(),
        "tasks", List.of(ReportingFixture.taskEntry(taskItem(a, "1"), "IN_PROGRESS", null, null, null)),
        "targets", List.of(Map.of("itemId", target, "actual", "61"))));
    var onTime = json.readTree(api(post("/api/v1/reports/" + f.reportA + "/submit"), f.officerA, null).getContentAsString());
    assertThat(onTime.get("late").asBoolean()).isFalse();
    // 00:01 on 16 June in Hà Nội is still 15 June in UTC: late.
    clock.set(Instant.parse("2026-06-15T17:01:00Z"));
    assertThat(targetB).isZero();
    JsonNode b = read(f.reportB, f.officerB);
    var late = json.readTree(api(post("/api/v1/reports/" + f.reportB + "/submit"), f.officerB, Map.of("version",
        b.get("version").asLong(), "tasks", List.of(ReportingFixture.taskEntry(taskItem(b, "2"), "DONE", null, null, null))))
        .getContentAsString());
    assertThat(late.get("late").asBoolean()).isTrue();
  }

  @Test
  void remindersCountDaysInHanoiTime() {
    // 7 June 23:30 in Hà Nội (16:30 UTC): eight days left, no reminder yet.
    clock.set(Instant.parse("2026-06-07T16:30:00Z"));
    followUp.remind();
    assertThat(kinds(f.actorA.userId())).containsExactly("PERIOD_OPENED");
    // 8 June 00:30 in Hà Nội is still 7 June in UTC: seven days left, the 7-day reminder, once.
    clock.set(Instant.parse("2026-06-07T17:30:00Z"));
    followUp.remind();
    followUp.remind();
    assertThat(kinds(f.actorA.userId())).containsExactly("PERIOD_OPENED", "DUE_SOON");
    assertThat(kinds(f.actorB.userId())).containsExactly("PERIOD_OPENED", "DUE_SOON");
    // The due day itself: the 2-day reminder (the smallest lead time reached), not overdue.
    clock.set(Instant.parse("2026-06-15T16:00:00Z"));
    followUp.remind();
    assertThat(kinds(f.actorA.userId())).containsExactly("PERIOD_OPENED", "DUE_SOON", "DUE_SOON");
    // 16 June 00:10 in Hà Nội (15 June 17:10 UTC): overdue, told once.
    clock.set(Instant.parse("2026-06-15T17:10:00Z"));
    followUp.remind();
    followUp.remind();
    assertThat(kinds(f.actorA.userId())).containsExactly("PERIOD_OPENED", "DUE_SOON", "DUE_SOON", "OVERDUE");
  }

  private List<String> kinds(long userId) {
    List<String> k = new java.util.ArrayList<>(notifier.recent(userId, 50).stream()
        .map(vn.innohub.notification.NotificationView::kind).toList());
    java.util.Collections.reverse(k);
    return k;
  }
}
