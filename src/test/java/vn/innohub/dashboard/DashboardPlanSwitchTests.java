package vn.innohub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;

/**
 * Switching plans on the dashboard (issue 17, point 6): the filter form carries the previous plan's period and
 * section over; the page answers with the chosen plan at its latest open or closed period, never 404. The same for
 * every combination of foreign, unknown and garbage filter values.
 */
@IntegrationTest
class DashboardPlanSwitchTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private String s;
  private long planA;
  private long periodA;
  private long sectionA;
  private long planB;
  private long closedB;
  private long openB;
  private long unit;
  private UserDetails leader;

  @BeforeEach
  void twoPlans() {
    clock.set(Instant.parse("2026-12-20T02:00:00Z"));
    s = Long.toString(System.nanoTime() % 100_000_000);
    var u = units.create(new UnitDraft("DS" + s, "Sở chuyển kế hoạch " + s, List.of(), UnitType.DEPARTMENT, null, true));
    unit = u.id();
    planA = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch A " + s, null, 2026, 2026, null,
        PlanStatus.IN_FORCE, "", 0));
    sectionA = editor.addSection(planA, "I", "Nhóm nhiệm vụ của A");
    editor.saveTask(planA, null, new PlanEditor.TaskForm("1", sectionA, "Nhiệm vụ A " + s, "", u.name(), "",
        "Năm 2026", "", Set.of(), 0));
    periodA = periods.save(planA, null, "Năm 2026 của A", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        LocalDate.of(2026, 12, 15), null);
    periods.open(periodA);
    planB = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch B " + s, null, 2026, 2026, null,
        PlanStatus.IN_FORCE, "", 0));
    editor.saveTask(planB, null, new PlanEditor.TaskForm("1", null, "Nhiệm vụ B " + s, "", u.name(), "", "Năm 2026",
        "", Set.of(), 0));
    closedB = periods.save(planB, null, "6 tháng đầu năm 2026 của B", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15), null);
    periods.open(closedB);
    periods.close(closedB);
    openB = periods.save(planB, null, "Năm 2026 của B", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        LocalDate.of(2026, 12, 15), null);
    periods.open(openB);
    // A planned (never opened) period after both: not the one to fall back to.
    periods.save(planB, null, "Kỳ bổ sung 2027 của B", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
        LocalDate.of(2027, 3, 15), null);
    String name = "leader" + System.nanoTime() % 1_000_000;
    accounts.create(new NewAccount(name, "Lãnh đạo", null, "leader-password-1", Set.of(Role.LEADER), Set.of()));
    leader = userDetails.loadUserByUsername(name);
  }

  private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse r = mvc.perform(request.with(user(leader))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  private static String selected(long id) {
    return "value=\"" + id + "\" selected=\"selected\"";
  }

  /** The options of one filter of the page. */
  private static String select(String page, String id) {
    int from = page.indexOf("id=\"" + id + "\"");
    assertThat(from).as(id).isPositive();
    return page.substring(from, page.indexOf("</select>", from));
  }

  @Test
  void switchingPlansKeepsTheLatestOpenPeriodOfTheChosenPlan() throws Exception {
    // The form as submitted after choosing plan B while plan A's period and section were selected.
    MockHttpServletResponse r = answer(get("/dashboard").param("plan", Long.toString(planB))
        .param("period", Long.toString(periodA)).param("section", Long.toString(sectionA)).param("agency", "")
        .param("unitType", ""));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    String page = r.getContentAsString();
    assertThat(page).contains("Kế hoạch B " + s).doesNotContain("Không tìm thấy");
    assertThat(select(page, "fPlan")).contains(selected(planB));
    assertThat(select(page, "fPeriod")).contains(selected(openB)).contains("Năm 2026 của B")
        .doesNotContain("của A");
    assertThat(select(page, "fSection")).doesNotContain("selected=\"selected\"");
    // A period of the plan itself is kept as chosen.
    String closed = answer(get("/dashboard").param("plan", Long.toString(planB))
        .param("period", Long.toString(closedB))).getContentAsString();
    assertThat(select(closed, "fPeriod")).contains(selected(closedB));
  }

  @Test
  void everyCombinationOfForeignUnknownAndGarbageFiltersAnswersAPage() throws Exception {
    String[] plansTried = {Long.toString(planA), Long.toString(planB), "999999999", "abc", "", "-1", "1e3"};
    String[] periodsTried = {Long.toString(periodA), Long.toString(openB), "999999999", "x", "", "0"};
    String[] sections = {Long.toString(sectionA), "999999999", "%", ""};
    String[] agencies = {Long.toString(unit), "999999999", "NaN", ""};
    String[] types = {"DEPARTMENT", "NO_SUCH_TYPE", "", "<b>"};
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (String plan : plansTried) {
      for (String period : periodsTried) {
        for (int i = 0; i < sections.length; i++) {
          // Every section and every agency and type with every plan and period, without the full product.
          String section = sections[i];
          String agency = agencies[(i + period.length()) % agencies.length];
          String type = types[(i + plan.length()) % types.length];
          MockHttpServletResponse r = answer(get("/dashboard").param("plan", plan).param("period", period)
              .param("section", section).param("agency", agency).param("unitType", type));
          tried++;
          if (r.getStatus() != 200) {
            failures.add(r.getStatus() + " for plan=" + plan + " period=" + period + " section=" + section
                + " agency=" + agency + " unitType=" + type);
          }
          MockHttpServletResponse t = answer(get("/dashboard/tasks").param("plan", plan).param("period", period)
              .param("section", section).param("agency", agency).param("late", type.isEmpty() ? "true" : type));
          if (t.getStatus() != 200) {
            failures.add(t.getStatus() + " for tasks plan=" + plan + " period=" + period + " section=" + section
                + " agency=" + agency + " late=" + type);
          }
        }
      }
    }
    assertThat(tried).isEqualTo(7 * 6 * 4);
    assertThat(failures).isEmpty();
  }

  @Test
  void anUnknownPlanFallsBackToAPlanInForceWithoutAnError() throws Exception {
    MockHttpServletResponse r = answer(get("/dashboard").param("plan", "999999999").param("period", "999999999"));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("id=\"dashboardPlan\"").doesNotContain("Không tìm thấy");
  }
}
