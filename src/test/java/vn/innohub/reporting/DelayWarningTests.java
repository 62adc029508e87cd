package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.notification.NotificationView;
import vn.innohub.notification.Notifier;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.FollowUp;
import vn.innohub.reporting.internal.Insights;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.reporting.internal.SteeringCommittee;

/**
 * The delay warning (issue 17, point 4): late tasks of every plan being reported on — a draft plan with an opened
 * period included — with a plan filter and a plan column, grouped by plan in the digest, sent to the steering
 * committee ADMIN names (every LEADER while nobody is named), copied to administrators.
 */
@IntegrationTest
class DelayWarningTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired Insights insights;
  @Autowired FollowUp followUp;
  @Autowired Notifier notifier;
  @Autowired SteeringCommittee steering;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private ReportingFixture f;
  private long draftPlan;
  private String draftTitle;
  private long idleDraftPlan;
  private UserDetails admin;

  @BeforeEach
  void plans() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    // In force: task 2 "Tập huấn" of unit B, due Quý I/2026 (31/3/2026) — 62 days late on 1/6/2026.
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    String s = Long.toString(System.nanoTime() % 100_000_000);
    String nameA = units.create(new vn.innohub.org.UnitDraft("DA" + s, "Ban dự thảo " + s, List.of(),
        vn.innohub.org.UnitType.DEPARTMENT, null, true)).name();
    // A draft plan on which a period was opened: its task due 30/4/2026 is 32 days late on 1/6/2026.
    draftTitle = "Kế hoạch dự thảo đang báo cáo " + s;
    draftPlan = editor.create(new PlanEditor.HeaderForm(null, null, null, draftTitle, null, 2026, 2026, null,
        PlanStatus.DRAFT, "", 0));
    editor.saveTask(draftPlan, null, new PlanEditor.TaskForm("1", null, "Khảo sát nhu cầu " + s, "", nameA, "",
        "Trước ngày 30/4/2026", "", Set.of(), 0));
    long period = periods.save(draftPlan, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15), null);
    periods.open(period);
    // A draft plan nobody reports on yet: its late task is not a delay to warn about.
    idleDraftPlan = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch dự thảo chưa báo cáo " + s,
        null, 2026, 2026, null, PlanStatus.DRAFT, "", 0));
    editor.saveTask(idleDraftPlan, null, new PlanEditor.TaskForm("1", null, "Việc chưa giao " + s, "", nameA, "",
        "Trước ngày 30/4/2026", "", Set.of(), 0));
    admin = userDetails.loadUserByUsername("admin");
  }

  @AfterEach
  void emptyCommittee() {
    steering.members().forEach(m -> steering.remove(m.id()));
  }

  private String page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
    MockHttpServletResponse r = mvc.perform(request.with(user(who))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  private AccountView account(String prefix, Role role) {
    return accounts.create(new NewAccount(prefix + System.nanoTime() % 1_000_000, "Người " + prefix, null,
        "steering-password-1", Set.of(role), Set.of()));
  }

  private static long digests(Notifier notifier, AccountView a) {
    return notifier.recent(a.id(), 50).stream().filter(n -> n.kind().equals("DELAY_DIGEST")).count();
  }

  @Test
  void aDraftPlanWithAnOpenedPeriodHasItsLateTasksWarnedAbout() {
    List<DelayedTask> draft = insights.delays(draftPlan);
    assertThat(draft).singleElement().satisfies(d -> {
      assertThat(d.planTitle()).isEqualTo(draftTitle);
      assertThat(d.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
      assertThat(d.daysLate()).isEqualTo(32);
    });
    assertThat(insights.delays()).extracting(DelayedTask::planId).contains(draftPlan, f.planId)
        .doesNotContain(idleDraftPlan);
    assertThat(insights.delays(idleDraftPlan)).isEmpty();
  }

  @Test
  void theDelayListFiltersByPlanAndNamesThePlanOfEachTask() throws Exception {
    String all = page(get("/reporting/delays"), admin);
    assertThat(all).contains("<th>Kế hoạch</th>").contains(draftTitle).contains("Kế hoạch thử ")
        .contains("Tập huấn").doesNotContain("Việc chưa giao");
    String onlyDraft = page(get("/reporting/delays").param("plan", Long.toString(draftPlan)), admin);
    assertThat(onlyDraft).contains("Khảo sát nhu cầu").doesNotContain("Tập huấn")
        .contains("<option value=\"" + draftPlan + "\" selected=\"selected\">");
    // Garbage or a plan that is not being reported on: the whole list, not an error.
    assertThat(page(get("/reporting/delays").param("plan", "abc"), admin)).contains("Tập huấn").contains(draftTitle);
    assertThat(page(get("/reporting/delays").param("plan", Long.toString(idleDraftPlan)), admin))
        .contains("Tập huấn");
  }

  @Test
  void withoutANamedCommitteeTheWarningGoesToEveryLeaderAndTheAdministrators() {
    AccountView leader = account("ldr", Role.LEADER);
    AccountView adminAccount = accounts.findByUsername("admin").orElseThrow();
    long before = digests(notifier, adminAccount);
    followUp.delayDigest(true);
    assertThat(digests(notifier, leader)).isEqualTo(1);
    assertThat(digests(notifier, adminAccount)).isEqualTo(before + 1);
    NotificationView n = notifier.recent(leader.id(), 5).get(0);
    assertThat(n.body()).contains("Kế hoạch: " + draftTitle + " (1 nhiệm vụ)")
        .contains("hạn 30/04/2026, trễ 32 ngày").contains("Tập huấn");
  }

  @Test
  void theNamedSteeringCommitteeReceivesTheWarningInsteadOfEveryLeader() throws Exception {
    AccountView member = account("bcd", Role.MEMBER);
    AccountView leaderMember = account("bcdl", Role.LEADER);
    AccountView otherLeader = account("ldr", Role.LEADER);
    mvc.perform(post("/admin/reporting/steering-committee").param("username", member.username())
        .with(user(admin)).with(csrf()));
    mvc.perform(post("/admin/reporting/steering-committee").param("username", leaderMember.username())
        .with(user(admin)).with(csrf()));
    assertThat(steering.members()).extracting(AccountView::id)
        .containsExactlyInAnyOrder(member.id(), leaderMember.id());
    assertThat(page(get("/reporting/delays"), admin)).contains(member.username()).contains(leaderMember.username())
        .contains("Cảnh báo gửi tới các thành viên Ban Chỉ đạo");

    mvc.perform(post("/reporting/delays/send").param("plan", Long.toString(draftPlan)).with(user(admin)).with(csrf()));
    assertThat(digests(notifier, member)).isEqualTo(1);
    assertThat(digests(notifier, leaderMember)).isEqualTo(1);
    assertThat(digests(notifier, otherLeader)).isZero();
    NotificationView n = notifier.recent(member.id(), 5).get(0);
    assertThat(n.body()).contains(draftTitle).doesNotContain("Tập huấn");
    assertThat(n.link()).isEqualTo("/reporting/delays?plan=" + draftPlan);

    // Removed again: the committee is empty, so the warning falls back to every LEADER.
    for (AccountView m : steering.members()) {
      mvc.perform(post("/admin/reporting/steering-committee/" + m.id() + "/remove").with(user(admin)).with(csrf()));
    }
    assertThat(steering.members()).isEmpty();
    followUp.delayDigest(true);
    assertThat(digests(notifier, otherLeader)).isEqualTo(1);
    assertThat(digests(notifier, member)).isEqualTo(1);
  }

  @Test
  void anUnknownAccountIsNotAddedToTheCommittee() throws Exception {
    mvc.perform(post("/admin/reporting/steering-committee").param("username", "no-such-account-xyz")
        .with(user(admin)).with(csrf()));
    assertThat(steering.members()).isEmpty();
  }
}
