package vn.innohub.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;

@IntegrationTest
class LoginThrottleTests {

  /** Keeps usernames unique when the suite runs twice against one database. */
  private static final String RUN = "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  @Test
  void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
    accounts.create(new NewAccount("throttle.one" + RUN, "T", null, "right-password-1", Set.of(Role.MEMBER), Set.of()));
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", "throttle.one" + RUN).param("password", "wrong-" + i))
          .andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", "throttle.one" + RUN).param("password", "right-password-1"))
        .andExpect(redirectedUrl("/login?locked"));
    mvc.perform(get("/api/v1/me").with(httpBasic("throttle.one" + RUN, "right-password-1")))
        .andExpect(status().isUnauthorized());

    clock.advance(Duration.ofMinutes(16));

    mvc.perform(post("/login").with(csrf()).param("username", "throttle.one" + RUN).param("password", "right-password-1"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aSuccessfulLoginResetsTheCount() throws Exception {
    accounts.create(new NewAccount("throttle.two" + RUN, "T", null, "right-password-2", Set.of(Role.MEMBER), Set.of()));
    for (int i = 0; i < 4; i++) {
      mvc.perform(post("/login").with(csrf()).param("username", "throttle.two" + RUN).param("password", "wrong"));
    }
    mvc.perform(post("/login").with(csrf()).param("username", "throttle.two" + RUN).param("password", "right-password-2"))
        .andExpect(redirectedUrl("/"));
    mvc.perform(post("/login").with(csrf()).param("username", "throttle.two" + RUN).param("password", "wrong"))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(post("/login").with(csrf()).param("username", "throttle.two" + RUN).param("password", "right-password-2"))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void failedLoginsAreAudited() throws Exception {
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_FAILED' AND entity_id = 'nobody.here'", Integer.class);
    mvc.perform(post("/login").with(csrf()).param("username", "nobody.here").param("password", "x"));
    Integer after = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGIN_FAILED' AND entity_id = 'nobody.here'", Integer.class);
    org.assertj.core.api.Assertions.assertThat(after).isEqualTo(before + 1);
  }

  @Test
  void aLoginWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "admin-test-password"))
        .andExpect(status().isForbidden());
  }
}
