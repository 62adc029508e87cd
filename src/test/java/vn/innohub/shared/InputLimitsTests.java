package vn.innohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;

/** Issue 15 point 13: huge, negative or non-numeric paging parameters answer 400 on every paged page and API. */
@IntegrationTest
class InputLimitsTests {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @CsvSource({
      "/danh-ba, page=2147483647", "/danh-ba, page=-1", "/danh-ba, page=abc",
      "/api/v1/directory, page=2147483647", "/api/v1/directory, size=2147483647",
      "/tim-kiem, q=ocop&page=2147483647", "/api/v1/search, q=ocop&page=2147483647",
      "/tin-tuc, page=2147483647", "/api/v1/news, page=2147483647",
      "/van-ban, page=2147483647", "/api/v1/documents, page=2147483647", "/api/v1/documents, size=-5",
      "/cong-nghe, page=2147483647", "/cong-nghe, q=máy&page=2147483647",
      "/api/v1/exchange/listings, page=2147483647", "/api/v1/exchange/listings, page=99999999999999999999",
      "/admin/audit, page=2147483647", "/api/v1/audit, page=2147483647", "/admin/van-ban, page=2147483647"})
  void pagingBeyondTheLimitAnswers400WithAMessage(String path, String query) throws Exception {
    var response = mvc.perform(get(path + "?" + query).with(user("admin").roles("ADMIN", "MEMBER")))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(path + "?" + query).isEqualTo(400);
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("phân trang")
        .doesNotContain("Exception");
  }

  @ParameterizedTest
  @CsvSource({"/danh-ba, page=1", "/api/v1/directory, page=10000", "/tim-kiem, q=ocop&page=3"})
  void pagingWithinTheLimitStillAnswers(String path, String query) throws Exception {
    assertThat(mvc.perform(get(path + "?" + query)).andReturn().getResponse().getStatus()).isEqualTo(200);
  }
}
