package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
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
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;

/**
 * Requests of one browser session arriving together, against the real server and the JDBC session store, as the
 * issue's load test sent them: 40 page requests right after sign-in, 20 copies of an audience vote and of an event
 * registration (double-clicks), and 90 members voting at once. None answers 5xx — and a 5xx would have to be the
 * application's own error page, never the servlet container's bare one. (The per-address vote limit is raised: every
 * request here comes from 127.0.0.1.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "innohub.contest.votes-per-address-per-hour=1000")
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
class ConcurrentSessionRequestsTests {

  static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  static final Instant JUDGING = Instant.parse("2026-04-20T03:00:00Z");
  static final Instant DEFAULT = Instant.parse("2026-06-10T02:00:00Z");
  static final String PASSWORD = "session-race-password-1";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  @Autowired AccountService accounts;
  @Autowired ContestService contests;
  @Autowired PortalContent portal;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  @AfterEach
  void clockBack() {
    clock.set(DEFAULT);
  }

  // --- a browser: a session cookie and the CSRF token of the last page -----------------------------------------

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String cookie(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
  }

  private static String csrf(String html) {
    var input = Jsoup.parse(html).selectFirst("input[name=_csrf]");
    assertThat(input).as("a form with a CSRF token").isNotNull();
    return input.attr("value");
  }

  private HttpResponse<String> get(String path, String session) throws Exception {
    var b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    if (session != null) {
      b.header("Cookie", session);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String session, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    var b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (session != null) {
      b.header("Cookie", session);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Signs in through the login form; answers the session cookie of the signed-in session. */
  private String signIn(String username) throws Exception {
    HttpResponse<String> login = get("/login", null);
    String anonymous = cookie(login);
    HttpResponse<String> done = post("/login", anonymous, Map.of("username", username, "password", PASSWORD,
        "_csrf", csrf(login.body())));
    assertThat(done.statusCode()).as("sign-in of " + username).isEqualTo(302);
    assertThat(done.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    String session = cookie(done);
    return session == null ? anonymous : session;
  }

  private Actor member() {
    String username = "ss-" + run + "-" + (++seq);
    var a = accounts.create(new NewAccount(username, "Thành viên " + seq, username + "@example.vn", PASSWORD,
        Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  /** No answer is a server error; if one were, it names whose error page it was. */
  private static void noServerErrors(List<HttpResponse<String>> answers, String what) {
    List<String> errors = new ArrayList<>();
    for (HttpResponse<String> r : answers) {
      if (r.statusCode() >= 500) {
        boolean container = r.body().contains("Apache Tomcat") || r.body().contains("HTTP Status");
        errors.add(r.statusCode() + (container ? " (the container's bare error page)" : " (the application's page)"));
      }
    }
    assertThat(errors).as(what).isEmpty();
  }

  // --- fixtures -----------------------------------------------------------------------------------------------

  /** A contest in its audience vote with one eligible application. */
  private record Voting(Contest contest, long applicationId) {}

  private Voting voting() {
    clock.set(DURING_INTAKE);
    String s = run + "-" + (++seq);
    Contest c = contests.create("Cuộc thi phiên " + s, "phien-" + s, true, new ContestSpec("Sở KH&CN Lào Cai", null,
        List.of(), List.of("Du lịch"), List.of(EligibleGroup.ANY_CITIZEN), null, null,
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0))),
        List.of(new FormField("mo-ta", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of())),
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Tính sáng tạo", null, 1, 10))), List.of("Giải Nhất"), null,
        new ContestSpec.Settings(false, false, true, true, 1, 25)), admin);
    Actor owner = member();
    ContestApplication a = contests.apply(c.getSlug(), owner);
    a = contests.save(a.getId(), a.getVersion(), new ContestApplication.Facts("Mật ong bạc hà", "Du lịch", "Vàng A Chứ",
        null, null, EligibleGroup.ANY_CITIZEN, null, null, null, false), Map.of("mo-ta", "Ý tưởng"), owner);
    contests.submit(a.getId(), owner);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    contests.screen(a.getId(), true, null, admin);
    clock.set(JUDGING);
    return new Voting(c, a.getId());
  }

  private HttpResponse<String> vote(Voting v, String session, String token) throws Exception {
    return post("/cuoc-thi/" + v.contest().getSlug() + "/binh-chon", session,
        Map.of("applicationId", Long.toString(v.applicationId()), "_csrf", token));
  }

  // --- tests --------------------------------------------------------------------------------------------------

  @Test
  void fortyRequestsOfOneSessionRightAfterSignInAllAnswer200() throws Exception {
    Actor m = member();
    String session = signIn(m.username());

    // Each page renders a form, so each request of the fresh session stores a CSRF token: the same new attribute.
    List<HttpResponse<String>> answers = DoubleSubmitTests.atOnce(DoubleSubmitTests.times(40, () -> get("/me",
        session)));

    noServerErrors(answers, "40 requests at once right after sign-in");
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
  }

  @Test
  void twentyCopiesOfAVoteOnOneSessionStoreOneVoteWithoutAServerError() throws Exception {
    Voting v = voting();
    Actor voter = member();
    String session = signIn(voter.username());
    String token = csrf(get("/cuoc-thi/" + v.contest().getSlug(), session).body());

    List<HttpResponse<String>> answers = DoubleSubmitTests.atOnce(DoubleSubmitTests.times(20,
        () -> vote(v, session, token)));

    noServerErrors(answers, "20 copies of one vote");
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
    assertThat(jdbc.queryForObject("select count(*) from contest_vote where contest_id = ? and user_id = ?",
        Long.class, v.contest().getId(), voter.userId())).isEqualTo(1);
  }

  @Test
  void twentyCopiesOfAnEventRegistrationOnOneSessionStoreOneWithoutAServerError() throws Exception {
    Instant start = LocalDateTime.parse("2026-06-20T09:00:00").atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    PortalEvent e = portal.saveEvent(null, 0, new PortalEvent.EventForm("Hội thảo phiên " + run, "Kết nối", null,
        start, start.plusSeconds(3600), "Lào Cai", null, "Sở KH&CN", null, 50, true), admin);
    Actor m = member();
    String session = signIn(m.username());
    String token = csrf(get("/su-kien/" + e.getSlug(), session).body());
    Map<String, String> form = new LinkedHashMap<>(Map.of("name", m.displayName(), "email", "", "_csrf", token));

    List<HttpResponse<String>> answers = DoubleSubmitTests.atOnce(DoubleSubmitTests.times(20,
        () -> post("/su-kien/" + e.getSlug() + "/dang-ky", session, form)));

    noServerErrors(answers, "20 copies of one registration");
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
    assertThat(jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Long.class,
        e.getId())).isEqualTo(1);
  }

  @Test
  void ninetyMembersVotingAtOnceAreAllCountedWithoutAServerError() throws Exception {
    Voting v = voting();
    List<Callable<HttpResponse<String>>> votes = new ArrayList<>();
    List<Long> voters = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      Actor voter = member();
      voters.add(voter.userId());
      String session = signIn(voter.username());
      String token = csrf(get("/cuoc-thi/" + v.contest().getSlug(), session).body());
      votes.add(() -> vote(v, session, token));
    }

    List<HttpResponse<String>> answers = DoubleSubmitTests.atOnce(votes);

    noServerErrors(answers, "90 votes at once");
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
    assertThat(jdbc.queryForObject("select count(*) from contest_vote where contest_id = ?", Long.class,
        v.contest().getId())).isEqualTo(90);
  }
}
