package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.shared.files.ZipBombs;

/**
 * Zip bombs uploaded to the real endpoints that parse Office files: each is answered with the clear "file too
 * complex" message where it was uploaded (the page, or problem+json on the API), never a 500, and nothing is saved.
 */
@IntegrationTest
class UploadBombTests {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** 1 GiB of well-formed XML whose directory claims 10 KB: only actual inflation can tell. */
  static final byte[] LYING_DOCX = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.spacedDocument(1024).declaring(10_000)));
  /** 5 GiB honestly declared: refused from the directory. */
  static final byte[] HUGE_DOCX = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.spacedDocument(5 * 1024)));

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private int refusals(String actor, String limit) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'UPLOAD_REFUSED' AND actor = ?"
        + " AND entity_id = ?", Integer.class, actor, limit);
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  @Test
  void aBombOnThePlanImportPageIsRefusedWithTheClearMessage() throws Exception {
    int before = count("plan_import");
    for (byte[] bomb : new byte[][] {LYING_DOCX, HUGE_DOCX}) {
      mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "ke-hoach.docx", DOCX, bomb))
              .with(csrf()).with(user("admin").roles("ADMIN")))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Tệp quá phức tạp để đọc")));
    }
    assertThat(count("plan_import")).isEqualTo(before);
  }

  @Test
  void aBombOnThePlanImportApiIsAProblemNamingTheLimit() throws Exception {
    int plans = count("plan");
    int audited = refusals("admin", "RATIO");
    mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "ke-hoach.docx", DOCX, LYING_DOCX))
            .param("dryRun", "false").with(httpBasic("admin", "admin-test-password")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.messages.vi").value(containsString("Tệp quá phức tạp để đọc: tỷ lệ nén vượt quá 100:1")))
        .andExpect(jsonPath("$.messages.en").value(containsString("File too complex to read")))
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "ke-hoach.docx", DOCX, HUGE_DOCX))
            .with(httpBasic("admin", "admin-test-password")).header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("declared uncompressed content exceeds 100 MB")));
    assertThat(count("plan")).isEqualTo(plans);
    // a security event: who sent it and which limit it crossed
    assertThat(refusals("admin", "RATIO")).isEqualTo(audited + 1);
  }

  @Test
  void aBombOnTheUnitImportIsRefusedWithTheClearMessage() throws Exception {
    int units = count("org_unit");
    mvc.perform(multipart("/admin/units/import")
            .file(new MockMultipartFile("file", "don-vi.xlsx", null, ZipBombs.manyEntries(20_000)))
            .with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tệp quá phức tạp để đọc: tệp nén chứa hơn 10.000 mục")));
    // a DOCX bomb is no workbook: since issue 16 the streaming reader refuses it before inflating anything
    mvc.perform(multipart("/admin/units/import").file(new MockMultipartFile("file", "don-vi.xlsx", null, LYING_DOCX))
            .with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tệp không phải bảng tính Excel (.xlsx) hợp lệ")));
    assertThat(count("org_unit")).isEqualTo(units);
  }

  @Test
  void aBombAttachedInThePolicyLibraryIsRefusedAndTheFormKept() throws Exception {
    int documents = count("policy_document");
    String title = "Văn bản có tệp bom " + RandomWords.letters(8);
    String page = mvc.perform(multipart("/admin/van-ban/moi")
            .file(new MockMultipartFile("files", "bom.docx", DOCX, LYING_DOCX)).with(csrf())
            .with(user(userDetails.loadUserByUsername("admin")))
            .param("type", "FORM").param("title", title).param("status", "IN_FORCE")
            .param("issuer", "Sở thử nghiệm"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("Tệp quá phức tạp để đọc", title);
    assertThat(count("policy_document")).isEqualTo(documents);
  }
}
