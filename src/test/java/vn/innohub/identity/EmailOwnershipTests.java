package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.identity.internal.EmailConfirmations;
import vn.innohub.shared.DomainException;

/** An e-mail address belongs to one account, and only a confirmed address counts as the account's. */
@IntegrationTest
class EmailOwnershipTests {

  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;
  @Autowired EmailConfirmations confirmations;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.innohub.MutableClock clock;

  private org.springframework.test.web.servlet.ResultActions register(String username, String email) throws Exception {
    return mvc.perform(post("/register").with(csrf()).param("username", username).param("displayName", "Người đăng ký")
        .param("email", email).param("password", "mot cau mat khau dai").param("passwordConfirm", "mot cau mat khau dai"));
  }

  @Test
  void fiveAccountsCannotShareOneAddress() throws Exception {
    String email = "chung." + RUN + "@example.vn";
    register("share1." + RUN, email).andExpect(redirectedUrl("/login"));
    long first = accounts.findByUsername("share1." + RUN).orElseThrow().id();
    clock.advance(java.time.Duration.ofMinutes(2));
    confirmations.confirm(confirmations.issue(first).rawToken());
    register("share2." + RUN, email.toUpperCase()).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("đã được dùng cho một tài khoản khác")));
    register("share3." + RUN, "  " + email + " ").andExpect(status().isOk());
    assertThatThrownBy(() -> accounts.create(new NewAccount("share4." + RUN, "S", "Chung." + RUN + "@Example.VN",
        "mot cau mat khau dai", Set.of(Role.MEMBER), Set.of())))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("identity.email.taken"));
    AccountView fifth = accounts.create(new NewAccount("share5." + RUN, "S", "khac." + RUN + "@example.vn",
        "mot cau mat khau dai", Set.of(Role.MEMBER), Set.of()));
    assertThatThrownBy(() -> accounts.update(fifth.id(), "S", email, Set.of(Role.MEMBER), Set.of(), true,
        accounts.version(fifth.id())))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("identity.email.taken"));
    Integer holders = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(TRIM(email)) = ?", Integer.class,
        email);
    assertThat(holders).isEqualTo(1);
  }

  @Test
  void anAddressOnlyTypedByAnotherAccountIsTakenFromItSoASquatterCannotKeepTheOwnerOut() throws Exception {
    String email = "nannhan." + RUN + "@example.vn";
    register("squatter." + RUN, email).andExpect(redirectedUrl("/login"));
    register("owner." + RUN, email).andExpect(redirectedUrl("/login"));
    assertThat(accounts.findByUsername("squatter." + RUN).orElseThrow().email()).isNull();
    assertThat(accounts.findByUsername("owner." + RUN).orElseThrow().email()).isEqualTo(email);
    Integer released = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'EMAIL_RELEASED' AND entity_id = ?",
        Integer.class, "squatter." + RUN);
    assertThat(released).isEqualTo(1);
  }

  @Test
  void onlyTheAccountThatConfirmedTheAddressIsFoundByIt() throws Exception {
    String email = "xacnhan." + RUN + "@example.vn";
    register("confirm1." + RUN, email).andExpect(redirectedUrl("/login"));
    assertThat(accounts.findByConfirmedEmail(email)).isEmpty();
    long id = accounts.findByUsername("confirm1." + RUN).orElseThrow().id();
    clock.advance(java.time.Duration.ofMinutes(2));
    EmailConfirmations.Issued link = confirmations.issue(id);
    assertThat(confirmations.confirm(link.rawToken())).isEqualTo(EmailConfirmations.Outcome.CONFIRMED);
    assertThat(accounts.findByConfirmedEmail(email.toUpperCase())).map(AccountView::id).contains(id);
  }

  @Test
  void anOldDuplicateKeepsItsAddressForDisplayButCannotCountAsItsOwner() {
    String email = "cu." + RUN + "@example.vn";
    AccountView first = accounts.create(new NewAccount("old1." + RUN, "S", email, "mot cau mat khau dai",
        Set.of(Role.MEMBER), Set.of()));
    AccountView second = accounts.create(new NewAccount("old2." + RUN, "S", null, "mot cau mat khau dai",
        Set.of(Role.MEMBER), Set.of()));
    // As migration V31 leaves a duplicate that existed before: the address, but no key.
    jdbc.update("UPDATE app_user SET email = ?, email_key = NULL, email_verified_at = CURRENT_TIMESTAMP WHERE id = ?",
        email.toUpperCase(), second.id());
    assertThat(accounts.findByConfirmedEmail(email)).map(AccountView::id).contains(first.id());
    assertThat(accounts.emailVerified(second.id())).isFalse();
  }
}
