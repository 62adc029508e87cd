package vn.innohub.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;

@IntegrationTest
class ErrorAnswersTests {

  @Autowired MockMvc mvc;

  @Test
  void malformedJsonGetsA400ProblemInBothLanguagesWithoutInternals() throws Exception {
    mvc.perform(post("/api/v1/units").with(httpBasic("admin", "admin-test-password"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"X\", \"name\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.messages.vi").value(containsString("Yêu cầu không đọc được")))
        .andExpect(jsonPath("$.messages.en").value(containsString("could not be read")))
        .andExpect(jsonPath("$.trace").doesNotExist())
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void englishIsUsedWhenTheClientAsksForIt() throws Exception {
    mvc.perform(get("/api/v1/units/999999999").with(httpBasic("admin", "admin-test-password"))
            .header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Unit 999999999 was not found."));
    mvc.perform(get("/api/v1/units/999999999").with(httpBasic("admin", "admin-test-password")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Không tìm thấy Unit số 999999999."));
  }

  @Test
  void invalidUnitGetsEveryProblemListed() throws Exception {
    mvc.perform(post("/api/v1/units").with(httpBasic("admin", "admin-test-password"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"có dấu\", \"name\": \"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(3));
  }

  @Test
  void unknownApiPathGetsProblemJsonAndUnknownPageGetsTheFriendlyPage() throws Exception {
    mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", "admin-test-password")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/no-such-page").with(user("someone")).accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedByItsContent() throws Exception {
    MockMultipartFile fake = new MockMultipartFile("file", "don-vi.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "<html>not a workbook</html>".getBytes());
    mvc.perform(multipart("/admin/units/import").file(fake).with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.")));
  }

  @Test
  void pagesCarryTheSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
  }

  @Test
  void theUiSpeaksVietnameseFirstAndSwitchesToEnglish() throws Exception {
    mvc.perform(get("/")).andExpect(content().string(containsString("Đăng nhập")));
    mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
  }
}
