package vn.innohub.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.shared.DomainException;

/**
 * The background read of the web import, start to end: the poll redirects to the preview once read, an unreadable
 * PDF shows its own message on the progress page with nothing saved, the bar shows the pages read, nobody but the
 * owner (and administrators) sees a read, a full queue is "busy, try again", and a read whose node went away is
 * shown as interrupted instead of polling for ever.
 */
@IntegrationTest
class PlanImportJobTests {

  private static final String OWNER = "job.owner";
  private static final String PLAN = """
      KẾ HOẠCH
      Thử nghiệm đọc tài liệu trong nền năm 2026

      1. Xây dựng cổng thông tin khởi nghiệp đọc nền
      - Cơ quan chủ trì: Sở Khoa học và Công nghệ
      - Thời gian thực hiện: Năm 2026
      """;

  @Autowired MockMvc mvc;
  @Autowired PlanImportJobs jobs;
  @Autowired PlanImports imports;
  @Autowired PlanImportJobRepository repository;
  @Autowired PlanImportRepository importRepository;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(String name, String role) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  private static RequestPostProcessor owner() {
    return user(OWNER).roles("ADMIN");
  }

  private MockHttpServletResponse poll(long job, RequestPostProcessor who) throws Exception {
    MockHttpServletResponse r = mvc.perform(get("/plans/import/jobs/" + job + "/progress").header("HX-Request", "true")
        .with(who)).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  /** Polls as the browser does until the read ends: the response that redirects (HX-Redirect) or stops polling (286). */
  private MockHttpServletResponse pollUntilEnd(long job) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      MockHttpServletResponse r = poll(job, owner());
      if (r.getHeader("HX-Redirect") != null || r.getStatus() == 286) {
        return r;
      }
      assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
      Thread.sleep(100);
    }
    throw new AssertionError("job " + job + " still running after 30 s");
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  private long saved(PlanImportJob job) {
    return new TransactionTemplate(transactions).execute(s -> repository.save(job).getId());
  }

  @Test
  void aFinishedReadRedirectsThePollToItsPreviewAndItsWritesAreAuditedAsTheOwner() throws Exception {
    signIn(OWNER, "ADMIN");
    long job = jobs.start("ke-hoach-nen.txt", PLAN.getBytes(StandardCharsets.UTF_8), null);
    SecurityContextHolder.clearContext();

    MockHttpServletResponse end = pollUntilEnd(job);
    Long preview = jdbc.queryForObject("SELECT import_id FROM plan_import_job WHERE id = ?", Long.class, job);
    assertThat(preview).isNotNull();
    assertThat(end.getHeader("HX-Redirect")).isEqualTo("/plans/import/" + preview);
    assertThat(jdbc.queryForObject("SELECT status FROM plan_import_job WHERE id = ?", String.class, job)).isEqualTo("DONE");
    // the progress page itself, opened again later (or on another node), links to the preview and polls once to go there
    Document done = Jsoup.parse(mvc.perform(get("/plans/import/jobs/" + job).with(owner())).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    assertThat(done.selectFirst("#jobDone a").attr("href")).isEqualTo("/plans/import/" + preview);
    assertThat(done.getElementById("importJob").attr("hx-trigger")).startsWith("load");

    MockHttpServletResponse page = mvc.perform(get("/plans/import/" + preview).with(owner())).andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    assertThat(page.getContentAsString()).contains("Xây dựng cổng thông tin khởi nghiệp đọc nền")
        .doesNotContain("ocr-confidence");
    assertThat(jdbc.queryForObject("SELECT created_by FROM plan_import WHERE id = ?", String.class, preview)).isEqualTo(OWNER);
    // audited: the job's creation and end, and the preview written by the background reader, all in the owner's name
    assertThat(jdbc.queryForList("SELECT actor FROM audit_record WHERE entity_type LIKE '%PlanImportJob' AND entity_id = ?",
        String.class, Long.toString(job))).hasSizeGreaterThanOrEqualTo(2).containsOnly(OWNER);
    assertThat(jdbc.queryForList("SELECT actor FROM audit_record WHERE entity_type LIKE '%PlanImport' AND action = 'CREATE'"
        + " AND entity_id = ?", String.class, Long.toString(preview))).containsExactly(OWNER);
  }

  @Test
  void anUnreadablePdfShowsItsMessageOnTheProgressPageAndNothingIsSaved() throws Exception {
    int previews = count("plan_import");
    int plans = count("plan");
    byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\nthis is not a PDF body at all\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    MockHttpServletResponse upload = mvc.perform(multipart("/plans/import")
        .file(new MockMultipartFile("file", "hong.pdf", "application/pdf", damaged)).with(csrf()).with(owner()))
        .andReturn().getResponse();
    assertThat(upload.getStatus()).isEqualTo(302);
    String location = upload.getRedirectedUrl();
    assertThat(location).startsWith("/plans/import/jobs/");
    long job = Long.parseLong(location.substring("/plans/import/jobs/".length()));

    MockHttpServletResponse end = pollUntilEnd(job);
    assertThat(end.getStatus()).as("htmx stops polling").isEqualTo(286);
    assertThat(end.getHeader("HX-Redirect")).isNull();
    String key = jdbc.queryForObject("SELECT message_key FROM plan_import_job WHERE id = ?", String.class, job);
    assertThat(key).as("a message naming what is wrong, not the unexpected-error one")
        .matches("(plan\\.import|upload)\\..+").isNotEqualTo("plan.import.job.failed");
    Element message = Jsoup.parse(end.getContentAsString()).getElementById("jobMessage");
    assertThat(message).isNotNull();
    assertThat(message.text()).isNotBlank().doesNotContain(key).doesNotContain("Exception");
    // the same message on the full page, in English too
    MockHttpServletResponse en = mvc.perform(get(location).param("lang", "en").with(owner())).andReturn().getResponse();
    en.setCharacterEncoding("UTF-8");
    Document page = Jsoup.parse(en.getContentAsString());
    assertThat(page.getElementById("jobError")).isNotNull();
    assertThat(page.getElementById("jobError").text()).contains("Nothing has been saved");
    assertThat(page.getElementById("importJob").hasAttr("hx-get")).as("a failed read is not polled").isFalse();
    assertThat(count("plan_import")).isEqualTo(previews);
    assertThat(count("plan")).isEqualTo(plans);
  }

  @Test
  void theProgressPageShowsThePagesReadAsTextAndAsAnAccessibleBar() throws Exception {
    Instant now = clock.instant();
    PlanImportJob reading = new PlanImportJob(OWNER, "ke-hoach-100-trang.pdf", null, now);
    reading.pages(30, 120, now);
    long job = saved(reading);

    Document page = Jsoup.parse(mvc.perform(get("/plans/import/jobs/" + job).with(owner())).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    Element poller = page.getElementById("importJob");
    assertThat(poller.attr("hx-get")).isEqualTo("/plans/import/jobs/" + job + "/progress");
    assertThat(poller.attr("hx-trigger")).isEqualTo("load, every 1s");
    assertThat(poller.attr("aria-live")).isEqualTo("polite");
    assertThat(page.getElementById("jobFile").text()).isEqualTo("ke-hoach-100-trang.pdf");

    MockHttpServletResponse fragment = poll(job, owner());
    assertThat(fragment.getStatus()).isEqualTo(200);
    Document part = Jsoup.parse(fragment.getContentAsString());
    assertThat(part.getElementById("jobStatus").text()).isEqualTo("Đã đọc 30/120 trang");
    Element bar = part.selectFirst("[role=progressbar]");
    assertThat(bar.attr("aria-valuenow")).isEqualTo("30");
    assertThat(bar.attr("aria-valuemax")).isEqualTo("120");
    assertThat(bar.attr("aria-valuetext")).isEqualTo("Đã đọc 30/120 trang");
    assertThat(bar.attr("aria-label")).isEqualTo("Tiến độ đọc tài liệu");
    assertThat(part.getElementById("jobBar").attr("style")).isEqualTo("width: 25%"); // 30 of 120
    assertThat(part.getElementById("jobBar").text()).isEqualTo("25 %");
  }

  @Test
  void onlyTheOwnerAndAdministratorsSeeARead() throws Exception {
    long job = saved(new PlanImportJob(OWNER, "rieng.pdf", null, clock.instant()));
    for (String path : new String[] {"/plans/import/jobs/" + job, "/plans/import/jobs/" + job + "/progress"}) {
      assertThat(mvc.perform(get(path).with(user("job.leader").roles("LEADER"))).andReturn().getResponse().getStatus())
          .as(path).isEqualTo(403);
      assertThat(mvc.perform(get(path).with(user("job.officer").roles("UNIT_OFFICER"))).andReturn().getResponse()
          .getStatus()).as(path).isEqualTo(403);
      assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).as(path).endsWith("/login");
      assertThat(mvc.perform(get(path).with(user("another.admin").roles("ADMIN"))).andReturn().getResponse().getStatus())
          .as(path).isEqualTo(200);
    }
    // the object-level check itself: a signed-in user who is neither the owner nor an administrator gets "not found"
    signIn("job.leader", "LEADER");
    assertThatThrownBy(() -> jobs.view(job)).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.status().value()).isEqualTo(404));
    signIn(OWNER, "LEADER");
    assertThat(jobs.view(job).fileName()).isEqualTo("rieng.pdf");
  }

  @Test
  void whenEveryReaderIsTakenTheNextUploadIsToldTheServerIsBusy() throws Exception {
    signIn(OWNER, "ADMIN");
    long existing = imports.preview("co-san.txt", PLAN.getBytes(StandardCharsets.UTF_8), null);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch reading = new CountDownLatch(1);
    PlanImports slow = Mockito.mock(PlanImports.class);
    Mockito.when(slow.preview(anyString(), any(PlanReading.Source.class), any(), eq(OWNER))).thenAnswer(a -> {
      reading.countDown();
      release.await(20, TimeUnit.SECONDS);
      return existing;
    });
    PlanImportJobs oneReader = new PlanImportJobs(repository, slow, transactions, events, clock, 1, 1,
        Duration.ofMinutes(5), Duration.ofMinutes(10));
    try {
      byte[] text = PLAN.getBytes(StandardCharsets.UTF_8);
      long first = oneReader.start("mot.txt", text, null);
      assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
      long second = oneReader.start("hai.txt", text, null);
      assertThat(oneReader.view(second).status()).isEqualTo(PlanImportJob.Status.QUEUED);
      int before = count("plan_import");
      assertThatThrownBy(() -> oneReader.start("ba.txt", text, null)).isInstanceOfSatisfying(DomainException.class,
          e -> assertThat(e.code()).isEqualTo("plan.import.busy"));
      assertThat(jdbc.queryForObject("SELECT message_key FROM plan_import_job WHERE file_name = 'ba.txt' ORDER BY id DESC"
          + " FETCH FIRST 1 ROWS ONLY", String.class)).isEqualTo("plan.import.busy");
      assertThat(count("plan_import")).isEqualTo(before);
      release.countDown();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (oneReader.view(second).running() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(oneReader.view(first).status()).isEqualTo(PlanImportJob.Status.DONE);
      assertThat(oneReader.view(second).importId()).isEqualTo(existing);
    } finally {
      release.countDown();
      oneReader.destroy();
    }
  }

  @Test
  void aReadWhoseNodeWentAwayIsShownInterruptedInsteadOfPollingForEver() throws Exception {
    Instant start = clock.instant();
    PlanImportJob orphan = new PlanImportJob(OWNER, "mat-ket-noi.pdf", null, start);
    orphan.pages(4, 20, start);
    long job = saved(orphan);
    try {
      assertThat(poll(job, owner()).getStatus()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(11));
      MockHttpServletResponse r = poll(job, owner());
      assertThat(r.getStatus()).isEqualTo(286);
      assertThat(Jsoup.parse(r.getContentAsString()).getElementById("jobMessage").text())
          .isEqualTo("Việc đọc tài liệu bị gián đoạn (máy chủ đã khởi động lại). Vui lòng tải tệp lên lại.");
    } finally {
      clock.set(start);
    }
  }

  @Test
  void thePreviewShowsTheOcrConfidenceOfEachRowAndKeepsItThroughACorrection() throws Exception {
    // a preview as stored after an OCR read: line 4 (the task) read at 62 %, line 1 at 91 %
    String stored = """
        {"number":null,"date":null,"place":null,"title":"Kế hoạch quét","issuer":{"text":"","unitIds":[],"unitNames":[],
         "unresolved":[]},"periodFrom":2026,"periodTo":2026,"legalBases":[],"sections":[],"targets":[{"code":"1","seq":1,
         "name":"Hỗ trợ 30 doanh nghiệp","value":{"text":"30 doanh nghiệp","comparator":"GE","min":30,"max":30,
         "unit":"doanh nghiệp","uncertain":false},"targetYear":2026,"aggregator":{"text":"","unitIds":[],"unitNames":[],
         "unresolved":[]},"lead":{"text":"","unitIds":[],"unitNames":[],"unresolved":[]},"coordinating":{"text":"",
         "unitIds":[],"unitNames":[],"unresolved":[]},"line":1,"flags":[]}],"tasks":[{"code":"1","seq":1,"section":null,
         "name":"Xây dựng sàn giao dịch","content":null,"lead":{"text":"","unitIds":[],"unitNames":[],"unresolved":[]},
         "coordinating":{"text":"","unitIds":[],"unitNames":[],"unresolved":[]},"schedule":{"kind":"CONDITIONAL",
         "text":"","due":null,"start":null,"end":null},"outputs":null,"outputQuantities":[],"line":4,"flags":["LEAD_MISSING"]}],
         "budget":[],"unparsed":[],"warnings":[],"lineConfidence":{"1":91,"4":62}}
        """;
    long id = new TransactionTemplate(transactions).execute(s -> importRepository.save(
        new PlanImport(null, "quet.pdf", OWNER, clock.instant(), stored)).getId());
    assertThat(imports.lineConfidence(id)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(1, 91, 4, 62));

    Document page = Jsoup.parse(mvc.perform(get("/plans/import/" + id).with(owner())).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
    Element target = page.getElementById("target-1").selectFirst(".ocr-confidence");
    assertThat(target.text()).isEqualTo("OCR 91 %");
    assertThat(target.hasClass("ocr-low")).isFalse();
    Element task = page.getElementById("task-1").selectFirst(".ocr-confidence");
    assertThat(task.text()).startsWith("OCR 62 %").contains("Độ tin cậy OCR thấp");
    assertThat(task.hasClass("ocr-low")).isTrue();
    assertThat(task.hasClass("text-bg-warning")).isTrue();

    mvc.perform(post("/plans/import/" + id + "/tasks/1").param("lead", "Sở Tài chính").with(csrf()).with(owner()));
    assertThat(imports.draft(id).tasks().get(0).lead().text()).isEqualTo("Sở Tài chính");
    assertThat(imports.lineConfidence(id)).containsEntry(4, 62).containsEntry(1, 91);
  }
}
