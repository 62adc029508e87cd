package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.contest.internal.AudienceVote;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestApplication.Facts;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.contest.internal.Judging;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.EmailConfirmations;
import vn.innohub.shared.DomainException;

/**
 * Audience vote: one vote per verified member account per contest, from the intake deadline until results are
 * published; the audience prize (most votes, tie → earlier submission) apart from the judges' ranking. The contest
 * here has no final round, so every eligible application is in the vote. Intake closes 1 April 2026 00:00 in Vietnam.
 */
@IntegrationTest
class AudienceVoteTests {

  static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  static final Instant DEADLINE = Instant.parse("2026-03-31T17:00:00Z");
  static final Instant JUDGING = Instant.parse("2026-04-20T03:00:00Z");
  static final Instant DEFAULT = Instant.parse("2026-06-10T02:00:00Z");

  @Autowired ContestService contests;
  @Autowired Judging judging;
  @Autowired AudienceVote audience;
  @Autowired AccountService accounts;
  @Autowired EmailConfirmations confirmations;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  @BeforeEach
  void clockDuringIntake() {
    clock.set(DURING_INTAKE);
  }

  @AfterEach
  void clockBack() {
    clock.set(DEFAULT);
  }

  // --- fixtures ----------------------------------------------------------------------------------------------

  private static ContestSpec spec(boolean audienceVote) {
    return spec(audienceVote, false);
  }

  private static ContestSpec spec(boolean audienceVote, boolean withFinal) {
    return spec(audienceVote, withFinal, false);
  }

  private static ContestSpec spec(boolean audienceVote, boolean withFinal, boolean blind) {
    List<Round> rounds = new java.util.ArrayList<>(List.of(
        new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
        new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0))));
    Map<RoundKind, List<Criterion>> rubric = new java.util.HashMap<>(
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Tính sáng tạo", null, 1, 10))));
    if (withFinal) {
      rounds.add(new Round(RoundKind.FINAL, LocalDateTime.of(2026, 5, 20, 8, 0), LocalDateTime.of(2026, 5, 20, 17, 0)));
      rubric.put(RoundKind.FINAL, List.of(new Criterion("Tổng thể", null, 1, 10)));
    }
    return new ContestSpec("Sở Khoa học và Công nghệ Lào Cai", null, List.of(), List.of("Du lịch"),
        List.of(EligibleGroup.ANY_CITIZEN), null, null, rounds,
        List.of(new FormField("mo-ta", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of())),
        rubric,
        List.of("Giải Nhất", "Giải Nhì"), null,
        new ContestSpec.Settings(blind, false, true, audienceVote, 1, 25));
  }

  private Actor member(String name) {
    String username = "av-" + run + "-" + (++seq);
    var a = accounts.create(new NewAccount(username, name, username + "@example.vn", "vote-password-1",
        Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private Actor unverifiedMember(String name) {
    String username = "av-" + run + "-" + (++seq);
    var a = accounts.register(new NewAccount(username, name, username + "@example.vn", "vote-password-1",
        Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private RequestPostProcessor as(Actor actor) {
    return user(accounts.loadUserByUsername(actor.username()));
  }

  /** A contest whose three applications (submitted a minute apart) are screened in; the clock is after intake. */
  private record Voting(Contest contest, List<ContestApplication> apps) {}

  private Voting voting(boolean audienceVote) {
    return voting(spec(audienceVote));
  }

  private Voting voting(ContestSpec spec) {
    Contest c = contests.create("Cuộc thi bình chọn " + run + "-" + (++seq), "binh-chon-" + run + "-" + seq, true,
        spec, admin);
    List<String> titles = List.of("Chè Shan tuyết Tà Xùa", "Homestay Y Tý", "Mật ong bạc hà");
    List<ContestApplication> apps = new java.util.ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      clock.set(DURING_INTAKE.plusSeconds(60L * i));
      Actor owner = member("Người dự thi " + i);
      ContestApplication a = contests.apply(c.getSlug(), owner);
      a = contests.save(a.getId(), a.getVersion(), new Facts(titles.get(i), "Du lịch", "Người dự thi " + i, null, null,
          EligibleGroup.ANY_CITIZEN, null, null, null, false), Map.of("mo-ta", "Ý tưởng " + i), owner);
      apps.add(contests.submit(a.getId(), owner));
    }
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    apps.forEach(a -> contests.screen(a.getId(), true, null, admin));
    clock.set(JUDGING);
    return new Voting(c, apps);
  }

  /** Judges' ranking: the first application best, then the third, then the second. */
  private void judgeAndPublish(Voting v) {
    Actor judge = judgeAccount();
    judging.addJudge(v.contest().getId(), RoundKind.SEMI_FINAL, judge.username(), List.of(), List.of(), admin);
    judging.assign(v.contest().getId(), RoundKind.SEMI_FINAL, admin);
    judging.score(v.apps().get(0).getId(), List.of("9"), List.of(""), judge);
    judging.score(v.apps().get(1).getId(), List.of("3"), List.of(""), judge);
    judging.score(v.apps().get(2).getId(), List.of("6"), List.of(""), judge);
    judging.publish(v.contest().getId(), admin);
  }

  private Actor judgeAccount() {
    String username = "av-" + run + "-" + (++seq);
    var a = accounts.create(new NewAccount(username, "Giám khảo", null, "vote-password-1", Set.of(Role.JUDGE),
        Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.JUDGE), Set.of());
  }

  private String page(Contest c, RequestPostProcessor... who) throws Exception {
    var request = get("/cuoc-thi/" + c.getSlug());
    for (RequestPostProcessor p : who) {
      request.with(p);
    }
    return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private MvcResult postVote(Contest c, long applicationId, Actor actor) throws Exception {
    return mvc.perform(post("/cuoc-thi/" + c.getSlug() + "/binh-chon").with(csrf()).with(as(actor))
        .param("applicationId", Long.toString(applicationId))).andReturn();
  }

  // --- tests -------------------------------------------------------------------------------------------------

  @Test
  void anUnverifiedAccountIsRefusedWithALinkToConfirmAndVotesOnceConfirmed() throws Exception {
    Voting v = voting(true);
    long a1 = v.apps().get(0).getId();
    Actor fresh = unverifiedMember("Sùng A Páo");

    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, fresh)).isInstanceOf(DomainException.class)
        .hasMessage("contest.vote.unverified");
    MvcResult refused = postVote(v.contest(), a1, fresh);
    assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/cuoc-thi/" + v.contest().getSlug() + "#audienceVote");
    assertThat((String) refused.getFlashMap().get("error")).contains("chưa xác nhận địa chỉ thư điện tử");
    assertThat(refused.getFlashMap().get("voteUnverified")).isEqualTo(true);
    assertThat(audience.votedFor(v.contest().getId(), fresh.userId())).isEmpty();

    confirmations.confirm(confirmations.issue(fresh.userId()).rawToken());
    MvcResult ok = postVote(v.contest(), a1, fresh);
    assertThat((String) ok.getFlashMap().get("notice")).isEqualTo("Cảm ơn bạn đã bình chọn.");
    assertThat(audience.votedFor(v.contest().getId(), fresh.userId())).contains(a1);
    assertThat(page(v.contest(), as(fresh))).contains("id=\"myVote-" + a1 + "\"").doesNotContain("id=\"vote-" + a1 + "\"");
  }

  @Test
  void oneConfirmedAddressVotesOnceEvenWhenItMovesToAnotherAccount() {
    Voting v = voting(true);
    long a1 = v.apps().get(0).getId();
    Actor first = member("Giàng Thị Dợ");
    String address = accounts.find(first.userId()).email();
    audience.vote(v.contest().getSlug(), a1, first, "10.60.0.1");
    // The address moves to a second account (ADMIN changes both): its votes are the address's, already cast.
    accounts.update(first.userId(), "Giàng Thị Dợ", "doi-" + run + "@example.vn", Set.of(Role.MEMBER), Set.of(), true,
        accounts.version(first.userId()));
    Actor second = member("Tráng A Lử");
    accounts.update(second.userId(), "Tráng A Lử", address, Set.of(Role.MEMBER), Set.of(), true,
        accounts.version(second.userId()));
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, second, "10.60.0.2"))
        .hasMessage("contest.vote.twice");
    assertThat(jdbc.queryForObject("select count(*) from contest_vote where contest_id = ?", Long.class,
        v.contest().getId())).isEqualTo(1);
  }

  @Test
  void manyVotesFromOneAddressAreLimitedShownToAdminAsAClusterAndVoidedWithAReason() throws Exception {
    Voting v = voting(true);
    long a1 = v.apps().get(0).getId();
    long a2 = v.apps().get(1).getId();
    for (int i = 0; i < 10; i++) {
      audience.vote(v.contest().getSlug(), a1, member("Phiếu " + i), "10.61.0.9");
      clock.advance(java.time.Duration.ofSeconds(20));
    }
    Actor eleventh = member("Phiếu 11");
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, eleventh, "10.61.0.9"))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("contest.vote.tooMany");
          assertThat(e.status().value()).isEqualTo(429);
        });
    // From elsewhere the same member votes normally; two other voters from another place make no cluster.
    audience.vote(v.contest().getSlug(), a2, eleventh, "10.61.0.10");
    audience.vote(v.contest().getSlug(), a2, member("Khác"), "10.61.0.11");

    List<AudienceVote.Cluster> clusters = audience.clusters(v.contest(), admin);
    assertThat(clusters).singleElement().satisfies(k -> assertThat(k.votes()).hasSize(10));
    String html = mvc.perform(get("/admin/contests/" + v.contest().getId())
        .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("cluster-" + clusters.get(0).clientKey()).contains("10 phiếu");
    assertThat(html).doesNotContain("10.61.0.9");

    MvcResult noReason = mvc.perform(post("/admin/contests/" + v.contest().getId() + "/votes/void").with(csrf())
        .with(user(accounts.loadUserByUsername("admin"))).param("clientKey", clusters.get(0).clientKey())
        .param("reason", " ")).andReturn();
    assertThat((String) noReason.getFlashMap().get("error")).contains("lý do");
    assertThat(audience.liveTally(v.contest(), admin)).filteredOn(t -> t.application().getId() == a1)
        .singleElement().satisfies(t -> assertThat(t.votes()).isEqualTo(10));

    mvc.perform(post("/admin/contests/" + v.contest().getId() + "/votes/void").with(csrf())
        .with(user(accounts.loadUserByUsername("admin"))).param("clientKey", clusters.get(0).clientKey())
        .param("reason", "10 tài khoản mới cùng một máy trong 3 phút"));
    assertThat(audience.liveTally(v.contest(), admin)).filteredOn(t -> t.application().getId() == a1)
        .singleElement().satisfies(t -> assertThat(t.votes()).isZero());
    assertThat(audience.clusters(v.contest(), admin)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'VOTE_VOIDED' and entity_id = ?",
        Long.class, Long.toString(v.contest().getId()))).isEqualTo(1);
  }

  @Test
  void aBlindContestsPublicPageNamesNoApplicantBeforeTheResults() throws Exception {
    Voting v = voting(spec(true, false, true));
    String html = page(v.contest());
    assertThat(html).contains("Chè Shan tuyết Tà Xùa").doesNotContain("Người dự thi 0").doesNotContain("Người dự thi 1");
    Voting open = voting(spec(true, false, false));
    assertThat(page(open.contest())).contains("Người dự thi 0");
  }

  @Test
  void aSecondVoteIsRefusedAndTheFirstIsKeptAlsoByTheDatabase() throws Exception {
    Voting v = voting(true);
    long a1 = v.apps().get(0).getId();
    long a2 = v.apps().get(1).getId();
    Actor voter = member("Lý Thị Sai");
    audience.vote(v.contest().getSlug(), a2, voter);

    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, voter)).hasMessage("contest.vote.twice");
    MvcResult again = postVote(v.contest(), a1, voter);
    assertThat((String) again.getFlashMap().get("error"))
        .isEqualTo("Bạn đã bình chọn trong cuộc thi này; mỗi tài khoản chỉ được bình chọn một lần.");
    assertThat(audience.votedFor(v.contest().getId(), voter.userId())).contains(a2);
    assertThat(jdbc.queryForObject("select count(*) from contest_vote where contest_id = ? and user_id = ?", Long.class,
        v.contest().getId(), voter.userId())).isEqualTo(1L);
    // The unique constraint holds even if the service's check were bypassed.
    assertThatThrownBy(() -> jdbc.update("insert into contest_vote (contest_id, application_id, user_id, created_at) "
        + "values (?, ?, ?, ?)", v.contest().getId(), a1, voter.userId(), java.sql.Timestamp.from(JUDGING)))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void votesAreTakenFromTheDeadlineUntilPublicationOnlyWhenTheContestHasAnAudienceVote() throws Exception {
    Voting v = voting(true);
    long a1 = v.apps().get(0).getId();
    Actor voter = member("Vàng A Chứ");

    clock.set(DEADLINE.minusSeconds(1));
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, voter)).hasMessage("contest.vote.notYet");
    clock.set(JUDGING);
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), 999_999_999L, voter))
        .hasMessage("contest.vote.notCandidate");

    judgeAndPublish(v);
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, voter)).hasMessage("contest.vote.closed");
    MvcResult late = postVote(v.contest(), a1, voter);
    assertThat((String) late.getFlashMap().get("error"))
        .isEqualTo("Bình chọn đã kết thúc: chỉ nhận bình chọn đến khi công bố kết quả.");
    assertThat(audience.votedFor(v.contest().getId(), voter.userId())).isEmpty();

    Voting off = voting(false);
    assertThatThrownBy(() -> audience.vote(off.contest().getSlug(), off.apps().get(0).getId(), voter))
        .hasMessage("contest.vote.off");
    assertThat(page(off.contest())).doesNotContain("id=\"audienceVote\"");
    // Judges and staff do not vote.
    Actor judge = judgeAccount();
    assertThat(postVote(v.contest(), a1, judge).getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void theAudiencePrizeGoesToTheMostVotesWithATieToTheEarlierSubmissionApartFromTheJudges() throws Exception {
    Voting v = voting(true);
    ContestApplication a1 = v.apps().get(0);
    ContestApplication a2 = v.apps().get(1);
    ContestApplication a3 = v.apps().get(2);
    BigDecimal before = audience.value(AudienceVote.VOTES).orElseThrow();

    // Anonymous visitors are asked to sign in; members get a button per application; no counts before publication.
    assertThat(page(v.contest())).contains("id=\"signInToVote\"").contains("id=\"candidate-" + a1.getId() + "\"")
        .doesNotContain("id=\"vote-" + a1.getId() + "\"");
    // Votes: a2 ×2, a3 ×2, a1 ×1 — a2 and a3 tie; a2 was submitted a minute earlier.
    Map<ContestApplication, Integer> plan = new java.util.LinkedHashMap<>();
    plan.put(a3, 2);
    plan.put(a1, 1);
    plan.put(a2, 2);
    for (var e : plan.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        Actor voter = member("Khán giả " + i);
        if (e.getKey() == a3 && i == 0) {
          assertThat(page(v.contest(), as(voter))).contains("id=\"vote-" + a3.getId() + "\"");
        }
        audience.vote(v.contest().getSlug(), e.getKey().getId(), voter);
      }
    }
    assertThat(page(v.contest())).doesNotContain("id=\"votes-").doesNotContain("id=\"audiencePrize\"");
    assertThat(audience.tally(v.contest())).isEmpty();
    // ADMIN follows the running count on the contest's admin page; nobody else gets it.
    assertThat(audience.liveTally(v.contest(), admin)).extracting(t -> t.application().getId(), AudienceVote.Tally::votes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(a2.getId(), 2L),
            org.assertj.core.groups.Tuple.tuple(a3.getId(), 2L), org.assertj.core.groups.Tuple.tuple(a1.getId(), 1L));
    assertThatThrownBy(() -> audience.liveTally(v.contest(), member("Tò mò"))).isInstanceOf(DomainException.class);
    String adminPage = mvc.perform(get("/admin/contests/" + v.contest().getId()).with(as(admin))).andReturn()
        .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(adminPage).contains("id=\"liveTally\"").contains("Tổng 5 phiếu");
    assertThat(adminPage.replaceAll("\\s+", " ")).contains("id=\"live-" + a1.getId() + "\"")
        .containsPattern("id=\"live-" + a2.getId() + "\"> <td>[^<]*</td><td class=\"text-end\">2</td>");
    assertThat(audience.value(AudienceVote.VOTES)).contains(before.add(BigDecimal.valueOf(5)));

    judgeAndPublish(v);
    Contest published = contests.contest(v.contest().getId());
    assertThat(audience.tally(published)).extracting(t -> t.application().getId(), AudienceVote.Tally::votes)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(a2.getId(), 2L),
            org.assertj.core.groups.Tuple.tuple(a3.getId(), 2L), org.assertj.core.groups.Tuple.tuple(a1.getId(), 1L));
    assertThat(audience.prize(published)).map(t -> t.application().getId()).contains(a2.getId());

    String pub = page(published);
    assertThat(pub).contains("id=\"audiencePrize\"").contains("Giải bình chọn").contains("Homestay Y Tý")
        .contains("2 phiếu").contains("id=\"votes-" + a1.getId() + "\"");
    // The judges' prizes are unchanged by the vote: a1 first, a3 second; a2 has no judges' prize.
    assertThat(contests.getApplication(a1.getId()).getAward()).isEqualTo("Giải Nhất");
    assertThat(contests.getApplication(a3.getId()).getAward()).isEqualTo("Giải Nhì");
    assertThat(contests.getApplication(a2.getId()).getAward()).isNull();
    assertThat(pub).contains("id=\"winner-1\"");
  }

  @Test
  void withAFinalRoundOnlyTheFinalistsAreInTheVote() throws Exception {
    Voting v = voting(spec(true, true));
    long a1 = v.apps().get(0).getId();
    long a3 = v.apps().get(2).getId();
    Actor voter = member("Hầu A Lềnh");
    // Screened in, but nobody advanced to the final yet: nothing to vote for.
    assertThat(audience.candidates(v.contest())).isEmpty();
    assertThat(page(v.contest())).contains("id=\"noCandidates\"");
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), a1, voter)).hasMessage("contest.vote.notCandidate");

    Actor judge = judgeAccount();
    judging.addJudge(v.contest().getId(), RoundKind.SEMI_FINAL, judge.username(), List.of(), List.of(), admin);
    judging.assign(v.contest().getId(), RoundKind.SEMI_FINAL, admin);
    judging.score(a1, List.of("9"), List.of(""), judge);
    judging.score(v.apps().get(1).getId(), List.of("3"), List.of(""), judge);
    judging.score(a3, List.of("6"), List.of(""), judge);
    judging.advance(v.contest().getId(), RoundKind.SEMI_FINAL, 2, admin);

    assertThat(audience.candidates(v.contest())).extracting(ContestApplication::getId).containsExactly(a1, a3);
    assertThatThrownBy(() -> audience.vote(v.contest().getSlug(), v.apps().get(1).getId(), voter))
        .hasMessage("contest.vote.notCandidate");
    audience.vote(v.contest().getSlug(), a3, voter);
    assertThat(audience.votedFor(v.contest().getId(), voter.userId())).contains(a3);
  }
}
