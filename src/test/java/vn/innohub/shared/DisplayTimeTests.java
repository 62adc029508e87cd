package vn.innohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.ReportView;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.shared.time.DisplayTime;

/**
 * One clock for display (issue 17, point 7): with the server's JVM in UTC, an event at 2026-06-30T17:30Z — half past
 * midnight on 1 July in Vietnam — is shown as 01/07/2026 00:30 on the report header, the approval line, the notice
 * and the period's submission time, and the directory's "verified on" says 01/07/2026.
 */
@IntegrationTest
@Tag("jvm-utc")
class DisplayTimeTests {

  private static final Instant HALF_PAST_MIDNIGHT_IN_VIETNAM = Instant.parse("2026-06-30T17:30:00Z");

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired ProfileService profiles;
  @Autowired DisplayTime times;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  /**
   * The class runs in its own JVM started with {@code -Duser.timezone=UTC} (surefire execution "jvm-in-utc"), so the
   * shared H2/Hibernate context of the other tests never sees a zone switched under it.
   */
  @BeforeAll
  static void serverInUtc() {
    assertThat(TimeZone.getDefault().getID()).as("run by the jvm-in-utc surefire execution").isEqualTo("UTC");
  }

  private String page(String url, UserDetails who) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    assertThat(r.getStatus()).as(url + ": " + r.getContentAsString()).isEqualTo(200);
    return r.getContentAsString();
  }

  @Test
  void theHelperShowsInstantsInTheConfiguredZoneWhateverTheJvmZone() {
    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
    assertThat(times.dateTime(HALF_PAST_MIDNIGHT_IN_VIETNAM)).isEqualTo("01/07/2026 00:30");
    assertThat(times.date(HALF_PAST_MIDNIGHT_IN_VIETNAM)).isEqualTo("01/07/2026");
    assertThat(times.dateTime(OffsetDateTime.of(2026, 6, 30, 17, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("01/07/2026 00:30");
    assertThat(times.dateTime(java.util.Date.from(HALF_PAST_MIDNIGHT_IN_VIETNAM))).isEqualTo("01/07/2026 00:30");
    // Local dates and times are already Vietnamese ones: shown as they are.
    assertThat(times.date(LocalDate.of(2026, 6, 30))).isEqualTo("30/06/2026");
    assertThat(times.dateTime(LocalDateTime.of(2026, 6, 30, 17, 30))).isEqualTo("30/06/2026 17:30");
    assertThat(times.format(HALF_PAST_MIDNIGHT_IN_VIETNAM, "HH:mm:ss dd/MM")).isEqualTo("00:30:00 01/07");
    assertThat(times.dateTime(null)).isEmpty();
    assertThat(new DisplayTime("UTC").dateTime(HALF_PAST_MIDNIGHT_IN_VIETNAM)).isEqualTo("30/06/2026 17:30");
  }

  @Test
  void reportHeaderApprovalNoticeAndVerifiedOnAreInVietnamTime() throws Exception {
    clock.set(HALF_PAST_MIDNIGHT_IN_VIETNAM);
    String s = Long.toString(System.nanoTime() % 100_000_000);
    var unit = units.create(new UnitDraft("TZ" + s, "Ban giờ Việt Nam " + s, List.of(), UnitType.DEPARTMENT, null, true));
    String officer = "tz" + s;
    long officerId = accounts.create(new NewAccount(officer, "Cán bộ giờ", null, "officer-password-1",
        Set.of(Role.UNIT_OFFICER), Set.of(unit.id()))).id();
    Actor actor = new Actor(officerId, officer, "Cán bộ giờ", Set.of(Role.UNIT_OFFICER), Set.of(unit.id()));
    long plan = editor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch giờ " + s, null, 2026, 2026, null,
        PlanStatus.IN_FORCE, "", 0));
    editor.saveTask(plan, null, new PlanEditor.TaskForm("1", null, "Nhiệm vụ giờ " + s, "", unit.name(), "",
        "Năm 2026", "", Set.of(), 0));
    long period = periods.save(plan, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 7, 5), null);
    periods.open(period);
    ReportView report = reports.mine(actor).stream().filter(r -> r.periodId() == period).findFirst().orElseThrow();
    List<ReportDraft.TaskEntry> tasks = new ArrayList<>();
    report.tasks().forEach(t -> tasks.add(new ReportDraft.TaskEntry(t.itemId(), "IN_PROGRESS", "50", "Đang làm", null,
        null, null)));
    reports.saveDraft(report.id(), new ReportDraft(report.version(), null, null, tasks, List.of()), actor);
    reports.submit(report.id(), null, actor);
    Actor admin = new Actor(accounts.findByUsername("admin").orElseThrow().id(), "admin", "admin", Set.of(Role.ADMIN),
        Set.of());
    reports.approve(report.id(), null, admin);

    UserDetails adminUser = userDetails.loadUserByUsername("admin");
    String header = page("/reports/" + report.id(), adminUser);
    assertThat(header).contains(" · 01/07/2026 00:30").contains("Phê duyệt lúc 01/07/2026 00:30")
        .doesNotContain("30/06/2026 17:30");
    assertThat(page("/reporting/periods/" + period, adminUser)).contains("01/07/2026 00:30");
    String notices = page("/notifications", userDetails.loadUserByUsername(officer));
    assertThat(notices).contains("01/07/2026 00:30").doesNotContain("30/06/2026 17:30");

    String member = "tzm" + s;
    var m = accounts.create(new NewAccount(member, "Thành viên giờ", member + "@example.vn", "member-password-1",
        Set.of(Role.MEMBER), Set.of()));
    Actor owner = new Actor(m.id(), member, "Thành viên giờ", Set.of(Role.MEMBER), Set.of());
    Profile p = profiles.create(ProfileKind.STARTUP, ProfileData.named("Khởi nghiệp giờ Việt " + s), owner);
    profiles.submit(p.getId(), owner);
    profiles.verify(p.getId(), List.of(), null, admin);
    String slug = profiles.get(p.getId(), admin).getSlug();
    assertThat(page("/danh-ba/" + slug, adminUser)).contains("xác minh ngày 01/07/2026");
  }
}
