package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Evidence must read as the kind it claims: half a DOCX or a PDF signature followed by noise is refused with
 * "Tệp bị hỏng hoặc không đúng định dạng …" and nothing is stored; a real file is kept.
 */
@IntegrationTest
class EvidenceIntegrityTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private ReportingFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
  }

  private long taskItem() throws Exception {
    JsonNode report = json.readTree(mvc.perform(get("/api/v1/reports/" + f.reportA)
        .with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse().getContentAsString());
    return report.get("tasks").get(0).get("itemId").asLong();
  }

  private MockHttpServletResponse upload(String name, byte[] content, long item) throws Exception {
    MockHttpServletResponse r = mvc.perform(multipart("/api/v1/reports/" + f.reportA + "/evidence")
        .file(new MockMultipartFile("file", name, "application/octet-stream", content)).param("item", "task-" + item)
        .with(httpBasic(f.officerA, ReportingFixture.PASSWORD))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  @Test
  void halfADocxOrAPdfSignatureWithNoiseIsRefusedAsDamagedAndNotStored() throws Exception {
    long item = taskItem();
    String count = "SELECT COUNT(*) FROM report_evidence WHERE report_id = ?";
    int before = jdbc.queryForObject(count, Integer.class, f.reportA);
    byte[] docx = ReportingTestFiles.docx();
    byte[] noise = new byte[8192];
    new Random(5).nextBytes(noise);
    System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, noise, 0, 9);
    for (Object[] c : new Object[][] {{"bien-ban.docx", Arrays.copyOf(docx, docx.length / 2), "DOCX"},
        {"quyet-dinh.pdf", noise, "PDF"}}) {
      MockHttpServletResponse refused = upload((String) c[0], (byte[]) c[1], item);
      assertThat(refused.getStatus()).as((String) c[0]).isEqualTo(400);
      assertThat(refused.getContentType()).contains("problem+json");
      assertThat(refused.getContentAsString()).contains("Tệp bị hỏng hoặc không đúng định dạng " + c[2]);
    }
    assertThat(jdbc.queryForObject(count, Integer.class, f.reportA)).isEqualTo(before);
    // the real file is kept
    assertThat(upload("bien-ban.docx", docx, item).getStatus()).isBetween(200, 201);
    assertThat(jdbc.queryForObject(count, Integer.class, f.reportA)).isEqualTo(before + 1);
  }

  @Test
  void aHostileFileNameIsStoredWithoutFoldersOrControlCharacters() throws Exception {
    long item = taskItem();
    byte[] pdf = ReportingTestFiles.pdf();
    for (String[] c : new String[][] {{"..\\..\\evil\u0000.pdf", "evil.pdf"},
        {"C:\\fakepath\\báo cáo.pdf", "báo cáo.pdf"}}) {
      MockHttpServletResponse kept = upload(c[0], pdf, item);
      assertThat(kept.getStatus()).as(c[1]).isEqualTo(200);
      JsonNode view = json.readTree(kept.getContentAsString());
      assertThat(view.get("fileName").asText()).isEqualTo(c[1]);
      assertThat(jdbc.queryForObject("SELECT file_name FROM report_evidence WHERE id = ?", String.class,
          view.get("id").asLong())).isEqualTo(c[1]);
    }
  }
}
