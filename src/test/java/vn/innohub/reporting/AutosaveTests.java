package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Autosave's answers (issue 16): one wrong field is named and the others are saved; a refusal says so with a 409 and
 * saves nothing; the version answered is the one the next save and the submit need.
 */
@IntegrationTest
class AutosaveTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired Accounts accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final ObjectMapper json = new ObjectMapper();
  private ReportingFixture f;
  private UserDetails officer;
  private String target;
  private String task;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
    officer = userDetails.loadUserByUsername(f.officerA);
    ReportView report = report();
    target = "target-" + report.targets().get(0).itemId() + "-";
    task = "task-" + report.tasks().get(0).itemId() + "-";
  }

  private ReportView report() {
    return reports.view(f.reportA, f.actorA);
  }

  /** The whole form, as the browser sends it, with the report's current values except those given. */
  private MockHttpServletRequestBuilder autosave(long version, String... fields) {
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("version", Long.toString(version));
    form.put(task + "status", "NOT_STARTED");
    form.put(target + "actual", "");
    form.put("difficulties", "");
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/reports/" + f.reportA + "/autosave").with(csrf()).with(user(officer))
        .accept(MediaType.APPLICATION_JSON);
    form.forEach(request::param);
    return request;
  }

  private JsonNode answer(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/json");
    return json.readTree(response.getContentAsString());
  }

  @Test
  void aWrongUnitOnOneFieldIsNamedThereAndTheOtherFieldsAreSaved() throws Exception {
    long version = report().version();

    JsonNode answer = answer(autosave(version, target + "actual", "12 doanh nghiệp", task + "status", "IN_PROGRESS",
        task + "progress", "40", "difficulties", "Thiếu kinh phí tập huấn"), 200);

    assertThat(answer.get("saved").asBoolean()).isTrue();
    assertThat(answer.get("invalid").size()).isEqualTo(1);
    assertThat(answer.get("invalid").get(target + "actual").asText())
        .isEqualTo("Đơn vị tính phải là “%”, không phải “doanh nghiệp”.");
    ReportView saved = report();
    assertThat(saved.difficulties()).isEqualTo("Thiếu kinh phí tập huấn");
    assertThat(saved.tasks().get(0).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(saved.tasks().get(0).progress()).isEqualTo(40);
    assertThat(saved.targets().get(0).actual()).as("the wrong value is not stored").isNull();
    assertThat(answer.get("version").asLong()).isEqualTo(version + 1).isEqualTo(saved.version());
  }

  @Test
  void afterAnInvalidFieldLaterEditsAreStillSavedAndTheCorrectedValueToo() throws Exception {
    JsonNode first = answer(autosave(report().version(), target + "actual", "12 doanh nghiệp"), 200);
    assertThat(first.get("invalid").has(target + "actual")).isTrue();

    JsonNode second = answer(autosave(first.get("version").asLong(), target + "actual", "12 doanh nghiệp",
        "difficulties", "Chờ hướng dẫn"), 200);
    assertThat(second.get("invalid").has(target + "actual")).isTrue();
    assertThat(report().difficulties()).isEqualTo("Chờ hướng dẫn");

    JsonNode corrected = answer(autosave(second.get("version").asLong(), target + "actual", "61 %",
        "difficulties", "Chờ hướng dẫn"), 200);
    assertThat(corrected.get("invalid").size()).isZero();
    assertThat(corrected.get("message").asText()).startsWith("Đã tự động lưu lúc ");
    assertThat(report().targets().get(0).actual()).isEqualByComparingTo(new BigDecimal("61"));
  }

  @Test
  void aValueLaterTypedWrongIsKeptAsTypedAndCountsNoMoreUntilFixed() throws Exception {
    JsonNode first = answer(autosave(report().version(), target + "actual", "61"), 200);
    JsonNode second = answer(autosave(first.get("version").asLong(), target + "actual", "-5"), 200);

    assertThat(second.get("invalid").get(target + "actual").asText()).isEqualTo("Không được là số âm.");
    // issue 17: what was typed is kept, and the old number no longer stands for it (nothing wrong is aggregated)
    assertThat(report().targets().get(0).actual()).isNull();
    assertThat(report().typed()).containsEntry(target + "actual", "-5");
    assertThat(report().invalid()).containsOnlyKeys(target + "actual"); // marked again when the form is read
  }

  @Test
  void aCancellationWithoutReasonIsKeptAsChosenNamesTheReasonAndSavesTheProgress() throws Exception {
    JsonNode answer = answer(autosave(report().version(), task + "status", "CANCELLED", task + "cancelReason", " ",
        task + "progress", "30"), 200);

    assertThat(answer.get("invalid").get(task + "cancelReason").asText()).isEqualTo("Nhiệm vụ dừng/hủy phải có lý do.");
    assertThat(answer.get("invalid").has(task + "status")).isFalse(); // the status is not what is wrong
    ReportView saved = report();
    assertThat(saved.tasks().get(0).status()).isNull(); // not stored as cancelled (nor counted) until the reason comes
    assertThat(saved.typed()).containsEntry(task + "status", "CANCELLED"); // but the form shows it as chosen
    assertThat(saved.tasks().get(0).progress()).isEqualTo(30);
  }

  @Test
  void anAutosaveFromAnOlderVersionAnswers409AndOverwritesNothing() throws Exception {
    long version = report().version();
    answer(autosave(version, "difficulties", "của người khác"), 200);

    JsonNode stale = answer(autosave(version, "difficulties", "của tôi"), 409);

    assertThat(stale.get("saved").asBoolean()).isFalse();
    assertThat(stale.get("conflict").asBoolean()).isTrue();
    assertThat(stale.get("message").asText()).contains("Người khác vừa lưu báo cáo này");
    assertThat(report().difficulties()).isEqualTo("của người khác");
  }

  @Test
  void anAutosaveOfASubmittedReportAnswers409WithTheReason() throws Exception {
    answer(autosave(report().version(), target + "actual", "61"), 200);
    reports.submit(f.reportA, null, f.actorA);

    JsonNode refused = answer(autosave(report().version(), "difficulties", "sau khi gửi"), 409);

    assertThat(refused.get("saved").asBoolean()).isFalse();
    assertThat(refused.get("conflict").asBoolean()).isFalse();
    assertThat(refused.get("message").asText()).startsWith("Chưa lưu được: ");
    assertThat(report().difficulties()).isNull();
  }

  @Test
  void theAnsweredVersionLetsTheNextAutosaveAndTheSubmitThroughWithoutAConflict() throws Exception {
    long version = report().version();
    for (String text : new String[] {"một", "hai", "ba"}) {
      version = answer(autosave(version, target + "actual", "61", "difficulties", text), 200).get("version").asLong();
    }
    MockHttpServletResponse submitted = mvc.perform(post("/reports/" + f.reportA).with(csrf()).with(user(officer))
        .param("action", "submit").param("version", Long.toString(version)).param(target + "actual", "61")
        .param(task + "status", "NOT_STARTED").param("difficulties", "ba")).andReturn().getResponse();

    assertThat(submitted.getRedirectedUrl()).isEqualTo("/reports/" + f.reportA);
    assertThat(report().status()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(report().difficulties()).isEqualTo("ba");
  }

  @Test
  void anotherUnitsReportIsNotFoundAndNothingIsSaved() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/reports/" + f.reportB + "/autosave").with(csrf())
        .with(user(officer)).accept(MediaType.APPLICATION_JSON).param("difficulties", "x")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(reports.view(f.reportB, f.actorB).difficulties()).isNull();
  }
}
