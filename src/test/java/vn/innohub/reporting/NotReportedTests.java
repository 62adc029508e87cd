package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * "Chưa báo cáo" (not reported) is its own state (issue 17): task items start without a status; a lead unit must
 * give one before it submits, a coordinating unit need not; the dashboard, the results API, the DOCX and the XLSX say
 * "Chưa báo cáo" — "Quá hạn, chưa báo cáo" when the deadline passed — and never "Chưa triển khai" for a task nobody
 * reported on.
 *
 * <p>On the fixture's plan (task 1 "Năm 2026" led by A with B coordinating, task 2 "Quý I/2026" led by B) with a
 * task 3 "Quý I/2026" led by A, on 1 June 2026.
 */
@IntegrationTest
class NotReportedTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired vn.innohub.org.OrgDirectory org;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired vn.innohub.reporting.internal.FollowUp followUp;

  private final ObjectMapper json = new ObjectMapper();
  private final Actor reviewer = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private ReportingFixture f;
  private String leader;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    String nameA = org.find(f.unitA).orElseThrow().name();
    editor.saveTask(f.planId, null, new PlanEditor.TaskForm("3", null, "Khảo sát nhu cầu", "", nameA, "", "Quý I/2026",
        "", Set.of(), 0));
    periods.open(f.periodId); // adds task 3 to A's report
    leader = "ld" + f.officerA;
    accounts.create(new NewAccount(leader, "Lãnh đạo", null, ReportingFixture.PASSWORD, Set.of(Role.LEADER), Set.of()));
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    MockHttpServletResponse r = mvc.perform(request.with(httpBasic(user, ReportingFixture.PASSWORD))).andReturn()
        .getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  private JsonNode read(long reportId, String user) throws Exception {
    return json.readTree(api(get("/api/v1/reports/" + reportId), user, null).getContentAsString());
  }

  private static long item(JsonNode report, String code) {
    for (JsonNode t : report.get("tasks")) {
      if (t.get("code").asText().equals(code)) {
        return t.get("itemId").asLong();
      }
    }
    throw new AssertionError("no task " + code);
  }

  private String html(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse r = mvc.perform(request.with(user(userDetails.loadUserByUsername(leader)))).andReturn()
        .getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private byte[] export(String format) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/api/v1/exports").param("plan", Long.toString(f.planId))
        .param("period", Long.toString(f.periodId)).param("format", format)
        .with(httpBasic(leader, ReportingFixture.PASSWORD))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsByteArray();
  }

  private static String text(Row row, int column) {
    return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
  }

  /** B states its own task 2 (in progress), leaves its coordinating item on task 1 blank, submits; the DOST approves. */
  private void unitBReportsOnlyItsOwnTask() throws Exception {
    JsonNode b = read(f.reportB, f.officerB);
    var submitted = api(post("/api/v1/reports/" + f.reportB + "/submit"), f.officerB, Map.of("version",
        b.get("version").asLong(), "tasks", List.of(ReportingFixture.taskEntry(item(b, "2"), "IN_PROGRESS", "40", null,
            null))));
    assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(200);
    reports.approve(f.reportB, null, reviewer);
  }

  @Test
  void anUneditedReportsTasksStartNotReported() throws Exception {
    JsonNode a = read(f.reportA, f.officerA);

    assertThat(a.get("tasks")).hasSize(2);
    a.get("tasks").forEach(t -> assertThat(t.get("status").isNull()).as(t.toString()).isTrue());
    String form = mvc.perform(get("/reports/" + f.reportA).with(user(userDetails.loadUserByUsername(f.officerA))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Element select = Jsoup.parse(form).getElementById("task-" + item(a, "1") + "-status");
    assertThat(select.selectFirst("option[selected]").text()).isEqualTo("— Chưa báo cáo —");
    assertThat(select.selectFirst("option[selected]").val()).isEmpty();
  }

  @Test
  void anUneditedReportsTasksReadNotReportedOnTheDashboardInTheResultsAndInBothExports() throws Exception {
    unitBReportsOnlyItsOwnTask(); // A's report is never opened

    // Results API: task 1 and 3 (A leads) have no status; task 3 and task 2 are past their deadline of 31/3/2026.
    JsonNode results = json.readTree(api(get("/api/v1/periods/" + f.periodId + "/results"), leader, null)
        .getContentAsString());
    Map<String, JsonNode> byCode = new HashMap<>();
    results.get("tasks").forEach(t -> byCode.put(t.get("code").asText(), t));
    assertThat(byCode.get("1").get("status").isNull()).isTrue();
    assertThat(byCode.get("1").get("behindSchedule").asBoolean()).isFalse();
    assertThat(byCode.get("2").get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(byCode.get("3").get("status").isNull()).isTrue();
    assertThat(byCode.get("3").get("behindSchedule").asBoolean()).isTrue();
    JsonNode plan = results.get("plan");
    assertThat(plan.get("tasks").asInt()).isEqualTo(3);
    assertThat(plan.get("noData").asInt()).isEqualTo(2);
    assertThat(plan.get("byStatus").toString()).isEqualTo("{\"IN_PROGRESS\":1}");
    assertThat(plan.get("behindSchedule").asInt()).isEqualTo(2);

    // Dashboard: the "Chưa báo cáo" column counts 2 and "Chưa triển khai" 0.
    Document dash = Jsoup.parse(html(get("/dashboard").param("plan", Long.toString(f.planId))
        .param("period", Long.toString(f.periodId))));
    List<String> head = dash.select("#sectionTable thead th").stream().map(Element::text).toList();
    List<String> totals = dash.select("#planTotals td").stream().map(Element::text).toList();
    assertThat(totals.get(head.indexOf("Chưa báo cáo"))).as(head + " / " + totals).isEqualTo("2");
    assertThat(totals.get(head.indexOf("Chưa triển khai"))).isEqualTo("0");
    assertThat(totals.get(head.indexOf("Đang thực hiện"))).isEqualTo("1");
    // The late list of A says its task 3 is not reported; B's late task 2 was reported (in progress).
    List<String> late = dash.select(".late-group li").eachText();
    assertThat(late).anySatisfy(l -> assertThat(l).startsWith("3. Khảo sát nhu cầu").endsWith(", Chưa báo cáo"));
    assertThat(late).anySatisfy(l -> assertThat(l).startsWith("2. Tập huấn").doesNotContain("Chưa báo cáo"));
    // The drill-down of the "Chưa báo cáo" count.
    Document drill = Jsoup.parse(html(get("/dashboard/tasks").param("plan", Long.toString(f.planId))
        .param("period", Long.toString(f.periodId)).param("status", "NONE")));
    Map<String, String> statusOf = new HashMap<>();
    for (Element row : drill.select("#drillTasks tbody tr")) {
      statusOf.put(row.selectFirst(".task-link").text(), row.selectFirst(".task-status").text());
    }
    assertThat(statusOf).containsExactlyInAnyOrderEntriesOf(Map.of("1. Vận hành chuyên mục", "Chưa báo cáo",
        "3. Khảo sát nhu cầu", "Quá hạn, chưa báo cáo"));

    // The period page's results.
    Map<String, String> onPeriod = new HashMap<>();
    Document periodPage = Jsoup.parse(html(get("/reporting/periods/" + f.periodId)));
    for (Element row : periodPage.select("#taskResults tbody tr")) {
      onPeriod.put(row.child(0).text(), row.child(2).text());
    }
    assertThat(onPeriod).containsExactlyInAnyOrderEntriesOf(Map.of("1. Vận hành chuyên mục", "Chưa báo cáo",
        "2. Tập huấn", "Đang thực hiện", "3. Khảo sát nhu cầu", "Quá hạn, chưa báo cáo"));

    // The delay list: A's task 3 was never reported, B's task 2 was reported in progress.
    String nameA = org.find(f.unitA).orElseThrow().name();
    String nameB = org.find(f.unitB).orElseThrow().name();
    Map<String, String> delayed = new HashMap<>();
    for (Element row : Jsoup.parse(html(get("/reporting/delays"))).select("#delayTable tbody tr")) {
      // columns: plan, task, lead units, deadline, days late, last status
      delayed.put(row.child(1).text() + " / " + row.child(2).text(), row.child(row.childrenSize() - 1).text());
    }
    assertThat(delayed).containsEntry("3. Khảo sát nhu cầu / " + nameA, "Quá hạn, chưa báo cáo")
        .containsEntry("2. Tập huấn / " + nameB, "Đang thực hiện (6 tháng đầu năm 2026)");
    // The steering committee's digest says the same of every late task.
    followUp.delayDigest(true);
    String digest = jdbc.queryForObject("select body from notification where kind = 'DELAY_DIGEST' order by id desc "
        + "fetch first 1 rows only", String.class);
    List<String> lines = digest.lines().filter(l -> l.startsWith("- [")).toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).matches(".*(, chưa báo cáo|, báo cáo gần nhất: .+)"));
    if (!digest.endsWith("…")) { // the body is clipped at 8000 characters when the shared database holds many plans
      assertThat(lines).contains("- [3] Khảo sát nhu cầu — " + nameA + " — hạn 31/03/2026, trễ 62 ngày, chưa báo cáo")
          .contains("- [2] Tập huấn — " + nameB + " — hạn 31/03/2026, trễ 62 ngày, báo cáo gần nhất: Đang thực hiện");
    }

    // DOCX: the annex of tasks and the list of late tasks.
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("docx")))) {
      Map<String, String> annex = new HashMap<>();
      for (XWPFTable table : doc.getTables()) {
        if (table.getRow(0).getTableCells().size() != 6 || !table.getRow(0).getCell(4).getText().equals("Tình trạng")) {
          continue;
        }
        for (XWPFTableRow row : table.getRows()) {
          if (row.getTableCells().size() == 6) {
            annex.put(row.getCell(0).getText(), row.getCell(4).getText());
          }
        }
      }
      assertThat(annex).containsEntry("1", "Chưa báo cáo").containsEntry("2", "Đang thực hiện (chậm tiến độ)")
          .containsEntry("3", "Quá hạn, chưa báo cáo");
      String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text).contains("- 3. Khảo sát nhu cầu (chủ trì: ").contains("tình trạng: Quá hạn, chưa báo cáo)")
          .contains("0 nhiệm vụ chưa triển khai, 2 nhiệm vụ chưa báo cáo.")
          .doesNotContain("tình trạng: Chưa triển khai");
    }

    // XLSX: the tasks sheet, status in column F.
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
      Sheet sheet = wb.getSheet("Phụ lục II - Nhiệm vụ");
      Map<String, String> status = new HashMap<>();
      Map<String, String> late2 = new HashMap<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          status.put(text(row, 0), text(row, 5));
          late2.put(text(row, 0), text(row, 7));
        }
      }
      assertThat(status).containsExactlyInAnyOrderEntriesOf(Map.of("1", "Chưa báo cáo", "2", "Đang thực hiện",
          "3", "Quá hạn, chưa báo cáo"));
      assertThat(late2).containsExactlyInAnyOrderEntriesOf(Map.of("1", "", "2", "Có", "3", "Có"));
    }
  }

  @Test
  void aLeadUnitCannotSubmitThroughTheApiWhileATaskItLeadsHasNoStatus() throws Exception {
    JsonNode a = read(f.reportA, f.officerA);
    long target = a.get("targets").get(0).get("itemId").asLong();
    // Only task 1 gets a status; task 3 (also led by A) stays not reported.
    var refused = api(post("/api/v1/reports/" + f.reportA + "/submit"), f.officerA, Map.of("version",
        a.get("version").asLong(), "tasks", List.of(ReportingFixture.taskEntry(item(a, "1"), "IN_PROGRESS", "20", null,
            null)), "targets", List.of(Map.of("itemId", target, "actual", "61"))));

    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode problem = json.readTree(refused.getContentAsString());
    assertThat(problem.get("code").asText()).isEqualTo("reporting.leadStatusMissing");
    assertThat(problem.get("detail").asText()).isEqualTo("Chưa gửi được báo cáo: đơn vị chủ trì phải chọn tình hình "
        + "thực hiện cho 1 nhiệm vụ: 3. Khảo sát nhu cầu. Chưa lưu thay đổi nào.");
    assertThat(problem.get("errors").toString())
        .contains("Nhiệm vụ 3. Khảo sát nhu cầu: đơn vị chủ trì phải chọn tình hình thực hiện trước khi gửi.");
    JsonNode after = read(f.reportA, f.officerA);
    assertThat(after.get("status").asText()).isEqualTo("DRAFT");
    assertThat(after.get("tasks").findValues("status")).allSatisfy(s -> assertThat(s.isNull()).isTrue());

    // With both lead tasks stated, the same submission goes through.
    var ok = api(post("/api/v1/reports/" + f.reportA + "/submit"), f.officerA, Map.of("version",
        after.get("version").asLong(), "tasks", List.of(
            ReportingFixture.taskEntry(item(a, "1"), "IN_PROGRESS", "20", null, null),
            ReportingFixture.taskEntry(item(a, "3"), "NOT_STARTED", null, null, null)),
        "targets", List.of(Map.of("itemId", target, "actual", "61"))));
    assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
    JsonNode sent = json.readTree(ok.getContentAsString());
    assertThat(sent.get("status").asText()).isEqualTo("SUBMITTED");
    Map<String, String> statuses = new HashMap<>();
    sent.get("tasks").forEach(t -> statuses.put(t.get("code").asText(), t.get("status").asText()));
    assertThat(statuses).isEqualTo(Map.of("1", "IN_PROGRESS", "3", "NOT_STARTED"));
  }

  @Test
  void theFormRefusesASubmitWithoutTheLeadTasksStatusesAndMarksThem() throws Exception {
    UserDetails officer = userDetails.loadUserByUsername(f.officerA);
    ReportView a = reports.view(f.reportA, f.actorA);
    long target = a.targets().get(0).itemId();
    var form = post("/reports/" + f.reportA).with(csrf()).with(user(officer)).param("action", "submit")
        .param("version", Long.toString(a.version())).param("target-" + target + "-actual", "61");
    for (ReportView.TaskLine t : a.tasks()) {
      form.param("task-" + t.itemId() + "-status", "").param("task-" + t.itemId() + "-results", "Đang chuẩn bị " + t.code());
    }
    MockHttpServletResponse r = mvc.perform(form).andReturn().getResponse();

    assertThat(r.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.text()).contains("Chưa gửi được báo cáo: đơn vị chủ trì phải chọn tình hình thực hiện cho 2 nhiệm vụ: "
        + "1. Vận hành chuyên mục; 3. Khảo sát nhu cầu.");
    for (ReportView.TaskLine t : a.tasks()) {
      String k = "task-" + t.itemId() + "-status";
      assertThat(page.getElementById(k).hasClass("is-invalid")).as(k).isTrue();
      assertThat(page.getElementById(k + "-error").text()).isEqualTo("Nhiệm vụ " + t.code() + ". " + t.title()
          + ": đơn vị chủ trì phải chọn tình hình thực hiện trước khi gửi.");
      // what was typed is still on the page
      assertThat(page.getElementById("task-" + t.itemId() + "-results").text()).isEqualTo("Đang chuẩn bị " + t.code());
    }
    assertThat(reports.view(f.reportA, f.actorA).status()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void aCoordinatingUnitSubmitsThroughTheFormWithItsItemLeftBlank() throws Exception {
    UserDetails officer = userDetails.loadUserByUsername(f.officerB);
    ReportView b = reports.view(f.reportB, f.actorB);
    var form = post("/reports/" + f.reportB).with(csrf()).with(user(officer)).param("action", "submit")
        .param("version", Long.toString(b.version()));
    for (ReportView.TaskLine t : b.tasks()) {
      form.param("task-" + t.itemId() + "-status", t.lead() ? "DONE" : "");
    }
    MockHttpServletResponse r = mvc.perform(form).andReturn().getResponse();

    assertThat(r.getRedirectedUrl()).isEqualTo("/reports/" + f.reportB);
    ReportView sent = reports.view(f.reportB, f.actorB);
    assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
    Map<String, TaskStatus> statuses = new HashMap<>();
    sent.tasks().forEach(t -> statuses.put(t.code() + (t.lead() ? " lead" : " coordinating"), t.status()));
    Map<String, TaskStatus> expected = new HashMap<>();
    expected.put("1 coordinating", null);
    expected.put("2 lead", TaskStatus.DONE);
    assertThat(statuses).isEqualTo(expected);
    // A, the lead of task 1, sees B's contribution as not reported, not as "Chưa triển khai".
    Document aPage = Jsoup.parse(mvc.perform(get("/reports/" + f.reportA)
        .with(user(userDetails.loadUserByUsername(f.officerA)))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(aPage.text()).contains("(Chưa báo cáo, Đã gửi)").doesNotContain("Chưa triển khai,");
  }

  @Test
  void aStatusSetBackToTheEmptyChoiceIsNotReportedAgain() throws Exception {
    JsonNode a = read(f.reportA, f.officerA);
    long task = item(a, "1");
    var first = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", a.get("version").asLong(),
        "tasks", List.of(ReportingFixture.taskEntry(task, "IN_PROGRESS", null, null, null))));
    long version = json.readTree(first.getContentAsString()).get("version").asLong();
    // an entry without a status keeps the saved one
    Map<String, Object> noStatus = ReportingFixture.taskEntry(task, null, "30", null, null);
    var second = api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version,
        "tasks", List.of(noStatus)));
    version = json.readTree(second.getContentAsString()).get("version").asLong();
    assertThat(read(f.reportA, f.officerA).get("tasks").get(0).get("status").asText()).isEqualTo("IN_PROGRESS");

    api(put("/api/v1/reports/" + f.reportA), f.officerA, Map.of("version", version,
        "tasks", List.of(ReportingFixture.taskEntry(task, "", "30", null, null))));

    JsonNode after = read(f.reportA, f.officerA);
    assertThat(after.get("tasks").get(0).get("status").isNull()).isTrue();
    assertThat(after.get("tasks").get(0).get("progress").asInt()).isEqualTo(30);
  }

  /**
   * V65's rule, run again on items set up as the old code left them: blank NOT_STARTED items of a never-submitted
   * report, and blank coordinating items of a report not approved, become not reported; anything typed, any evidence,
   * and the lead items of submitted or approved reports keep their status.
   */
  @Test
  void theMigrationTurnsOnlyUntouchedItemsIntoNotReported() throws Exception {
    ReportView a = reports.view(f.reportA, f.actorA);
    ReportView b = reports.view(f.reportB, f.actorB);
    long a1 = a.tasks().stream().filter(t -> t.code().equals("1")).findFirst().orElseThrow().itemId();
    long a3 = a.tasks().stream().filter(t -> t.code().equals("3")).findFirst().orElseThrow().itemId();
    long b1 = b.tasks().stream().filter(t -> t.code().equals("1")).findFirst().orElseThrow().itemId();
    long b2 = b.tasks().stream().filter(t -> t.code().equals("2")).findFirst().orElseThrow().itemId();
    List<Long> all = List.of(a1, a3, b1, b2);
    all.forEach(id -> jdbc.update("update report_task_item set status = 'NOT_STARTED' where id = ?", id));
    jdbc.update("update report_task_item set results = 'Đã họp' where id = ?", a3); // typed: kept
    jdbc.update("update unit_report set status = 'SUBMITTED' where id = ?", f.reportB);
    // a second, approved report of B's (another period; only task 1, which B coordinates, is active in it)
    long other = periods.save(f.planId, null, "6 tháng cuối năm 2026", java.time.LocalDate.of(2026, 7, 1),
        java.time.LocalDate.of(2026, 12, 31), java.time.LocalDate.of(2026, 12, 15), null);
    periods.open(other);
    ReportView bLater = reports.mine(f.actorB).stream().filter(r -> r.periodId() == other).findFirst().orElseThrow();
    jdbc.update("update report_task_item set status = 'NOT_STARTED' where report_id = ?", bLater.id());
    jdbc.update("update unit_report set status = 'APPROVED' where id = ?", bLater.id());

    String script = new ClassPathResource("db/migration/V65__task_items_not_reported.sql")
        .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
    for (String statement : script.split(";")) {
      if (!statement.isBlank()) {
        jdbc.execute(statement);
      }
    }

    Map<Long, String> status = new HashMap<>();
    List<Long> ids = new ArrayList<>(all);
    bLater.tasks().forEach(t -> ids.add(t.itemId()));
    for (Long id : ids) {
      status.put(id, jdbc.queryForObject("select status from report_task_item where id = ?", String.class, id));
    }
    Map<Long, String> expected = new HashMap<>();
    expected.put(a1, null);           // draft, untouched
    expected.put(a3, "NOT_STARTED");  // draft, but results typed
    expected.put(b1, null);           // submitted, coordinating, blank
    expected.put(b2, "NOT_STARTED");  // submitted, lead: the unit's word
    bLater.tasks().forEach(t -> expected.put(t.itemId(), "NOT_STARTED")); // approved: never rewritten
    assertThat(status).isEqualTo(expected);
  }
}
