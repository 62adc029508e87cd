package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.identity.internal.ApiTokens;

@IntegrationTest
class ApiTokenTests {

  /** Keeps usernames unique when the suite runs twice against one database. */
  private static final String RUN = "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTokenAuthenticatesUntilItIsRevokedAndOnlyItsHashIsStored() throws Exception {
    AccountView leader = accounts.create(new NewAccount("token.leader" + RUN, "Token Leader", null, "token-password-1",
        Set.of(Role.LEADER), Set.of()));
    ApiTokens.Issued issued = tokens.issue(leader.id(), "báo cáo tự động");

    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.rawToken()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("token.leader" + RUN))
        .andExpect(jsonPath("$.roles[0]").value("LEADER"));

    Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class,
        issued.rawToken());
    assertThat(stored).as("raw token is never stored").isZero();

    tokens.revoke(leader.id(), issued.id());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.rawToken()))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void anUnknownTokenGetsProblemJsonNeverData() throws Exception {
    mvc.perform(get("/api/v1/units").header("Authorization", "Bearer ih_not-a-real-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.messages.vi").isNotEmpty())
        .andExpect(jsonPath("$.messages.en").isNotEmpty());
  }

  @Test
  void nobodyCanRevokeSomeoneElsesToken() {
    AccountView owner = accounts.create(new NewAccount("token.owner" + RUN, "Owner", null, "token-password-1",
        Set.of(Role.MEMBER), Set.of()));
    AccountView other = accounts.create(new NewAccount("token.other" + RUN, "Other", null, "token-password-1",
        Set.of(Role.MEMBER), Set.of()));
    ApiTokens.Issued issued = tokens.issue(owner.id(), "mine");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke(other.id(), issued.id()))
        .isInstanceOf(vn.innohub.shared.DomainException.class);
    assertThat(tokens.authenticate(issued.rawToken())).isPresent();
  }
}
