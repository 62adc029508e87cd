package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;

/**
 * A 100,000-character value in any field of the public and member forms is answered with a message (or simply
 * works), never with a 500: every field of every form, one at a time, the others filled sensibly.
 */
@IntegrationTest
class OverlongInputTests {

  private static final String HUGE = "Dài quá ".repeat(12_500);

  @Autowired MockMvc mvc;
  @Autowired AccountService accounts;

  @ParameterizedTest(name = "{0} {1} with a 100,000-character {2}")
  @CsvSource({
      "ANONYMOUS, /register, username",
      "ANONYMOUS, /register, displayName",
      "ANONYMOUS, /register, email",
      "ANONYMOUS, /register, password",
      "ANONYMOUS, /login, username",
      "ANONYMOUS, /login, password",
      "MEMBER, /me/password, current",
      "MEMBER, /me/password, password",
      "MEMBER, /me/tokens, name",
      "MEMBER, /me/tokens, expires",
      "MEMBER, /me/profiles, name",
      "MEMBER, /me/profiles, description",
      "MEMBER, /me/profiles, taxCode",
      "MEMBER, /me/listings, title",
      "MEMBER, /me/listings, summary",
      "MEMBER, /me/listings, description",
  })
  void aHugeFieldOnAFormIsNeverA500(String who, String path, String field) throws Exception {
    MockHttpServletRequestBuilder request = post(path).with(csrf())
        .param("username", "overlong" + System.nanoTime() % 1_000_000).param("displayName", "Người thử")
        .param("email", "overlong" + System.nanoTime() % 1_000_000 + "@example.vn")
        .param("password", "mot cau mat khau dai").param("passwordConfirm", "mot cau mat khau dai")
        .param("current", "mot cau mat khau dai").param("confirm", "mot cau mat khau dai")
        .param("name", "Tên thử").param("title", "Tiêu đề thử").param("kind", "OFFER").param("type", "STARTUP")
        .param(field, HUGE);
    if ("MEMBER".equals(who)) {
      String name = "overlong.m" + System.nanoTime() % 1_000_000;
      accounts.create(new NewAccount(name, "Thành viên", null, "mot cau mat khau dai", Set.of(Role.MEMBER), Set.of()));
      request.with(user(accounts.loadUserByUsername(name)));
    }
    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
    assertThat(r.getStatus()).as(path + " " + field).isLessThan(500);
    assertThat(r.getContentAsString()).doesNotContain("Exception").doesNotContain("at vn.innohub");
  }

  @ParameterizedTest(name = "GET {0} with a 100,000-character {1}")
  @CsvSource({"/tim-kiem, q", "/api/v1/search, q", "/danh-ba, q", "/cong-nghe, q", "/van-ban, q", "/tin-tuc, q",
      "/su-kien, month", "/api/v1/directory, q", "/tim-kiem/goi-y, q"})
  void aHugeQueryIsNeverA500(String path, String parameter) throws Exception {
    MockHttpServletResponse r = mvc.perform(get(path).param(parameter, HUGE)).andReturn().getResponse();
    assertThat(r.getStatus()).as(path).isLessThan(500);
  }
}
