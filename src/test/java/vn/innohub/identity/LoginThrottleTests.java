package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.innohub.SignIn.from;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.SignIn;
import vn.innohub.identity.internal.ApiTokens;

/**
 * Password guessing is slowed per client address; it never hands an anonymous attacker a way to lock the owner out,
 * and it tells nobody which usernames exist.
 */
@IntegrationTest
class LoginThrottleTests {

  /** Keeps usernames unique when the suite runs twice against one database. */
  private static final String RUN = "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200));

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  /** A client address no other test uses. */
  private static String address() {
    int n = ADDRESS.incrementAndGet();
    return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
  }

  private ResultActions login(String address, String username, String password) throws Exception {
    return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
        .param("password", password));
  }

  @Test
  void fiveWrongAnonymousLoginsDoNotLockTheOwnerOutElsewhereNorDisableTheirTokens() throws Exception {
    String name = "throttle.owner" + RUN;
    AccountView owner = accounts.create(new NewAccount(name, "T", null, "right-password-1", Set.of(Role.MEMBER),
        Set.of()));
    ApiTokens.Issued token = tokens.issue(owner.id(), "sync");
    String attacker = address();
    for (int i = 0; i < 5; i++) {
      login(attacker, name, "wrong-" + i).andExpect(redirectedUrl("/login?error"));
    }
    // The owner, from their own address: signs in with the form and with Basic; the token works.
    login(address(), name, "right-password-1").andExpect(redirectedUrl("/"));
    mvc.perform(get("/api/v1/me").with(from(address())).with(httpBasic(name, "right-password-1")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").with(from(attacker)).header("Authorization", "Bearer " + token.rawToken()))
        .andExpect(status().isOk());
  }

  @Test
  void fromTheGuessingAddressEachFurtherTryMustWaitLongerWith429AndRetryAfter() throws Exception {
    String name = "throttle.wait" + RUN;
    accounts.create(new NewAccount(name, "T", null, "right-password-2", Set.of(Role.MEMBER), Set.of()));
    String attacker = address();
    for (int i = 0; i < 5; i++) {
      login(attacker, name, "wrong").andExpect(redirectedUrl("/login?error"));
    }
    // Five failures in the window: one second after the last one, then 2 s, 4 s … Even the right password waits.
    login(attacker, name, "right-password-2")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(forwardedUrl("/login/throttled"));
    clock.advance(Duration.ofSeconds(2));
    login(attacker, name, "wrong").andExpect(redirectedUrl("/login?error"));
    login(attacker, name, "wrong").andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "2"));
    clock.advance(Duration.ofSeconds(3));
    login(attacker, name, "right-password-2").andExpect(redirectedUrl("/"));
  }

  @Test
  void theThrottledPageSaysHowLongToWaitInVietnamese() throws Exception {
    MockHttpServletResponse page = mvc.perform(post("/login/throttled").with(csrf())
        .requestAttr("innohub.loginRetryAfter", 7L)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(429);
    assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Vui lòng thử lại sau 7 giây");
  }

  @Test
  void unknownAndKnownUsernamesAreAnsweredAlike() throws Exception {
    String known = "throttle.known" + RUN;
    accounts.create(new NewAccount(known, "T", null, "right-password-3", Set.of(Role.MEMBER), Set.of()));
    String unknown = "throttle.nobody" + RUN;
    String a = address();
    String b = address();
    for (int i = 0; i < 5; i++) {
      String first = login(a, known, "wrong").andReturn().getResponse().getRedirectedUrl();
      String second = login(b, unknown, "wrong").andReturn().getResponse().getRedirectedUrl();
      assertThat(first).isEqualTo(second).isEqualTo("/login?error");
    }
    MockHttpServletResponse k = login(a, known, "wrong").andReturn().getResponse();
    MockHttpServletResponse u = login(b, unknown, "wrong").andReturn().getResponse();
    assertThat(k.getStatus()).isEqualTo(u.getStatus()).isEqualTo(429);
    assertThat(k.getHeader("Retry-After")).isEqualTo(u.getHeader("Retry-After"));
  }

  @Test
  void oneAddressGuessingManyNamesIsSlowedToo() throws Exception {
    String attacker = address();
    for (int i = 0; i < 10; i++) {
      login(attacker, "spray" + i + RUN, "Password1234").andExpect(redirectedUrl("/login?error"));
    }
    login(attacker, "spray-next" + RUN, "Password1234").andExpect(status().isTooManyRequests());
  }

  @Test
  void onlyGuessesFromManyAddressesLockTheAccountAndTokensStillWork() throws Exception {
    String name = "throttle.many" + RUN;
    AccountView owner = accounts.create(new NewAccount(name, "T", null, "right-password-4", Set.of(Role.LEADER),
        Set.of()));
    ApiTokens.Issued token = tokens.issue(owner.id(), "dashboard sync");
    for (int i = 0; i < 50; i++) {
      // Ten addresses, five guesses each: none of them is throttled, together they are an attack.
      login("10.250." + RUN.length() + "." + (i % 10), name, "guess-" + i);
    }
    String home = address();
    login(home, name, "right-password-4").andExpect(redirectedUrl("/login?locked"));
    login(home, name, "a-wrong-password").andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.rawToken())).andExpect(status().isOk());
    Integer locks = jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_record WHERE action = 'ACCOUNT_LOCKED' AND entity_id = ?", Integer.class, name);
    assertThat(locks).isEqualTo(1);
    clock.advance(Duration.ofMinutes(16));
    login(address(), name, "right-password-4").andExpect(redirectedUrl("/"));
  }

  @Test
  void httpBasicGuessesAreThrottledWithProblemJson() throws Exception {
    String name = "throttle.basic" + RUN;
    accounts.create(new NewAccount(name, "T", null, "right-password-5", Set.of(Role.MEMBER), Set.of()));
    String attacker = address();
    for (int i = 0; i < 5; i++) {
      mvc.perform(get("/api/v1/me").with(from(attacker)).with(httpBasic(name, "wrong")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(get("/api/v1/me").with(from(attacker)).with(httpBasic(name, "right-password-5")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.messages.en").value(org.hamcrest.Matchers.containsString("seconds")));
    Integer audited = jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_THROTTLED' AND entity_id = ?", Integer.class, name);
    assertThat(audited).isPositive();
  }

  @Test
  void wrongCurrentPasswordsOnThePasswordFormAreCountedTheSameWay() throws Exception {
    String name = "throttle.form" + RUN;
    accounts.create(new NewAccount(name, "T", null, "right-password-6", Set.of(Role.MEMBER), Set.of()));
    String address = address();
    Cookie session = SignIn.as(mvc, name, "right-password-6", address);
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/me/password").with(csrf()).with(from(address)).cookie(session)
              .param("current", "guess-" + i).param("password", "a-new-passphrase-1").param("confirm", "a-new-passphrase-1"))
          .andExpect(redirectedUrl("/me"));
    }
    String error = (String) mvc.perform(post("/me/password").with(csrf()).with(from(address)).cookie(session)
            .param("current", "right-password-6").param("password", "a-new-passphrase-1")
            .param("confirm", "a-new-passphrase-1"))
        .andReturn().getFlashMap().get("error");
    assertThat(error).contains("thử lại sau");
    // The password did not change: the old one still signs in from elsewhere.
    login(address(), name, "right-password-6").andExpect(redirectedUrl("/"));
  }

  @Test
  void failedLoginsAreAudited() throws Exception {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_FAILED' AND entity_id = 'nobody.here'", Integer.class);
    login(address(), "nobody.here", "x");
    Integer after = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_FAILED' AND entity_id = 'nobody.here'", Integer.class);
    assertThat(after).isEqualTo(before + 1);
  }

  @Test
  void aLoginWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "admin-test-password"))
        .andExpect(status().isForbidden());
  }
}
