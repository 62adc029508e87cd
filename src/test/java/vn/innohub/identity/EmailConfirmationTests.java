package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.EmailConfirmations;
import vn.innohub.identity.internal.EmailConfirmations.Outcome;
import vn.innohub.shared.DomainException;

/**
 * E-mail confirmation makes a self-registered account verified: a single-use link valid 48 hours (exclusive), only
 * its SHA-256 hash stored; accounts opened by ADMIN count as verified.
 */
@IntegrationTest
class EmailConfirmationTests {

  static final Instant T0 = Instant.parse("2026-05-01T02:00:00Z");
  static final Instant DEFAULT = Instant.parse("2026-06-10T02:00:00Z");

  @Autowired EmailConfirmations confirmations;
  @Autowired AccountService accounts;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  @BeforeEach
  void clockAtT0() {
    clock.set(T0);
  }

  @AfterEach
  void clockBack() {
    clock.set(DEFAULT);
  }

  private AccountView registered() {
    String username = "ec-" + run + "-" + (++seq);
    return accounts.register(new NewAccount(username, "Thào A Lử", username + "@example.vn", "confirm-password-1",
        Set.of(Role.MEMBER), Set.of()));
  }

  private String open(String token) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/register/confirm").param("token", token)).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aValidLinkVerifiesTheAccountOnceAndOnlyItsHashIsStored() throws Exception {
    AccountView a = registered();
    assertThat(a.emailVerified()).isFalse();
    assertThat(accounts.emailVerified(a.id())).isFalse();
    String raw = confirmations.issue(a.id()).rawToken();

    List<String> stored = jdbc.queryForList("select token_hash from email_confirmation where user_id = ?",
        String.class, a.id());
    assertThat(stored).containsExactly(sha256(raw));
    assertThat(stored.get(0)).isNotEqualTo(raw);

    assertThat(open(raw)).contains("id=\"confirm-CONFIRMED\"")
        .contains("Đã xác nhận địa chỉ thư điện tử. Tài khoản của bạn đã được xác thực.");
    assertThat(accounts.emailVerified(a.id())).isTrue();
    assertThat(accounts.find(a.id()).emailVerified()).isTrue();

    // Reused: refused with its own message.
    assertThat(open(raw)).contains("id=\"confirm-USED\"").contains("Liên kết xác nhận này đã được sử dụng.");
    assertThat(confirmations.confirm(raw)).isEqualTo(Outcome.USED);
    // A verified account gets no new link.
    assertThatThrownBy(() -> confirmations.issue(a.id())).isInstanceOf(DomainException.class)
        .hasMessage("identity.confirm.already");
  }

  @Test
  void aLinkWorksUntilTheLastSecondOfItsFortyEightHoursAndIsExpiredAtTheInstant() throws Exception {
    AccountView a = registered();
    String first = confirmations.issue(a.id()).rawToken();
    clock.set(T0.plus(EmailConfirmations.RESEND_AFTER));
    String second = confirmations.issue(a.id()).rawToken();

    clock.set(T0.plus(Duration.ofHours(48)));
    assertThat(open(first)).contains("id=\"confirm-EXPIRED\"").contains("đã hết hạn").contains("48 giờ");
    assertThat(accounts.emailVerified(a.id())).isFalse();

    AccountView b = registered();
    String late = confirmations.issue(b.id()).rawToken();
    clock.set(T0.plus(Duration.ofHours(96)).minusSeconds(1));
    assertThat(confirmations.confirm(late)).isEqualTo(Outcome.CONFIRMED);
    assertThat(confirmations.confirm(second)).isEqualTo(Outcome.EXPIRED);
    assertThat(accounts.emailVerified(a.id())).isFalse();
  }

  @Test
  void anUnknownOrMissingTokenIsRefusedWithAClearMessage() throws Exception {
    assertThat(open("khong-phai-ma-that")).contains("id=\"confirm-UNKNOWN\"")
        .contains("Liên kết xác nhận không hợp lệ.");
    MockHttpServletResponse r = mvc.perform(get("/register/confirm")).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"confirm-UNKNOWN\"");
  }

  @Test
  void selfRegistrationIsUnverifiedWhileAnAccountOpenedByAdminIsVerified() throws Exception {
    String username = "ec-" + run + "-reg";
    MockHttpServletResponse r = mvc.perform(post("/register").with(csrf()).param("username", username)
        .param("displayName", "Giàng Thị Dua").param("email", username + "@example.vn")
        .param("password", "confirm-password-1").param("passwordConfirm", "confirm-password-1"))
        .andReturn().getResponse();
    assertThat(r.getRedirectedUrl()).isEqualTo("/login");
    AccountView self = accounts.findByUsername(username).orElseThrow();
    assertThat(self.roles()).containsExactly(Role.MEMBER);
    assertThat(self.emailVerified()).isFalse();
    // The link was issued at registration (no mail host in tests, so it is not sent).
    assertThat(jdbc.queryForObject("select count(*) from email_confirmation where user_id = ?", Long.class, self.id()))
        .isEqualTo(1L);

    String staff = "ec-" + run + "-staff";
    AccountView byAdmin = accounts.create(new NewAccount(staff, "Cán bộ", null, "confirm-password-1",
        Set.of(Role.MEMBER), Set.of()));
    assertThat(byAdmin.emailVerified()).isTrue();
    assertThat(accounts.emailVerified(byAdmin.id())).isTrue();
  }

  @Test
  void aSignedInMemberAsksForANewLinkFromTheirPage() throws Exception {
    AccountView a = registered();
    var principal = user(accounts.loadUserByUsername(a.username()));
    String page = mvc.perform(get("/me").with(principal)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"emailUnverified\"").contains("id=\"sendConfirmation\"");

    MvcResult r = mvc.perform(post("/me/email-confirmation").with(csrf()).with(principal)).andReturn();
    assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/me");
    assertThat((String) r.getFlashMap().get("notice")).contains(a.email());
    assertThat(jdbc.queryForObject("select count(*) from email_confirmation where user_id = ?", Long.class, a.id()))
        .isEqualTo(1L);

    clock.set(T0.plus(EmailConfirmations.RESEND_AFTER));
    String raw = confirmations.issue(a.id()).rawToken();
    confirmations.confirm(raw);
    assertThat(mvc.perform(get("/me").with(principal)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"emailVerified\"").doesNotContain("id=\"sendConfirmation\"");
    MvcResult again = mvc.perform(post("/me/email-confirmation").with(csrf()).with(principal)).andReturn();
    assertThat((String) again.getFlashMap().get("error")).isEqualTo("Địa chỉ thư điện tử của bạn đã được xác nhận.");
  }

  @Test
  void newLinksComeAtMostOnceAMinuteAndFiveADayWithTheReasonShown() throws Exception {
    AccountView a = registered();
    var principal = user(accounts.loadUserByUsername(a.username()));
    confirmations.issue(a.id());
    // 59 seconds later: refused, saying how long to wait; nothing new is stored.
    clock.set(T0.plusSeconds(59));
    MvcResult soon = mvc.perform(post("/me/email-confirmation").with(csrf()).with(principal)).andReturn();
    assertThat(soon.getResponse().getRedirectedUrl()).isEqualTo("/me");
    assertThat((String) soon.getFlashMap().get("error")).contains("thử lại sau 1 giây");
    assertThat(count(a)).isEqualTo(1L);
    // Four more, a minute apart, make five in a day; the sixth is refused until the first is a day old.
    for (int i = 1; i <= 4; i++) {
      clock.set(T0.plus(EmailConfirmations.RESEND_AFTER.multipliedBy(i)));
      confirmations.issue(a.id());
    }
    assertThat(count(a)).isEqualTo(EmailConfirmations.MAX_PER_DAY);
    clock.set(T0.plus(Duration.ofHours(23)));
    MvcResult many = mvc.perform(post("/me/email-confirmation").with(csrf()).with(principal)).andReturn();
    assertThat((String) many.getFlashMap().get("error")).contains("Đã gửi 5 liên kết xác nhận trong 24 giờ qua");
    assertThat(count(a)).isEqualTo(EmailConfirmations.MAX_PER_DAY);
    clock.set(T0.plus(Duration.ofDays(1)).plusSeconds(1));
    MvcResult next = mvc.perform(post("/me/email-confirmation").with(csrf()).with(principal)).andReturn();
    assertThat((String) next.getFlashMap().get("notice")).contains(a.email());
    assertThat(count(a)).isEqualTo(EmailConfirmations.MAX_PER_DAY + 1L);
  }

  private long count(AccountView a) {
    return jdbc.queryForObject("select count(*) from email_confirmation where user_id = ?", Long.class, a.id());
  }
}
