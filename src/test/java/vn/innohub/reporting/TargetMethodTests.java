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
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditRecordView;
import vn.innohub.audit.AuditTrail;
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
 * How each target gets its provincial value (issue 17), end to end. A plan with four targets compiled by the DOST
 * and led by two communes (An, Bình):
 * <ol>
 *   <li>SUM "Số doanh nghiệp khởi nghiệp sáng tạo": An 3 + Bình 4 = 7, "Σ 2 xã";</li>
 *   <li>RATIO "Tỷ lệ hộ gia đình sử dụng dịch vụ số": An 12/20, Bình 33/40 → 45/60 = 75 %;</li>
 *   <li>"Tỷ lệ doanh nghiệp khởi nghiệp có hoạt động ĐMST" — proposed RATIO, set by ADMIN to REPORTED_BY (the DOST):
 *       An types a provincial-looking 10, the DOST 55 → 55, An's 10 a contribution only;</li>
 *   <li>RANK "Chỉ số Đổi mới sáng tạo tỉnh ≤ 15": An types 40, the DOST 18 → 18.</li>
 * </ol>
 * Before issue 17 the results said 7, 60 (LATEST of bare values), 10 or 55, and 40 or 18 depending on approval order.
 */
@IntegrationTest
class TargetMethodTests {

  private static final String PASSWORD = "fixture-password-1";

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired AuditTrail audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final ObjectMapper json = new ObjectMapper();
  private final Actor reviewer = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  private String dostName;
  private long anUnit;
  private String anName;
  private String dostOfficer;
  private String anOfficer;
  private String binhOfficer;
  private String leader;
  private String admin;
  private long planId;
  private long periodId;
  private long sumId;
  private long ratioId;
  private long reportedById;
  private long rankId;

  @BeforeEach
  void plan() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    String s = Long.toString(System.nanoTime() % 100_000_000);
    dostName = "Sở Thử nghiệm Khoa học " + s;
    anName = "Xã Thử An " + s;
    String binhName = "Xã Thử Bình " + s;
    long dost = units.create(new UnitDraft("MD" + s, dostName, List.of(), UnitType.DEPARTMENT, null, true)).id();
    long an = units.create(new UnitDraft("MA" + s, anName, List.of(), UnitType.COMMUNE, null, true)).id();
    anUnit = an;
    long binh = units.create(new UnitDraft("MB" + s, binhName, List.of(), UnitType.COMMUNE, null, true)).id();
    dostOfficer = officer("md" + s, dost);
    anOfficer = officer("ma" + s, an);
    binhOfficer = officer("mb" + s, binh);
    leader = "ml" + s;
    accounts.create(new NewAccount(leader, "Lãnh đạo", null, PASSWORD, Set.of(Role.LEADER), Set.of()));
    admin = "mx" + s;
    accounts.create(new NewAccount(admin, "Quản trị", null, PASSWORD, Set.of(Role.ADMIN), Set.of()));
    planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch cách tính " + s, null, 2026, 2030,
        null, PlanStatus.IN_FORCE, "", 0));
    String communes = anName + "; " + binhName;
    sumId = target("1", "Số doanh nghiệp khởi nghiệp sáng tạo", "25 doanh nghiệp", communes);
    ratioId = target("2", "Tỷ lệ hộ gia đình sử dụng dịch vụ số", "≥ 60 %", communes);
    reportedById = target("3", "Tỷ lệ doanh nghiệp khởi nghiệp có hoạt động ĐMST", "≥ 60 %", communes);
    rankId = target("4", "Chỉ số Đổi mới sáng tạo tỉnh", "≤ 15", communes);
    periodId = periods.save(planId, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
  }

  private String officer(String username, long unit) {
    accounts.create(new NewAccount(username, username, null, PASSWORD, Set.of(Role.UNIT_OFFICER), Set.of(unit)));
    return username;
  }

  private long target(String code, String name, String value, String leads) {
    return editor.saveTarget(planId, null, new PlanEditor.TargetForm(code, name, value, 2030, "", "", null, dostName,
        leads, "", 0));
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    MockHttpServletResponse r = mvc.perform(request.with(httpBasic(user, PASSWORD))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
    MockHttpServletResponse r = mvc.perform(request.with(user(userDetails.loadUserByUsername(username)))).andReturn()
        .getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private long reportOf(String officer) throws Exception {
    JsonNode mine = json.readTree(api(get("/api/v1/reports"), officer, null).getContentAsString());
    for (JsonNode r : mine) {
      if (r.get("periodId").asLong() == periodId) {
        return r.get("id").asLong();
      }
    }
    throw new AssertionError("no report of " + officer + " in " + mine);
  }

  /** The officer's report: target code → item id. */
  private Map<String, Long> items(long reportId, String officer) throws Exception {
    Map<String, Long> out = new HashMap<>();
    json.readTree(api(get("/api/v1/reports/" + reportId), officer, null).getContentAsString()).get("targets")
        .forEach(t -> out.put(t.get("code").asText(), t.get("itemId").asLong()));
    return out;
  }

  private static Map<String, Object> value(long itemId, String actual) {
    return Map.of("itemId", itemId, "actual", actual);
  }

  private static Map<String, Object> note(long itemId, String note) {
    return Map.of("itemId", itemId, "note", note);
  }

  private static Map<String, Object> parts(long itemId, String numerator, String denominator) {
    return Map.of("itemId", itemId, "numerator", numerator, "denominator", denominator);
  }

  private void submitAndApprove(String officer, List<Map<String, Object>> targets) throws Exception {
    long id = reportOf(officer);
    long version = json.readTree(api(get("/api/v1/reports/" + id), officer, null).getContentAsString())
        .get("version").asLong();
    var r = api(post("/api/v1/reports/" + id + "/submit"), officer, Map.of("version", version, "targets", targets));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    reports.approve(id, null, reviewer);
  }

  /** ADMIN sets target 3 to REPORTED_BY on the target page (the DOST, the compiling agency, by default). */
  private void adminMakesTarget3ReportedByTheDost() throws Exception {
    var r = mvc.perform(post("/plans/" + planId + "/targets/" + reportedById + "/method").with(csrf())
        .with(user(userDetails.loadUserByUsername(admin))).param("method", "REPORTED_BY").param("reportingUnitId", ""))
        .andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
  }

  private void everyoneReports() throws Exception {
    periods.open(periodId);
    Map<String, Long> an = items(reportOf(anOfficer), anOfficer);
    Map<String, Long> binh = items(reportOf(binhOfficer), binhOfficer);
    Map<String, Long> dost = items(reportOf(dostOfficer), dostOfficer);
    // the DOST answers for the targets it reports alone, not for the counts and ratios the communes report
    assertThat(dost.keySet()).containsExactlyInAnyOrder("3", "4");
    assertThat(an.keySet()).containsExactlyInAnyOrder("1", "2", "3", "4");
    // An approved last for 3 and 4: under the old LATEST rule its 10 and 40 would have been the province's values
    submitAndApprove(dostOfficer, List.of(value(dost.get("3"), "55"), value(dost.get("4"), "18")));
    submitAndApprove(binhOfficer, List.of(value(binh.get("1"), "4"), parts(binh.get("2"), "33", "40"),
        note(binh.get("3"), "Chưa có số liệu"), note(binh.get("4"), "Không theo dõi")));
    submitAndApprove(anOfficer, List.of(value(an.get("1"), "3"), parts(an.get("2"), "12", "20"),
        value(an.get("3"), "10"), value(an.get("4"), "40")));
  }

  @Test
  void eachTargetGetsItsProvincialValueByItsMethodInTheResultsTheDashboardAndTheOfficialReports() throws Exception {
    adminMakesTarget3ReportedByTheDost();
    everyoneReports();

    // Results API: values and labels worked out by hand in the class comment
    JsonNode results = json.readTree(api(get("/api/v1/periods/" + periodId + "/results"), leader, null)
        .getContentAsString());
    Map<String, JsonNode> byCode = new HashMap<>();
    results.get("targets").forEach(t -> byCode.put(t.get("code").asText(), t));
    assertThat(byCode.get("1").get("actual").decimalValue()).isEqualByComparingTo("7");
    assertThat(byCode.get("1").get("method").asText()).isEqualTo("SUM");
    assertThat(byCode.get("1").get("methodLabel").asText()).isEqualTo("Σ 2 xã");
    assertThat(byCode.get("2").get("actual").decimalValue()).isEqualByComparingTo("75");
    assertThat(byCode.get("2").get("method").asText()).isEqualTo("RATIO");
    assertThat(byCode.get("2").get("methodLabel").asText()).isEqualTo("Σ 45/60 (2 đơn vị)");
    assertThat(byCode.get("3").get("actual").decimalValue()).isEqualByComparingTo("55");
    assertThat(byCode.get("3").get("method").asText()).isEqualTo("REPORTED_BY");
    assertThat(byCode.get("3").get("methodLabel").asText()).isEqualTo("do " + dostName + " báo cáo");
    assertThat(byCode.get("3").get("methodReview").asBoolean()).isFalse();
    assertThat(byCode.get("4").get("actual").decimalValue()).isEqualByComparingTo("18");
    assertThat(byCode.get("4").get("method").asText()).isEqualTo("RANK");
    assertThat(byCode.get("4").get("methodReview").asBoolean()).isTrue();
    // the breakdown: An's 10 and 40 are shown, as contributions only; the old fields are still there
    Map<String, JsonNode> three = new HashMap<>();
    byCode.get("3").get("breakdown").forEach(l -> three.put(l.get("unitName").asText(), l));
    assertThat(three.get(anName).get("value").decimalValue()).isEqualByComparingTo("10");
    assertThat(three.get(anName).get("used").asBoolean()).isFalse();
    assertThat(three.get(anName).get("reason").asText())
        .isEqualTo("Chỉ là đóng góp — giá trị của tỉnh do " + dostName + " báo cáo");
    assertThat(three.get(dostName).get("used").asBoolean()).isTrue();
    assertThat(byCode.get("3").get("sources")).hasSize(3); // kept as before: every approved item, Bình's note too
    Map<String, JsonNode> two = new HashMap<>();
    byCode.get("2").get("breakdown").forEach(l -> two.put(l.get("unitName").asText(), l));
    assertThat(two.get(anName).get("numerator").decimalValue()).isEqualByComparingTo("12");
    assertThat(two.get(anName).get("denominator").decimalValue()).isEqualByComparingTo("20");
    assertThat(two.get(anName).get("value").decimalValue()).isEqualByComparingTo("60"); // An's own ratio
    assertThat(two.get(anName).get("used").asBoolean()).isTrue();

    // Dashboard: the value, the method's label and the breakdown of each target row
    Document dash = Jsoup.parse(html(get("/dashboard").param("plan", Long.toString(planId))
        .param("period", Long.toString(periodId)), leader));
    Map<Long, String> actual = Map.of(sumId, "7", ratioId, "75", reportedById, "55", rankId, "18");
    Map<Long, String> label = Map.of(sumId, "Σ 2 xã", ratioId, "Σ 45/60 (2 đơn vị)", reportedById,
        "do " + dostName + " báo cáo", rankId, "do " + dostName + " báo cáo");
    for (long id : List.of(sumId, ratioId, reportedById, rankId)) {
      Element row = dash.getElementById("dash-target-" + id);
      assertThat(row).as("row " + id).isNotNull();
      assertThat(row.selectFirst(".actual a").text()).isEqualTo(actual.get(id));
      assertThat(row.selectFirst(".method-label").text()).isEqualTo(label.get(id));
    }
    List<String> rankLines = dash.getElementById("dash-target-" + rankId).select(".provincial-breakdown li").eachText();
    assertThat(rankLines).containsExactlyInAnyOrder(
        dostName + ": 18 — Giá trị của tỉnh",
        anName + ": 40 — Chỉ là đóng góp — giá trị của tỉnh do " + dostName + " báo cáo");
    assertThat(dash.getElementById("dash-target-" + ratioId).select(".provincial-breakdown li.used").eachText())
        .hasSize(2).anySatisfy(l -> assertThat(l).isEqualTo(anName + ": 12/20 — Được tính (số đạt/tổng số)"));

    // DOCX: the targets annex names the method and the breakdown in its last column
    byte[] docx = export("docx");
    Map<String, List<String>> annex = new HashMap<>();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFTable table : doc.getTables()) {
        if (table.getRow(0).getTableCells().size() != 8
            || !table.getRow(0).getCell(7).getText().equals("Cách tính giá trị của tỉnh")) {
          continue;
        }
        for (XWPFTableRow row : table.getRows()) {
          annex.put(row.getCell(0).getText(), List.of(row.getCell(4).getText(), row.getCell(7).getText()));
        }
      }
    }
    assertThat(annex.get("1").get(0)).startsWith("7");
    assertThat(annex.get("1").get(1)).startsWith("Σ 2 xã");
    assertThat(annex.get("2").get(0)).startsWith("75");
    assertThat(annex.get("2").get(1)).startsWith("Σ 45/60 (2 đơn vị)").contains(anName + ": 12/20");
    assertThat(annex.get("3").get(0)).startsWith("55");
    assertThat(annex.get("3").get(1)).startsWith("do " + dostName + " báo cáo")
        .contains(anName + ": 10 — Chỉ là đóng góp");
    assertThat(annex.get("4").get(0)).startsWith("18");
    assertThat(annex.get("4").get(1)).contains(anName + ": 40 — Chỉ là đóng góp").contains(dostName + ": 18 — Giá trị của tỉnh");

    // XLSX: method and breakdown columns after the period's
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
      var sheet = wb.getSheet("Phụ lục I - Chỉ tiêu");
      assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Cách tính");
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Chi tiết theo đơn vị");
      Map<String, Row> rows = new HashMap<>();
      sheet.forEach(r -> rows.put(r.getCell(0).getStringCellValue(), r));
      assertThat(rows.get("2").getCell(6).getNumericCellValue()).isEqualTo(75.0);
      assertThat(rows.get("2").getCell(10).getStringCellValue()).isEqualTo("Σ 45/60 (2 đơn vị)");
      assertThat(rows.get("4").getCell(6).getNumericCellValue()).isEqualTo(18.0);
      assertThat(rows.get("4").getCell(11).getStringCellValue()).contains(anName + ": 40 — Chỉ là đóng góp");
    }

    // The period page names the method beside each value
    Document period = Jsoup.parse(html(get("/reporting/periods/" + periodId), admin));
    assertThat(period.selectFirst("#result-target-" + reportedById + " .actual").text()).isEqualTo("55 %");
    assertThat(period.selectFirst("#result-target-" + reportedById + " .method-label").text())
        .isEqualTo("do " + dostName + " báo cáo");
  }

  @Test
  void theMethodChangeIsAuditedAndThePastPeriodFollowsIt() throws Exception {
    // target 3 was proposed RATIO from its wording and flagged; ADMIN confirms it as reported by the DOST
    assertThat(Jsoup.parse(html(get("/plans/" + planId + "/targets/" + reportedById), admin))
        .getElementById("methodReview").text()).isEqualTo("Cần xem lại cách tính");
    adminMakesTarget3ReportedByTheDost();
    everyoneReports();
    JsonNode before = target(3);
    assertThat(before.get("actual").decimalValue()).isEqualByComparingTo("55");

    // ADMIN then decides the units' values add up: the closed-over period is read again, An 10 + DOST 55 = 65
    var r = mvc.perform(post("/plans/" + planId + "/targets/" + reportedById + "/method").with(csrf())
        .with(user(userDetails.loadUserByUsername(admin))).param("method", "SUM")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
    JsonNode after = target(3);
    assertThat(after.get("actual").decimalValue()).isEqualByComparingTo("65");
    assertThat(after.get("methodLabel").asText()).isEqualTo("Σ 2 đơn vị");

    List<AuditRecordView> trail = audit.search(new AuditQuery(null, "TARGET_METHOD_CHANGED", "PlanTarget",
        Long.toString(reportedById), null, null), PageRequest.of(0, 10)).getContent();
    assertThat(trail).hasSize(2);
    List<String> changes = new ArrayList<>();
    for (AuditRecordView v : trail) {
      JsonNode c = json.readTree(v.changes());
      changes.add(c.get("before").get("method").asText() + "→" + c.get("after").get("method").asText());
    }
    assertThat(changes).containsExactlyInAnyOrder("RATIO→REPORTED_BY", "REPORTED_BY→SUM");
    // the target page tells ADMIN that past periods follow the method; the review flag is gone
    Document page = Jsoup.parse(html(get("/plans/" + planId + "/targets/" + reportedById), admin));
    assertThat(page.getElementById("method").selectFirst("option[selected]").val()).isEqualTo("SUM");
    assertThat(page.getElementById("methodHint").text()).contains("tính lại giá trị của tỉnh ở các kỳ trước");
    assertThat(page.getElementById("methodReview")).isNull();
  }

  private JsonNode target(int code) throws Exception {
    JsonNode results = json.readTree(api(get("/api/v1/periods/" + periodId + "/results"), leader, null)
        .getContentAsString());
    for (JsonNode t : results.get("targets")) {
      if (t.get("code").asText().equals(Integer.toString(code))) {
        return t;
      }
    }
    throw new AssertionError("no target " + code);
  }

  @Test
  void aRatioTargetTakesTheNumberMeetingItAndTheTotalAndRefusesMoreMeetingThanThereAre() throws Exception {
    periods.open(periodId);
    long report = reportOf(anOfficer);
    Map<String, Long> an = items(report, anOfficer);
    long version = json.readTree(api(get("/api/v1/reports/" + report), anOfficer, null).getContentAsString())
        .get("version").asLong();
    var refused = api(put("/api/v1/reports/" + report), anOfficer, Map.of("version", version,
        "targets", List.of(parts(an.get("2"), "50", "40"))));
    assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
    assertThat(refused.getContentAsString()).contains("target-" + an.get("2") + "-numerator")
        .contains("Số đạt (50) không được lớn hơn tổng số (40).");
    var negative = api(put("/api/v1/reports/" + report), anOfficer, Map.of("version", version,
        "targets", List.of(parts(an.get("2"), "3", "-4"))));
    assertThat(negative.getStatus()).isEqualTo(400);
    assertThat(negative.getContentAsString()).contains("target-" + an.get("2") + "-denominator");

    // the form labels the parts from the target's wording; a bare value field is not offered
    Document form = Jsoup.parse(html(get("/reports/" + report), anOfficer));
    String k = "target-" + an.get("2") + "-";
    assertThat(form.selectFirst("label[for=" + k + "numerator]").text()).isEqualTo("Số hộ gia đình đạt");
    assertThat(form.selectFirst("label[for=" + k + "denominator]").text()).isEqualTo("Tổng số hộ gia đình");
    assertThat(form.getElementById(k + "actual")).isNull();
    assertThat(form.getElementById("target-" + an.get("1") + "-actual")).isNotNull();
    // a form save with numerator > denominator: the message sits at the field, nothing is written
    var page = mvc.perform(post("/reports/" + report).with(csrf()).with(user(userDetails.loadUserByUsername(anOfficer)))
        .param("version", Long.toString(version)).param("action", "save")
        .param(k + "numerator", "21").param(k + "denominator", "20").param(k + "note", "")).andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    Document after = Jsoup.parse(page.getContentAsString());
    assertThat(after.getElementById(k + "numerator-error")).as(page.getContentAsString()).isNotNull();
    assertThat(after.getElementById(k + "numerator-error").text()).isEqualTo("Số đạt (21) không được lớn hơn tổng số (20).");
    assertThat(json.readTree(api(get("/api/v1/reports/" + report), anOfficer, null).getContentAsString())
        .get("targets").findValues("numerator").stream().allMatch(JsonNode::isNull)).isTrue();
    // valid parts are kept with the unit's own ratio
    var saved = api(put("/api/v1/reports/" + report), anOfficer, Map.of("version", version,
        "targets", List.of(parts(an.get("2"), "12", "20"))));
    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    JsonNode line = null;
    for (JsonNode t : json.readTree(api(get("/api/v1/reports/" + report), anOfficer, null).getContentAsString())
        .get("targets")) {
      if (t.get("code").asText().equals("2")) {
        line = t;
      }
    }
    assertThat(line.get("numerator").decimalValue()).isEqualByComparingTo("12");
    assertThat(line.get("denominator").decimalValue()).isEqualByComparingTo("20");
    assertThat(line.get("actual").decimalValue()).isEqualByComparingTo("60");

    // autosave names the wrong part and keeps both parts as typed, without a ratio until fixed (nothing aggregated),
    // while the valid fields are written
    Actor an2 = new Actor(0, anOfficer, anOfficer, Set.of(Role.UNIT_OFFICER), Set.of(anUnit));
    ReportView current = reports.view(report, an2);
    var autosaved = reports.autosave(report, new ReportDraft(current.version(), null, null, List.of(), List.of(
        new ReportDraft.TargetEntry(an.get("2"), null, "Theo sổ theo dõi", "25", "20"),
        new ReportDraft.TargetEntry(an.get("1"), "3", null))), an2);
    assertThat(autosaved.invalid()).containsOnlyKeys("target-" + an.get("2") + "-numerator");
    ReportView kept = reports.view(report, an2);
    ReportView.TargetLine ratio = kept.targets().stream().filter(t -> t.code().equals("2")).findFirst().orElseThrow();
    assertThat(ratio.numerator()).isNull();
    assertThat(ratio.denominator()).isNull();
    assertThat(ratio.actual()).isNull();
    String rk = "target-" + an.get("2") + "-";
    assertThat(kept.typed()).containsEntry(rk + "numerator", "25").containsEntry(rk + "denominator", "20");
    assertThat(kept.invalid()).containsOnlyKeys(rk + "numerator");
    assertThat(ratio.note()).isEqualTo("Theo sổ theo dõi");
    // a reload shows both parts as typed, the wrong one marked with its message
    Document reloaded = Jsoup.parse(html(get("/reports/" + report), anOfficer));
    assertThat(reloaded.getElementById(rk + "numerator").val()).isEqualTo("25");
    assertThat(reloaded.getElementById(rk + "numerator").hasClass("is-invalid")).isTrue();
    assertThat(reloaded.getElementById(rk + "denominator").val()).isEqualTo("20");
    assertThat(reloaded.getElementById(rk + "numerator-error").text())
        .isEqualTo("Số đạt (25) không được lớn hơn tổng số (20).");
    assertThat(kept.targets().stream().filter(t -> t.code().equals("1")).findFirst().orElseThrow().actual())
        .isEqualByComparingTo("3");
  }

  /**
   * V81 on a target as the old code left it (no method): the method the importer would propose, flagged for review.
   */
  @Test
  void theMigrationGivesAnExistingTargetTheProposedMethodFlaggedForReview() throws Exception {
    jdbc.update("UPDATE plan_target SET method = NULL, method_review = FALSE WHERE id IN (?, ?, ?)", sumId, ratioId,
        rankId);
    try (Connection c = dataSource.getConnection()) {
      new db.migration.V81__propose_target_methods().migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return c;
        }
      });
    }
    Map<Long, String> method = new HashMap<>();
    List<Boolean> review = new ArrayList<>();
    jdbc.query("SELECT id, method, method_review FROM plan_target WHERE id IN (?, ?, ?)", rs -> {
      method.put(rs.getLong(1), rs.getString(2));
      review.add(rs.getBoolean(3));
    }, sumId, ratioId, rankId);
    assertThat(method).containsExactlyInAnyOrderEntriesOf(Map.of(sumId, "SUM", ratioId, "RATIO", rankId, "RANK"));
    assertThat(review).containsExactly(true, true, true);
  }

  private byte[] export(String format) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/api/v1/exports").param("plan", Long.toString(planId))
        .param("period", Long.toString(periodId)).param("format", format)
        .with(httpBasic(leader, PASSWORD))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsByteArray();
  }
}
