package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.ProfileClaims;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.internal.ConnectionService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.StaleReport;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;
import vn.innohub.shared.DomainException;

/**
 * "One per person" actions sent several times at once — a double-click, two tabs, a retry — store one row and answer
 * every copy with it, as if it had been sent once; never a second row, never an error for the copies. And a user's
 * own repeated save of a versioned form is not "someone else changed it".
 */
@IntegrationTest
class DoubleSubmitTests {

  static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  static final Instant JUDGING = Instant.parse("2026-04-20T03:00:00Z");
  static final Instant DEFAULT = Instant.parse("2026-06-10T02:00:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired AccountService accounts;
  @Autowired ContestService contests;
  @Autowired vn.innohub.contest.internal.Judging judging;
  @Autowired PortalContent portal;
  @Autowired ListingService listings;
  @Autowired ConnectionService connections;
  @Autowired ProfileService profiles;
  @Autowired ProfileClaims claims;
  @Autowired UnitRegistry units;
  @Autowired PlanEditor plans;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private static final AtomicInteger SEQ = new AtomicInteger();

  @AfterEach
  void clockBack() {
    clock.set(DEFAULT);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  /** Runs every task at the same moment (all threads wait at one gate) and answers their results in order. */
  static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> t : tasks) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return t.call();
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static <T> List<Callable<T>> times(int n, Callable<T> task) {
    List<Callable<T>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(task);
    }
    return out;
  }

  private Actor member(String prefix) {
    String username = prefix + "-" + run + "-" + SEQ.incrementAndGet();
    var a = accounts.create(new NewAccount(username, "Thành viên " + username, username + "@example.vn",
        "double-submit-password-1", Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor a) {
    return user(accounts.loadUserByUsername(a.username()));
  }

  private static ContestSpec spec() {
    return new ContestSpec("Sở Khoa học và Công nghệ Lào Cai", null, List.of(), List.of("Du lịch"),
        List.of(EligibleGroup.ANY_CITIZEN), null, null,
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0))),
        List.of(new FormField("mo-ta", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of())),
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Tính sáng tạo", null, 1, 10))), List.of("Giải Nhất"),
        null, new ContestSpec.Settings(false, false, true, true, 1, 25));
  }

  private Contest contest() {
    String s = run + "-" + SEQ.incrementAndGet();
    return contests.create("Cuộc thi bấm đúp " + s, "bam-dup-" + s, true, spec(), admin);
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  // --- one application per member and contest ------------------------------------------------------------------

  @Test
  void tenMembersClickingApplyFourTimesAtOnceGetOneApplicationEachAnd303ToIt() throws Exception {
    clock.set(DURING_INTAKE);
    Contest c = contest();
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      members.add(member("ut"));
    }
    List<Callable<MvcResult>> clicks = new ArrayList<>();
    for (Actor m : members) {
      for (int k = 0; k < 4; k++) {
        clicks.add(() -> mvc.perform(post("/me/contests/" + c.getSlug() + "/apply").with(csrf()).with(as(m)))
            .andReturn());
      }
    }
    List<MvcResult> answers = atOnce(clicks);

    assertThat(count("select count(*) from contest_application where contest_id = ?", c.getId())).isEqualTo(10);
    assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsOnly(303);
    for (int i = 0; i < 10; i++) {
      long owner = members.get(i).userId();
      Long only = jdbc.queryForObject("select id from contest_application where contest_id = ? and owner_user_id = ?",
          Long.class, c.getId(), owner);
      assertThat(answers.subList(4 * i, 4 * i + 4)).extracting(r -> r.getResponse().getRedirectedUrl())
          .as("all four clicks of member " + i).containsOnly("/me/contests/applications/" + only);
    }
  }

  @Test
  void theDatabaseRefusesASecondApplicationOfTheSameMemberToTheSameContest() {
    clock.set(DURING_INTAKE);
    Contest c = contest();
    Actor m = member("uk");
    contests.apply(c.getSlug(), m);
    assertThatThrownBy(() -> jdbc.update("insert into contest_application (contest_id, owner_user_id, status, "
        + "declared, answers, created_at, updated_at, version) values (?, ?, 'DRAFT', false, '{}', ?, ?, 0)",
        c.getId(), m.userId(), java.sql.Timestamp.from(DURING_INTAKE), java.sql.Timestamp.from(DURING_INTAKE)))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  /** A contest in judging (semi-final) with one eligible application. */
  private long eligibleApplication(Contest c) {
    Actor owner = member("ow");
    ContestApplication a = contests.apply(c.getSlug(), owner);
    a = contests.save(a.getId(), a.getVersion(), new ContestApplication.Facts("Homestay Y Tý", "Du lịch", "Lý A Sử",
        null, null, EligibleGroup.ANY_CITIZEN, null, null, null, false), Map.of("mo-ta", "Ý tưởng"), owner);
    contests.submit(a.getId(), owner);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    contests.screen(a.getId(), true, null, admin);
    clock.set(JUDGING);
    return a.getId();
  }

  @Test
  void aJudgesFourClicksOnSaveScoresAtOnceAllAnswerSaved() throws Exception {
    clock.set(DURING_INTAKE);
    Contest c = contest();
    long app = eligibleApplication(c);
    String username = "gk-" + run + "-" + SEQ.incrementAndGet();
    var j = accounts.create(new NewAccount(username, "Giám khảo", null, "double-submit-password-1",
        Set.of(Role.JUDGE), Set.of()));
    Actor judge = new Actor(j.id(), j.username(), j.displayName(), Set.of(Role.JUDGE), Set.of());
    judging.addJudge(c.getId(), RoundKind.SEMI_FINAL, username, List.of(), List.of(), admin);
    judging.assign(c.getId(), RoundKind.SEMI_FINAL, admin);

    List<MvcResult> answers = atOnce(times(4, () -> mvc.perform(post("/judge/applications/" + app + "/scores")
        .with(csrf()).with(as(judge)).param("score", "7").param("comment", "Khả thi")).andReturn()));

    assertThat(answers).extracting(a -> a.getResponse().getStatus() + " " + a.getResponse().getRedirectedUrl())
        .containsOnly("302 /judge/applications/" + app);
    assertThat(jdbc.queryForObject("select scores from contest_assignment where application_id = ?", String.class,
        app)).contains("7");
  }

  @Test
  void theOrganisersSecondClickOnSavingTheSetUpIsAnsweredAsSavedButAnotherEditOnTheOldVersionIsAConflict()
      throws Exception {
    Contest c = contest();
    String page = "/admin/contests/" + c.getId() + "/edit";
    var organiser = user(accounts.loadUserByUsername("admin"));
    String html = mvc.perform(get(page).with(organiser)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    BrowserForm renamed = BrowserForm.of(html, page, "form#contestForm").with("title", "Cuộc thi đổi tên " + run);

    MvcResult first = mvc.perform(renamed.request().with(csrf()).with(organiser)).andReturn();
    MvcResult second = mvc.perform(renamed.request().with(csrf()).with(organiser)).andReturn();
    MvcResult other = mvc.perform(renamed.with("title", "Tên khác " + run).request().with(csrf()).with(organiser))
        .andReturn();

    assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/admin/contests/" + c.getId());
    assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/contests/" + c.getId());
    assertThat(other.getResponse().getRedirectedUrl()).isNull();
    assertThat(other.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("người khác thay đổi");
    assertThat(contests.contest(c.getId()).getTitle()).isEqualTo("Cuộc thi đổi tên " + run);
  }

  // --- votes and registrations --------------------------------------------------------------------------------

  @Test
  void twentyCopiesOfTheSameVoteAtOnceStoreOneVoteAndEachIsThanked() throws Exception {
    clock.set(DURING_INTAKE);
    Contest c = contest();
    Actor owner = member("ow");
    ContestApplication a = contests.apply(c.getSlug(), owner);
    a = contests.save(a.getId(), a.getVersion(), new ContestApplication.Facts("Homestay Y Tý", "Du lịch", "Lý A Sử",
        null, null, EligibleGroup.ANY_CITIZEN, null, null, null, false), Map.of("mo-ta", "Ý tưởng"), owner);
    contests.submit(a.getId(), owner);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    contests.screen(a.getId(), true, null, admin);
    clock.set(JUDGING);
    Actor voter = member("bc");
    long app = a.getId();

    List<MvcResult> answers = atOnce(times(20, () -> mvc.perform(post("/cuoc-thi/" + c.getSlug() + "/binh-chon")
        .with(csrf()).with(as(voter)).param("applicationId", Long.toString(app))).andReturn()));

    assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsOnly(302);
    assertThat(answers).extracting(r -> r.getFlashMap().get("error")).containsOnlyNulls();
    assertThat(answers).extracting(r -> r.getFlashMap().get("notice")).doesNotContainNull();
    assertThat(count("select count(*) from contest_vote where contest_id = ? and user_id = ?", c.getId(),
        voter.userId())).isEqualTo(1);
  }

  @Test
  void twentyCopiesOfASignedInMembersEventRegistrationAtOnceStoreOneAndEachIsConfirmed() throws Exception {
    Instant start = LocalDateTime.parse("2026-06-20T09:00:00").atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    PortalEvent e = portal.saveEvent(null, 0, new PortalEvent.EventForm("Hội thảo bấm đúp " + run, "Kết nối", null,
        start, start.plusSeconds(3600), "Lào Cai", null, "Sở KH&CN", null, 50, true), admin);
    Actor m = member("dk");

    List<MvcResult> answers = atOnce(times(20, () -> mvc.perform(post("/su-kien/" + e.getSlug() + "/dang-ky")
        .with(csrf()).with(as(m)).param("name", m.displayName()).param("email", "")).andReturn()));

    assertThat(answers).extracting(r -> r.getResponse().getStatus()).containsOnly(302);
    assertThat(answers).extracting(r -> r.getFlashMap().get("error")).containsOnlyNulls();
    assertThat(count("select count(*) from event_registration where event_id = ?", e.getId())).isEqualTo(1);
  }

  // --- exchange requests and directory claims -----------------------------------------------------------------

  @Test
  void theSameInterestRequestSentEightTimesAtOnceIsStoredOnceAndADifferentOneIsStillRefused() throws Exception {
    Actor owner = member("vi");
    Actor asker = member("hx");
    Listing l = listings.create(ListingData.offer(ListingCategory.TECHNOLOGY, "Máy sấy bấm đúp " + run,
        "Máy sấy bơm nhiệt.", "Quy trình sấy 45–50 °C.", "herbs.extraction", 7, "Lào Cai")
        .withContacts(null, "TS. An", "0912 345 678", "an-" + run + "@example.vn"), owner);
    listings.submit(l.getId(), owner);
    listings.publish(l.getId(), admin);

    List<Long> ids = atOnce(times(8, () -> connections.express(l.getId(), "Xin báo giá máy sấy", null, asker)
        .getId()));

    assertThat(ids).hasSize(8).containsOnly(ids.get(0));
    assertThat(count("select count(*) from exchange_connection where listing_id = ?", l.getId())).isEqualTo(1);
    assertThatThrownBy(() -> connections.express(l.getId(), "Một câu hỏi khác", null, asker))
        .isInstanceOfSatisfying(DomainException.class, x -> assertThat(x.code()).isEqualTo("exchange.error.alreadyAsked"));
  }

  @Test
  void theSameClaimSentEightTimesAtOnceIsStoredOnce() throws Exception {
    ProfileData centre = new ProfileData("Trung Tâm Bấm Đúp " + run, "Trung tâm hỗ trợ", null, null, null, null,
        "Lào Cai", List.of("digital"), null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INNOVATION_CENTRE, "Tư vấn", null));
    var p = profiles.create(ProfileKind.SUPPORT_ORG, centre, admin);
    profiles.submit(p.getId(), admin);
    profiles.verify(p.getId(), List.of("legalEntity"), null, admin);
    Actor m = member("cl");

    List<Long> ids = atOnce(times(8, () -> claims.claim(p.getSlug(), "Giám đốc trung tâm", m).getId()));

    assertThat(ids).containsOnly(ids.get(0));
    assertThat(count("select count(*) from directory_claim where profile_id = ? and user_id = ?", p.getId(),
        m.userId())).isEqualTo(1);
  }

  // --- a versioned form saved twice by its own author ----------------------------------------------------------

  private record Report(long id, long version, Actor officer) {}

  private Report report() {
    String s = run + SEQ.incrementAndGet();
    String unitName = "Ban bấm đúp " + s;
    long unit = units.create(new UnitDraft("DS" + s.replace("-", ""), unitName, List.of(), UnitType.DEPARTMENT,
        null, true)).id();
    String username = "cb-" + s;
    var a = accounts.create(new NewAccount(username, "Cán bộ " + s, null, "double-submit-password-1",
        Set.of(Role.UNIT_OFFICER), Set.of(unit)));
    Actor officer = new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.UNIT_OFFICER), Set.of(unit));
    long p = plans.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch bấm đúp " + s, null, 2026, 2026,
        null, PlanStatus.IN_FORCE, "", 0));
    plans.saveTask(p, null, new PlanEditor.TaskForm("1", null, "Vận hành chuyên mục", "", unitName, "", "Năm 2026",
        "≥ 05 chuyên mục", Set.of(), 0));
    long period = periods.save(p, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
    periods.open(period);
    var view = reports.mine(officer).get(0);
    return new Report(view.id(), view.version(), officer);
  }

  private static ReportDraft draft(long version, String difficulties) {
    return new ReportDraft(version, difficulties, "Bổ sung biên chế", List.of(), List.of());
  }

  @Test
  void anOfficersSecondIdenticalSaveWithTheSameVersionIsAnsweredAsSavedNotAsAConflict() {
    Report r = report();
    var first = reports.saveDraft(r.id(), draft(r.version(), "Thiếu kinh phí"), r.officer());
    var again = reports.saveDraft(r.id(), draft(r.version(), "Thiếu kinh phí"), r.officer());

    assertThat(again.version()).isEqualTo(first.version());
    assertThat(reports.view(r.id(), r.officer()).difficulties()).isEqualTo("Thiếu kinh phí");
    // Different content on the old version is a real conflict, and so is identical content after someone else.
    assertThatThrownBy(() -> reports.saveDraft(r.id(), draft(r.version(), "Thiếu người"), r.officer()))
        .isInstanceOf(StaleReport.class);
    Actor other = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
    var byAdmin = reports.saveDraft(r.id(), draft(first.version(), "Thiếu kinh phí và người"), other);
    assertThatThrownBy(() -> reports.saveDraft(r.id(), draft(first.version(), "Thiếu kinh phí và người"), r.officer()))
        .isInstanceOf(StaleReport.class);
    assertThat(reports.view(r.id(), r.officer()).version()).isEqualTo(byAdmin.version());
  }

  @Test
  void twoClicksOnLuuAtOnceBothAnswerSaved() throws Exception {
    Report r = report();
    String page = "/reports/" + r.id();
    String html = mvc.perform(get(page).with(as(r.officer()))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    BrowserForm form = BrowserForm.of(html, page, "form#reportForm");

    BrowserForm typed = form.with("difficulties", "Thiếu kinh phí");

    List<MvcResult> answers = atOnce(times(4, () -> mvc.perform(typed.request().with(csrf()).with(as(r.officer())))
        .andReturn()));

    assertThat(answers).extracting(a -> a.getResponse().getStatus() + " " + a.getResponse().getRedirectedUrl())
        .containsOnly("302 " + page);
    assertThat(reports.view(r.id(), r.officer()).difficulties()).isEqualTo("Thiếu kinh phí");
  }
}
