package vn.innohub.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.internal.DashboardService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.internal.Insights;
import vn.innohub.reporting.internal.PeriodService;

/**
 * Agencies outside the province (issue 17, point 5): the Ministry, named in a plan as a coordinator and as a co-lead,
 * gets no report when a period opens and no place in the units' ranking — until ADMIN switches reporting on for it on
 * the unit form; then the next opening gives it a report and the ranking lists it.
 */
@IntegrationTest
class ExternalAgencyTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired OrgDirectory org;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired Insights insights;
  @Autowired DashboardService dashboards;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final Actor leader = new Actor(0, "leader", "Lãnh đạo", Set.of(Role.LEADER), Set.of());
  private String s;
  private UnitSummary department;
  private UnitSummary ministry;
  private UnitSummary telecom;
  private long planId;
  private long periodId;

  @BeforeEach
  void plan() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    s = Long.toString(System.nanoTime() % 100_000_000);
    department = units.create(new UnitDraft("ED" + s, "Sở thử nghiệm " + s, List.of(), UnitType.DEPARTMENT, null, true));
    // Typed as "other", as the demo list and the seeds' units did: its name says it is a ministry.
    ministry = units.create(new UnitDraft("EB" + s, "Bộ Khoa học và Công nghệ " + s, List.of(), UnitType.OTHER, null,
        true));
    telecom = units.create(new UnitDraft("EV" + s, "Viettel thử " + s, List.of(), null, null, true));
    planId = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch có bộ " + s, null, 2026, 2026, null,
        PlanStatus.IN_FORCE, "", 0));
    editor.saveTask(planId, null, new PlanEditor.TaskForm("1", null, "Kết nối mạng lưới " + s, "",
        department.name(), ministry.name(), "Năm 2026", "", Set.of(), 0));
    editor.saveTask(planId, null, new PlanEditor.TaskForm("2", null, "Phủ sóng 5G " + s, "",
        department.name() + ", " + telecom.name() + ", " + ministry.name(), "", "Năm 2026", "", Set.of(), 0));
    periodId = periods.save(planId, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 6, 15), null);
  }

  private List<Long> reportingUnits() {
    return insights.completeness(periodId).byUnit().stream().map(Completeness.UnitRow::unitId).toList();
  }

  private List<Long> ranked() {
    Dashboard d = dashboards.build(planId, periodId, new Dashboard.Filters(null, null, null), leader);
    return d.ranking().stream().map(Dashboard.RankRow::unitId).toList();
  }

  @Test
  void obviousNamesOutsideTheProvinceAreClassifiedWhenTheUnitIsCreated() {
    assertThat(ministry.type()).isEqualTo(UnitType.EXTERNAL);
    assertThat(ministry.reports()).isFalse();
    assertThat(telecom.type()).isEqualTo(UnitType.TELECOM);
    assertThat(telecom.reports()).isFalse();
    assertThat(department.reports()).isTrue();
  }

  @Test
  void anExternalAgencyNamedInThePlanGetsNoReportAndNoRank() {
    PeriodService.OpenResult opened = periods.open(periodId);
    assertThat(opened.obligatedUnits()).isEqualTo(1);
    assertThat(reportingUnits()).containsExactly(department.id());
    assertThat(ranked()).contains(department.id()).doesNotContain(ministry.id(), telecom.id());
  }

  @Test
  void switchedOnByAdminTheExternalAgencyGetsAReportAndARank() throws Exception {
    periods.open(periodId);
    UserDetails admin = userDetails.loadUserByUsername("admin");
    String form = mvc.perform(get("/admin/units/" + ministry.id()).with(user(admin))).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(form).contains("Giao nghĩa vụ báo cáo cho đơn vị ngoài tỉnh này").contains("name=\"reportingOn\"");
    mvc.perform(post("/admin/units/" + ministry.id()).with(user(admin)).with(csrf())
        .param("code", ministry.code()).param("name", ministry.name()).param("aliases", "")
        .param("type", "EXTERNAL").param("parentCode", "").param("active", "true")
        .param("reportingOn", "true").param("version", "0"));
    assertThat(org.find(ministry.id()).orElseThrow().reports()).isTrue();

    PeriodService.OpenResult again = periods.open(periodId);
    assertThat(again.newReports()).isEqualTo(1);
    assertThat(reportingUnits()).containsExactlyInAnyOrder(department.id(), ministry.id());
    assertThat(ranked()).contains(department.id(), ministry.id()).doesNotContain(telecom.id());
  }
}
