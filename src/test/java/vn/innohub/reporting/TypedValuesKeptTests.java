package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Issue 17, point 3: what a unit types into a number or date field is never lost. One autosave with valid and invalid
 * fields saves the valid ones, keeps the invalid ones as typed (their number stays empty, so nothing counts them) and
 * marks them at the field, on the page read again; a submission is refused with the list of problems, each a link to
 * its field; fixing them makes the numbers count.
 */
@IntegrationTest
class TypedValuesKeptTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final ObjectMapper json = new ObjectMapper();
  private ReportingFixture f;
  private UserDetails officer;
  private long targetItem;
  private long taskItem;
  private String target;
  private String task;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    officer = userDetails.loadUserByUsername(f.officerA);
    ReportView report = reports.view(f.reportA, f.actorA);
    targetItem = report.targets().get(0).itemId();
    taskItem = report.tasks().get(0).itemId();
    target = "target-" + targetItem + "-";
    task = "task-" + taskItem + "-";
  }

  /** The form as the browser sends it: every field of unit A's report (one target, one task). */
  private Map<String, String> form(String... fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("version", Long.toString(reports.view(f.reportA, f.actorA).version()));
    form.put(task + "status", "");
    form.put(task + "progress", "");
    form.put(task + "quantity", "");
    form.put(task + "completedOn", "");
    form.put(task + "results", "");
    form.put(task + "cancelReason", "");
    form.put(target + "actual", "");
    form.put(target + "note", "");
    form.put("difficulties", "");
    form.put("proposals", "");
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    return form;
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Map<String, String> form) throws Exception {
    form.forEach(request::param);
    MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(user(officer))).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  /** Four wrong values and three right ones, in one autosave. */
  private JsonNode autosaveMixed() throws Exception {
    MockHttpServletResponse r = send(post("/reports/" + f.reportA + "/autosave").accept(MediaType.APPLICATION_JSON),
        form(target + "actual", "12 doanh nghiệp", task + "status", "IN_PROGRESS", task + "progress", "140",
            task + "quantity", "-3", task + "completedOn", "ngày mai", task + "results", "Đã mở 2 lớp tập huấn",
            "difficulties", "Thiếu kinh phí"));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return json.readTree(r.getContentAsString());
  }

  private Document page() throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/reports/" + f.reportA).with(user(officer))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
  }

  private Map<String, Object> stored() {
    Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap(
        "SELECT status, progress, quantity, completed_on, results, progress_typed, quantity_typed, completed_on_typed "
            + "FROM report_task_item WHERE id = ?", taskItem));
    row.putAll(jdbc.queryForMap("SELECT actual, actual_typed FROM report_target_item WHERE id = ?", targetItem));
    return row;
  }

  @Test
  void oneAutosaveSavesTheValidFieldsAndKeepsTheInvalidOnesAsTypedWithoutANumber() throws Exception {
    JsonNode answer = autosaveMixed();

    assertThat(answer.get("saved").asBoolean()).isTrue();
    Map<String, String> invalid = new LinkedHashMap<>();
    answer.get("invalid").fields().forEachRemaining(e -> invalid.put(e.getKey(), e.getValue().asText()));
    assertThat(invalid).isEqualTo(Map.of(
        target + "actual", "Đơn vị tính phải là “%”, không phải “doanh nghiệp”.",
        task + "progress", "Tỷ lệ phải là số từ 0 đến 100.",
        task + "quantity", "Không được là số âm.",
        task + "completedOn", "Ngày không hợp lệ."));
    Map<String, Object> row = stored();
    // the valid fields are saved
    assertThat(row.get("status")).isEqualTo("IN_PROGRESS");
    assertThat(row.get("results")).isEqualTo("Đã mở 2 lớp tập huấn");
    assertThat(reports.view(f.reportA, f.actorA).difficulties()).isEqualTo("Thiếu kinh phí");
    // the invalid ones are kept as typed, and their numbers are empty: no roll-up can count them
    assertThat(row.get("progress_typed")).isEqualTo("140");
    assertThat(row.get("quantity_typed")).isEqualTo("-3");
    assertThat(row.get("completed_on_typed")).isEqualTo("ngày mai");
    assertThat(row.get("actual_typed")).isEqualTo("12 doanh nghiệp");
    assertThat(row.get("progress")).isNull();
    assertThat(row.get("quantity")).isNull();
    assertThat(row.get("completed_on")).isNull();
    assertThat(row.get("actual")).isNull();
  }

  @Test
  void theReportReadAgainShowsWhatWasTypedWithEachInvalidFieldMarkedAtTheField() throws Exception {
    autosaveMixed();

    Document page = page();
    assertThat(page.getElementById(target + "actual").val()).isEqualTo("12 doanh nghiệp");
    assertThat(page.getElementById(task + "progress").val()).isEqualTo("140");
    assertThat(page.getElementById(task + "quantity").val()).isEqualTo("-3");
    // a kept text that is no day cannot sit in a date input: it is shown as text
    Element date = page.getElementById(task + "completedOn");
    assertThat(date.val()).isEqualTo("ngày mai");
    assertThat(date.attr("type")).isEqualTo("text");
    assertThat(page.getElementById(task + "results").text()).isEqualTo("Đã mở 2 lớp tập huấn");
    for (String field : List.of(target + "actual", task + "progress", task + "quantity", task + "completedOn")) {
      Element input = page.getElementById(field);
      assertThat(input.hasClass("is-invalid")).as(field).isTrue();
      assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
      assertThat(input.attr("aria-describedby")).as(field).isEqualTo(field + "-error");
    }
    assertThat(page.getElementById(task + "progress-error").text()).isEqualTo("Tỷ lệ phải là số từ 0 đến 100.");
    assertThat(page.getElementById(target + "actual-error").text())
        .isEqualTo("Đơn vị tính phải là “%”, không phải “doanh nghiệp”.");
    // the valid fields are not marked; the items with a problem are open
    assertThat(page.getElementById(task + "status").hasClass("is-invalid")).isFalse();
    assertThat(page.getElementById("task-" + taskItem).hasAttr("open")).isTrue();
    // and the list at the top links to each field
    assertThat(page.select("#reportProblems a").eachAttr("href")).containsExactlyInAnyOrder("#" + target + "actual",
        "#" + task + "progress", "#" + task + "quantity", "#" + task + "completedOn");
  }

  @Test
  void aSubmissionIsRefusedWithEveryProblemListedOnceAsALinkToItsField() throws Exception {
    autosaveMixed();

    // the form's "Gửi" with what the page shows
    MockHttpServletResponse r = send(post("/reports/" + f.reportA), form("action", "submit",
        target + "actual", "12 doanh nghiệp", task + "status", "IN_PROGRESS", task + "progress", "140",
        task + "quantity", "-3", task + "completedOn", "ngày mai", task + "results", "Đã mở 2 lớp tập huấn",
        "difficulties", "Thiếu kinh phí"));
    assertThat(r.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
    List<String> lines = page.select("#reportProblems li").eachText();
    assertThat(lines).containsExactlyInAnyOrder(
        "1. Tỷ lệ hồ sơ trực tuyến — Số liệu kỳ này: Đơn vị tính phải là “%”, không phải “doanh nghiệp”.",
        "1. Vận hành chuyên mục — Tiến độ (%): Tỷ lệ phải là số từ 0 đến 100.",
        "1. Vận hành chuyên mục — Số lượng đạt được: Không được là số âm.",
        "1. Vận hành chuyên mục — Ngày hoàn thành: Ngày không hợp lệ.");
    assertThat(String.join(" ", lines)).doesNotContain("null");
    for (Element link : page.select("#reportProblems a")) {
      assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
    }
    assertThat(reports.view(f.reportA, f.actorA).status()).isEqualTo(ReportStatus.DRAFT);

    // the API's submission without changes sees the kept texts too
    MockHttpServletResponse api = mvc.perform(post("/api/v1/reports/" + f.reportA + "/submit")
        .with(httpBasic(f.officerA, ReportingFixture.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}")
        .header("Accept-Language", "vi")).andReturn().getResponse();
    api.setCharacterEncoding("UTF-8");
    assertThat(api.getStatus()).as(api.getContentAsString()).isEqualTo(400);
    List<String> errors = new ArrayList<>();
    json.readTree(api.getContentAsString()).get("errors").forEach(e -> errors.add(e.asText()));
    assertThat(errors).containsExactlyInAnyOrder("Đơn vị tính phải là “%”, không phải “doanh nghiệp”.",
        "Tỷ lệ phải là số từ 0 đến 100.", "Không được là số âm.", "Ngày không hợp lệ.");
    assertThat(reports.view(f.reportA, f.actorA).status()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void fixedValuesCountAgainAndLoseTheirMarks() throws Exception {
    autosaveMixed();

    MockHttpServletResponse r = send(post("/reports/" + f.reportA + "/autosave").accept(MediaType.APPLICATION_JSON),
        form(target + "actual", "61 %", task + "status", "IN_PROGRESS", task + "progress", "60 %",
            task + "quantity", "3", task + "completedOn", "", task + "results", "Đã mở 2 lớp tập huấn"));
    assertThat(json.readTree(r.getContentAsString()).get("invalid").size()).isZero();

    Map<String, Object> row = stored();
    assertThat(((Number) row.get("progress")).intValue()).isEqualTo(60);
    assertThat(((java.math.BigDecimal) row.get("quantity")).compareTo(java.math.BigDecimal.valueOf(3))).isZero();
    assertThat(((java.math.BigDecimal) row.get("actual")).compareTo(java.math.BigDecimal.valueOf(61))).isZero();
    Document page = page();
    assertThat(page.getElementById(target + "actual").val()).isEqualTo("61 %"); // as typed
    assertThat(page.getElementById(task + "progress").val()).isEqualTo("60 %");
    assertThat(page.select(".is-invalid")).isEmpty();
    assertThat(page.getElementById("reportProblems")).isNull();

    MockHttpServletResponse submitted = send(post("/reports/" + f.reportA), form("action", "submit",
        target + "actual", "61 %", task + "status", "IN_PROGRESS", task + "progress", "60 %", task + "quantity", "3",
        task + "results", "Đã mở 2 lớp tập huấn"));
    assertThat(submitted.getRedirectedUrl()).isEqualTo("/reports/" + f.reportA);
    assertThat(reports.view(f.reportA, f.actorA).status()).isEqualTo(ReportStatus.SUBMITTED);
  }
}
