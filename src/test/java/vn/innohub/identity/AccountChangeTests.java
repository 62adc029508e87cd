package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.innohub.SignIn.from;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.SignIn;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.ApiTokens;

/** An administrator's change to an account takes effect on that user's very next request, whatever they hold open. */
@IntegrationTest
class AccountChangeTests {

  private static final String RUN = "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private static final String PASSWORD = "account-change-pass-1";

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired ApiTokens tokens;
  @Autowired UserDetailsService userDetails;
  @Autowired MutableClock clock;
  @Autowired JdbcTemplate jdbc;

  private AccountView open(String name, Set<Role> roles) {
    return accounts.create(new NewAccount(name + RUN, "Người dùng " + name, null, PASSWORD, roles, Set.of()));
  }

  private void demote(AccountView a, Set<Role> roles) {
    accounts.update(a.id(), a.displayName(), a.email(), roles, Set.of(), true, accounts.version(a.id()));
  }

  @Test
  void aDemotedAdminsOpenSessionGets403OnAdminUsersAtItsNextRequest() throws Exception {
    AccountView admin = open("demoted.admin", Set.of(Role.ADMIN));
    Cookie session = SignIn.as(mvc, admin.username(), PASSWORD, "10.9.0.1");
    mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

    demote(admin, Set.of(Role.MEMBER));

    mvc.perform(get("/admin/users").cookie(session))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl("/session-ended"));
    // The session is gone: the old cookie is now simply signed out.
    mvc.perform(get("/admin/users").cookie(session)).andExpect(status().is3xxRedirection());
    Integer ended = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'SESSIONS_ENDED' AND entity_id = ?",
        Integer.class, admin.username());
    assertThat(ended).isEqualTo(1);
  }

  @Test
  void everyRequestRereadsTheRolesEvenWithAPrincipalTakenBeforeTheChange() throws Exception {
    AccountView admin = open("stale.admin", Set.of(Role.ADMIN));
    UserDetails before = userDetails.loadUserByUsername(admin.username());
    mvc.perform(get("/admin/users").with(user(before))).andExpect(status().isOk());

    demote(admin, Set.of(Role.LEADER));

    mvc.perform(get("/admin/users").with(user(before))).andExpect(status().isForbidden());
    mvc.perform(get("/plans").with(user(before))).andExpect(status().isOk());
  }

  @Test
  void aDisabledAccountsSessionAndTokensStopAtOnce() throws Exception {
    AccountView member = open("disabled.member", Set.of(Role.MEMBER));
    Cookie session = SignIn.as(mvc, member.username(), PASSWORD, "10.9.0.2");
    ApiTokens.Issued token = tokens.issue(member.id(), "script");
    UserDetails before = userDetails.loadUserByUsername(member.username());

    accounts.update(member.id(), member.displayName(), null, Set.of(Role.MEMBER), Set.of(), false,
        accounts.version(member.id()));

    mvc.perform(get("/me").cookie(session)).andExpect(status().isForbidden());
    mvc.perform(post("/me/tokens").with(csrf()).with(user(before)).param("name", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.rawToken()))
        .andExpect(status().isUnauthorized());
    // Enabling the account again does not bring the revoked token back.
    accounts.update(member.id(), member.displayName(), null, Set.of(Role.MEMBER), Set.of(), true,
        accounts.version(member.id()));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.rawToken()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void changingOnesOwnPasswordEndsTheOtherSessionsKeepsThisOneAndTheTokens() throws Exception {
    AccountView member = open("own.password", Set.of(Role.MEMBER));
    Cookie laptop = SignIn.as(mvc, member.username(), PASSWORD, "10.9.0.3");
    Cookie phone = SignIn.as(mvc, member.username(), PASSWORD, "10.9.0.4");
    ApiTokens.Issued token = tokens.issue(member.id(), "script");

    mvc.perform(post("/me/password").with(csrf()).cookie(laptop).param("current", PASSWORD)
            .param("password", "mot cau mat khau moi rat dai").param("confirm", "mot cau mat khau moi rat dai"))
        .andExpect(redirectedUrl("/me"));

    mvc.perform(get("/me").cookie(laptop)).andExpect(status().isOk());
    mvc.perform(get("/me").cookie(phone)).andExpect(status().isForbidden()).andExpect(forwardedUrl("/session-ended"));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.rawToken())).andExpect(status().isOk());
  }

  @Test
  void aPasswordResetByAnAdministratorEndsEverySessionAndRevokesTheTokens() throws Exception {
    AccountView officer = open("reset.member", Set.of(Role.MEMBER));
    Cookie session = SignIn.as(mvc, officer.username(), PASSWORD, "10.9.0.5");
    ApiTokens.Issued token = tokens.issue(officer.id(), "script");

    accounts.setPassword(officer.id(), "mat khau do quan tri dat lai");

    mvc.perform(get("/me").cookie(session)).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.rawToken()))
        .andExpect(status().isUnauthorized());
    SignIn.as(mvc, officer.username(), "mat khau do quan tri dat lai", "10.9.0.5");
  }

  @Test
  void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
    AccountView member = open("absolute", Set.of(Role.MEMBER));
    Cookie session = SignIn.as(mvc, member.username(), PASSWORD, "10.9.0.6");
    for (int hour = 0; hour < 11; hour++) {
      clock.advance(Duration.ofHours(1));
      mvc.perform(get("/me").cookie(session)).andExpect(status().isOk());
    }
    clock.advance(Duration.ofMinutes(61));
    mvc.perform(get("/me").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    mvc.perform(get("/me").cookie(session)).andExpect(status().is3xxRedirection());
  }

  @Test
  void tokensExpireOnTheirDateWhichDefaultsToAYearAndIsShownOnMe() throws Exception {
    AccountView member = open("token.expiry", Set.of(Role.MEMBER));
    LocalDate today = LocalDate.now(clock);
    ApiTokens.Issued shortLived = tokens.issue(member.id(), "short", today.plusDays(1));
    ApiTokens.Issued defaulted = tokens.issue(member.id(), "default");
    assertThat(defaulted.expiresAt()).isEqualTo(today.plusDays(366).atStartOfDay(clock.getZone()).toInstant());

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + shortLived.rawToken())).andExpect(status().isOk());
    String page = mvc.perform(get("/me").with(user(userDetails.loadUserByUsername(member.username()))))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains(today.plusDays(365).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

    clock.advance(Duration.ofDays(2));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + shortLived.rawToken()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + defaulted.rawToken())).andExpect(status().isOk());
  }

  @Test
  void aTokenExpiryInThePastIsRefusedWithAMessage() throws Exception {
    AccountView member = open("token.past", Set.of(Role.MEMBER));
    Object error = mvc.perform(post("/me/tokens").with(csrf()).with(user(userDetails.loadUserByUsername(member.username())))
            .param("name", "x").param("expires", LocalDate.now(clock).toString()))
        .andExpect(redirectedUrl("/me")).andReturn().getFlashMap().get("error");
    assertThat(String.valueOf(error)).contains("phải sau hôm nay");
    assertThat(tokens.of(member.id())).isEmpty();
  }
}
