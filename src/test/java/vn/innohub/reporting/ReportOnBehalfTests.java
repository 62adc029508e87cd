package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
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

/**
 * Issue 15, point 11: a report written by an ADMIN on a unit's behalf is marked so (report page, period page, API)
 * and cannot be approved by the account that wrote or submitted it; another ADMIN may approve it.
 */
@IntegrationTest
class ReportOnBehalfTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private ReportingFixture f;
  private String writer;
  private String reviewer;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    writer = "dost-w" + f.officerA;
    reviewer = "dost-r" + f.officerA;
    accounts.create(new NewAccount(writer, "Chuyên viên Sở", null, ReportingFixture.PASSWORD, Set.of(Role.ADMIN), Set.of()));
    accounts.create(new NewAccount(reviewer, "Lãnh đạo phòng", null, ReportingFixture.PASSWORD, Set.of(Role.ADMIN), Set.of()));
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

  private String page(String url, String user) throws Exception {
    return mvc.perform(get(url).with(user(userDetails.loadUserByUsername(user)))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private void writeAndSubmit(long reportId, String user) throws Exception {
    JsonNode report = read(reportId, user);
    long version = report.get("version").asLong();
    Map<String, Object> draft = new java.util.HashMap<>(Map.of("version", version));
    if (report.get("targets").size() > 0) {
      draft.put("targets", List.of(Map.of("itemId", report.get("targets").get(0).get("itemId").asLong(),
          "actual", "55 %")));
    }
    // every task the unit leads needs a status before it is submitted (issue 17)
    List<Map<String, Object>> tasks = new java.util.ArrayList<>();
    report.get("tasks").forEach(t -> {
      if (t.get("lead").asBoolean()) {
        tasks.add(Map.of("itemId", t.get("itemId").asLong(), "status", "IN_PROGRESS"));
      }
    });
    draft.put("tasks", tasks);
    var saved = api(put("/api/v1/reports/" + reportId), user, draft);
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    var submitted = api(post("/api/v1/reports/" + reportId + "/submit"), user,
        Map.of("version", json.readTree(saved.getContentAsString()).get("version").asLong()));
    assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(200);
  }

  @Test
  void aReportEnteredByAnAdminIsMarkedAndOnlyAnotherAdminMayApproveIt() throws Exception {
    writeAndSubmit(f.reportA, writer);
    writeAndSubmit(f.reportB, f.officerB);

    JsonNode a = read(f.reportA, reviewer);
    assertThat(a.get("enteredOnBehalf").asBoolean()).isTrue();
    assertThat(a.get("submittedBy").asText()).isEqualTo(writer);
    assertThat(a.get("adminWriters").toString()).contains(writer);
    assertThat(a.get("ownWork").asBoolean()).as("not the reviewer's work").isFalse();
    JsonNode b = read(f.reportB, reviewer);
    assertThat(b.get("enteredOnBehalf").asBoolean()).isFalse();
    assertThat(b.get("submittedBy").asText()).isEqualTo(f.officerB);

    // The badge on the report page and the period page, and in the completeness API.
    assertThat(page("/reports/" + f.reportA, reviewer)).contains("id=\"onBehalfBadge\"")
        .contains("Do Sở KH&amp;CN nhập thay đơn vị");
    assertThat(page("/reports/" + f.reportB, reviewer)).doesNotContain("id=\"onBehalfBadge\"");
    String period = page("/reporting/periods/" + f.periodId, reviewer);
    assertThat(period.split("Do Sở KH&amp;CN nhập thay đơn vị", -1)).hasSize(2);
    JsonNode completeness = json.readTree(api(get("/api/v1/periods/" + f.periodId + "/completeness"), reviewer, null)
        .getContentAsString());
    for (JsonNode row : completeness.get("byUnit")) {
      assertThat(row.get("enteredOnBehalf").asBoolean()).as(row.toString()).isEqualTo(row.get("reportId").asLong() == f.reportA);
    }

    // The writer's own approval is refused with a clear message; nothing changes; the refusal is audited.
    String own = page("/reports/" + f.reportA, writer);
    assertThat(own).contains("id=\"ownWorkNote\"").containsPattern("id=\"approveReport\"[^>]*disabled");
    var refused = api(post("/api/v1/reports/" + f.reportA + "/approve"), writer, Map.of());
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString()).contains("không thể tự phê duyệt");
    assertThat(read(f.reportA, reviewer).get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'REPORT_SELF_APPROVAL_REFUSED'"
        + " AND entity_id = ?", Long.class, String.valueOf(f.reportA))).isEqualTo(1);

    // Another ADMIN approves it; the writer may approve a report they did not write.
    assertThat(api(post("/api/v1/reports/" + f.reportA + "/approve"), reviewer, Map.of()).getStatus()).isEqualTo(200);
    assertThat(api(post("/api/v1/reports/" + f.reportB + "/approve"), writer, Map.of()).getStatus()).isEqualTo(200);
    assertThat(read(f.reportA, reviewer).get("enteredOnBehalf").asBoolean()).as("the mark stays").isTrue();
  }
}
