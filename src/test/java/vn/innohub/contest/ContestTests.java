package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.contest.internal.Contest;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestApplication.Facts;
import vn.innohub.shared.FieldErrors;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.contest.internal.Certificates;
import vn.innohub.contest.internal.ContestFollowUp;
import vn.innohub.contest.internal.Judging;
import vn.innohub.contest.internal.Support;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;

/**
 * Contests end to end on the shared context: the intake deadline on the server clock (service and page), team
 * invitations, screening, assignment with conflicts, score range and privacy, the aggregation maths, results and
 * certificates, and follow-up moving a bound plan target. Intake closes at 1 April 2026 00:00 in Vietnam
 * (2026-03-31T17:00:00Z); the clock is set in every test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestTests {

  /** 31 March 2026 23:59:59 and 1 April 2026 00:00:00 in Asia/Ho_Chi_Minh. */
  static final Instant LAST_SECOND = Instant.parse("2026-03-31T16:59:59Z");
  static final Instant DEADLINE = Instant.parse("2026-03-31T17:00:00Z");
  static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  static final Instant AFTER_CONTEST = Instant.parse("2026-06-10T02:00:00Z");

  @Autowired ContestService contests;
  @Autowired Judging judging;
  @Autowired Certificates certificates;
  @Autowired ContestFollowUp followUp;
  @Autowired vn.innohub.directory.internal.ProfileService profileService;
  @Autowired Accounts accounts;
  @Autowired Notifier notifier;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired vn.innohub.identity.internal.EmailConfirmations confirmations;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @Autowired vn.innohub.dashboard.internal.DashboardService dashboard;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  @BeforeEach
  void clockDuringIntake() {
    clock.set(DURING_INTAKE);
  }

  @AfterEach
  void clockBack() {
    clock.set(AFTER_CONTEST);
  }

  // --- fixtures ----------------------------------------------------------------------------------------------

  private static ContestSpec spec(boolean zScore, boolean showScores, int k) {
    return spec(zScore, showScores, k, false);
  }

  private static ContestSpec spec(boolean zScore, boolean showScores, int k, boolean blind) {
    return new ContestSpec("Sở Khoa học và Công nghệ Lào Cai", null, List.of("Tỉnh đoàn Lào Cai"),
        List.of("Nông nghiệp công nghệ cao", "Du lịch"), List.of(EligibleGroup.YOUTH, EligibleGroup.ANY_CITIZEN),
        "Lào Cai", null,
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0)),
            new Round(RoundKind.FINAL, LocalDateTime.of(2026, 5, 20, 8, 0), LocalDateTime.of(2026, 5, 20, 17, 0))),
        List.of(new FormField("mo-ta-y-tuong", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of()),
            new FormField("kinh-phi", FieldType.NUMBER, "Kinh phí dự kiến", false, List.of()),
            new FormField("ke-hoach", FieldType.FILE, "Kế hoạch kinh doanh", false, List.of()),
            new FormField("giai-doan", FieldType.CHOICE, "Giai đoạn", false, List.of("Ý tưởng", "Nguyên mẫu"))),
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Tính sáng tạo", "Mức độ mới", 2, 10),
                new Criterion("Tính khả thi", null, 1, 5)),
            RoundKind.FINAL, List.of(new Criterion("Tổng thể", null, 1, 10))),
        List.of("Giải Nhất", "Giải Nhì"), "Thể lệ: mỗi người một hồ sơ.",
        new ContestSpec.Settings(blind, zScore, showScores, false, k, 25));
  }

  private Contest contest(ContestSpec spec) {
    return contests.create("Cuộc thi ý tưởng khởi nghiệp " + run + "-" + (++seq), "cuoc-thi-" + run + "-" + seq,
        true, spec, admin);
  }

  private Actor account(String name, Role role) {
    String username = "ct-" + run + "-" + (++seq);
    var a = accounts.create(new NewAccount(username, name, username + "@example.vn", "contest-password-1",
        Set.of(role), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(role), Set.of());
  }

  private static Facts facts(String title, String name, String organisation) {
    return new Facts(title, "Nông nghiệp công nghệ cao", name, organisation, null, EligibleGroup.ANY_CITIZEN, null,
        "Xã Bản Lầu", "Lào Cai", false);
  }

  private ContestApplication draft(Contest c, Actor member, String title, String name, String organisation) {
    ContestApplication a = contests.apply(c.getSlug(), member);
    return contests.save(a.getId(), a.getVersion(), facts(title, name, organisation),
        Map.of("mo-ta-y-tuong", "Ứng dụng cảm biến độ ẩm cho vườn dược liệu", "giai-doan", "Ý tưởng"), member);
  }

  private ContestApplication submitted(Contest c, Actor member, String title, String name, String organisation) {
    return contests.submit(draft(c, member, title, name, organisation).getId(), member);
  }

  private RequestPostProcessor as(Actor actor) {
    return user(userDetails.loadUserByUsername(actor.username()));
  }

  private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String body(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  // --- intake ------------------------------------------------------------------------------------------------

  @Test
  void announcedContestsAreInTheSitemapAndUnannouncedOnesAreNot() throws Exception {
    Contest announced = contest(spec(false, true, 2));
    Contest hidden = contests.create("Cuộc thi chưa công bố " + run, "chua-cong-bo-" + run, false, spec(false, true, 2),
        admin);
    String sitemap = mvc.perform(get("/sitemap-trang.xml")).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(sitemap).contains("/cuoc-thi/" + announced.getSlug() + "</loc>")
        .doesNotContain("/cuoc-thi/" + hidden.getSlug() + "<");
  }

  @Test
  void aSubmissionAt235959IsAcceptedWithAReceiptAndOneAtTheDeadlineInstantIsRefusedWithNothingLost() {
    Contest c = contest(spec(false, true, 2));
    Actor early = account("Lò Văn Sáng", Role.MEMBER);
    Actor late = account("Vàng Thị Mai", Role.MEMBER);
    ContestApplication a = draft(c, early, "Vườn thuốc thông minh", "Lò Văn Sáng", null);
    ContestApplication b = draft(c, late, "Chợ phiên số", "Vàng Thị Mai", null);

    clock.set(LAST_SECOND);
    ContestApplication done = contests.submit(a.getId(), early);
    assertThat(done.getStatus()).isEqualTo(ContestApplication.Status.SUBMITTED);
    assertThat(done.getReference()).matches("CT2026-\\d{4}");
    assertThat(notifier.recent(early.userId(), 5)).anySatisfy(n -> {
      assertThat(n.subject()).contains(done.getReference());
      assertThat(n.link()).isEqualTo("/me/contests/applications/" + a.getId());
    });

    clock.set(DEADLINE);
    assertThatThrownBy(() -> contests.submit(b.getId(), late)).isInstanceOf(DomainException.class)
        .hasMessage("contest.deadlinePassed");
    assertThatThrownBy(() -> contests.save(a.getId(), done.getVersion(), facts("Đổi tên", "Lò Văn Sáng", null),
        Map.of("mo-ta-y-tuong", "sửa sau hạn"), early)).hasMessage("contest.deadlinePassed");
    assertThatThrownBy(() -> contests.apply(c.getSlug(), account("Người đến muộn", Role.MEMBER)))
        .hasMessage("contest.deadlinePassed");
    // Nothing already saved is lost: the late draft keeps its answers, the submitted one its text.
    ContestApplication kept = contests.application(b.getId(), late);
    assertThat(kept.getStatus()).isEqualTo(ContestApplication.Status.DRAFT);
    assertThat(kept.getTitle()).isEqualTo("Chợ phiên số");
    assertThat(kept.answers()).containsEntry("mo-ta-y-tuong", "Ứng dụng cảm biến độ ẩm cho vườn dược liệu");
    assertThat(contests.application(a.getId(), early).getTitle()).isEqualTo("Vườn thuốc thông minh");
  }

  @Test
  void thePageAcceptsAt235959AndRefusesAtMidnightWithTheMessageAndTheTypedAnswersKept() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor onTime = account("Hoàng Văn Tùng", Role.MEMBER);
    Actor tooLate = account("Sần Thị Hoa", Role.MEMBER);
    assertThat(body(page(get("/cuoc-thi/" + c.getSlug())))).contains("id=\"signInToApply\"")
        .doesNotContain("id=\"applyButton\"");
    assertThat(body(page(get("/cuoc-thi/" + c.getSlug()).with(as(onTime))))).contains("id=\"applyButton\"");
    long first = contests.apply(c.getSlug(), onTime).getId();
    long second = contests.apply(c.getSlug(), tooLate).getId();

    clock.set(LAST_SECOND);
    MockHttpServletResponse ok = page(post("/me/contests/applications/" + first).with(csrf()).with(as(onTime))
        .param("version", "0").param("action", "submit").param("title", "Homestay Y Tý")
        .param("applicantName", "Hoàng Văn Tùng").param("group", "ANY_CITIZEN").param("province", "Lào Cai")
        .param("answer-mo-ta-y-tuong", "Du lịch cộng đồng"));
    assertThat(ok.getStatus()).isEqualTo(302);
    assertThat(contests.application(first, onTime).getReference()).startsWith("CT2026-");

    clock.set(DEADLINE);
    MockHttpServletResponse refused = page(post("/me/contests/applications/" + second).with(csrf()).with(as(tooLate))
        .param("version", "0").param("action", "submit").param("title", "Trà shan tuyết Tả Phìn")
        .param("applicantName", "Sần Thị Hoa").param("group", "ANY_CITIZEN").param("province", "Lào Cai")
        .param("answer-mo-ta-y-tuong", "Chế biến trà cổ thụ"));
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(body(refused)).contains("Đã hết hạn nộp hồ sơ").contains("Trà shan tuyết Tả Phìn")
        .contains("Chế biến trà cổ thụ");
    assertThat(contests.application(second, tooLate).getStatus()).isEqualTo(ContestApplication.Status.DRAFT);
    // The public page no longer offers to apply.
    String pub = body(page(get("/cuoc-thi/" + c.getSlug())));
    assertThat(pub).contains("id=\"intakeClosed\"").doesNotContain("id=\"applyButton\"");
  }

  @Test
  void aSubmittedApplicationCanBeEditedUntilTheDeadlineAndKeepsItsReference() {
    Contest c = contest(spec(false, true, 2));
    Actor m = account("Giàng A Lử", Role.MEMBER);
    ContestApplication a = submitted(c, m, "Mật ong bạc hà", "Giàng A Lử", null);
    String ref = a.getReference();
    clock.set(LAST_SECOND);
    ContestApplication edited = contests.save(a.getId(), a.getVersion(), facts("Mật ong bạc hà Mường Khương",
        "Giàng A Lử", null), Map.of("mo-ta-y-tuong", "Bản sửa cuối", "kinh-phi", "150000000"), m);
    assertThat(edited.getTitle()).isEqualTo("Mật ong bạc hà Mường Khương");
    assertThat(edited.getReference()).isEqualTo(ref);
    assertThat(edited.getStatus()).isEqualTo(ContestApplication.Status.SUBMITTED);
    // A submitted application cannot lose a required answer.
    assertThatThrownBy(() -> contests.save(a.getId(), edited.getVersion(), facts("Mật ong", "Giàng A Lử", null),
        Map.of(), m)).isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields()).containsKey("answer-mo-ta-y-tuong"));
    // Bad formats are refused field by field.
    assertThatThrownBy(() -> contests.save(a.getId(), edited.getVersion(), facts("Mật ong", "Giàng A Lử", null),
        Map.of("mo-ta-y-tuong", "x", "kinh-phi", "một trăm", "giai-doan", "Khác"), m))
        .isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields()).containsKeys("answer-kinh-phi", "answer-giai-doan"));
  }

  @Test
  void eligibilityChecksFollowTheChosenGroup() {
    Contest c = contest(spec(false, true, 2));
    Actor m = account("Thào Seo Chứ", Role.MEMBER);
    ContestApplication a = draft(c, m, "Rau an toàn", "Thào Seo Chứ", null);
    // Youth: 16–35 at the deadline; born 1 March 1990 → 36 on 1 April 2026.
    Facts old = new Facts("Rau an toàn", null, "Thào Seo Chứ", null, null, EligibleGroup.YOUTH,
        LocalDate.of(1990, 3, 1), null, "Lào Cai", false);
    a = contests.save(a.getId(), a.getVersion(), old, Map.of("mo-ta-y-tuong", "Rau"), m);
    long id = a.getId();
    assertThatThrownBy(() -> contests.submit(id, m)).isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields().get("birthDate")).contains("16").contains("35"));
    // Born 2 April 1990 → 35 on 1 April 2026: accepted. Another province is refused.
    Facts young = new Facts("Rau an toàn", null, "Thào Seo Chứ", null, null, EligibleGroup.YOUTH,
        LocalDate.of(1990, 4, 2), null, "Hà Giang", false);
    a = contests.save(id, a.getVersion(), young, Map.of("mo-ta-y-tuong", "Rau"), m);
    assertThatThrownBy(() -> contests.submit(id, m)).isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields()).containsOnlyKeys("province"));
    young = new Facts("Rau an toàn", null, "Thào Seo Chứ", null, null, EligibleGroup.YOUTH, LocalDate.of(1990, 4, 2),
        null, "lao cai", false);
    contests.save(id, a.getVersion(), young, Map.of("mo-ta-y-tuong", "Rau"), m);
    assertThat(contests.submit(id, m).getStatus()).isEqualTo(ContestApplication.Status.SUBMITTED);
  }

  @Test
  void aHostileFileNameIsKeptWithoutFoldersOrControlCharacters() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor m = account("Hầu A Páo", Role.MEMBER);
    ContestApplication a = draft(c, m, "Mật ong bạc hà", "Hầu A Páo", null);
    byte[] pdf = vn.innohub.reporting.ReportingTestFiles.pdf();
    contests.upload(a.getId(), "ke-hoach", "..\\..\\evil\u0000.pdf", pdf, m);
    assertThat(contests.files(a.getId())).singleElement()
        .satisfies(f -> assertThat(f.getFileName()).isEqualTo("evil.pdf"));
    assertThat(contests.application(a.getId(), m).answers()).containsEntry("ke-hoach", "evil.pdf");
    contests.upload(a.getId(), "ke-hoach", "C:\\fakepath\\báo cáo.pdf", pdf, m);
    assertThat(contests.files(a.getId())).singleElement()
        .satisfies(f -> assertThat(f.getFileName()).isEqualTo("báo cáo.pdf"));
    assertThat(contests.application(a.getId(), m).answers()).containsEntry("ke-hoach", "báo cáo.pdf");
  }

  @Test
  void filesAreCheckedByContentAndSizeAndKeptWithTheApplication() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor m = account("Lý Thị Dung", Role.MEMBER);
    ContestApplication a = draft(c, m, "Thổ cẩm số", "Lý Thị Dung", null);
    byte[] pdf = vn.innohub.reporting.ReportingTestFiles.pdf();
    contests.upload(a.getId(), "ke-hoach", "ke-hoach.pdf", pdf, m);
    assertThat(contests.files(a.getId())).singleElement().satisfies(f -> assertThat(f.getContentType()).isEqualTo("application/pdf"));
    assertThat(contests.application(a.getId(), m).answers()).containsEntry("ke-hoach", "ke-hoach.pdf");
    // An executable renamed .pdf is refused by its content; so is a file over 10 MB.
    assertThatThrownBy(() -> contests.upload(a.getId(), "ke-hoach", "virus.pdf", "MZ\u0090\u0000abcd".getBytes(
        StandardCharsets.ISO_8859_1), m)).hasMessage("contest.error.fileType");
    // Half a PDF, or its signature and noise, is refused as a damaged file (issue 16), naming the kind.
    assertThatThrownBy(() -> contests.upload(a.getId(), "ke-hoach", "nua.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2), m))
        .isInstanceOfSatisfying(vn.innohub.shared.files.FileDamaged.class, e -> {
          assertThat(e.code()).isEqualTo("upload.damaged");
          assertThat(e.args()).containsExactly("PDF");
        });
    byte[] big = new byte[ContestService.MAX_FILE_BYTES + 1];
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    assertThatThrownBy(() -> contests.upload(a.getId(), "ke-hoach", "lon.pdf", big, m))
        .hasMessage("contest.error.fileTooLarge");
    assertThat(contests.files(a.getId())).singleElement().satisfies(f -> assertThat(f.getFileName()).isEqualTo("ke-hoach.pdf"));
    // Through the page: a refusal comes back as a message on the form.
    MockHttpServletResponse r = page(multipart("/me/contests/applications/" + a.getId() + "/files")
        .file(new MockMultipartFile("file", "anh.pdf", "application/pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
        .param("fieldKey", "ke-hoach").with(csrf()).with(as(m)));
    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(String.valueOf(r.getRedirectedUrl())).endsWith("/me/contests/applications/" + a.getId());
  }

  @Test
  void aTeamMemberInvitedTwiceIsRefusedWithAMessageAndSeesTheApplicationOnlyAfterAccepting() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor lead = account("Phạm Minh Đức", Role.MEMBER);
    Actor mate = account("Trần Thu Hà", Role.MEMBER);
    ContestApplication a = draft(c, lead, "Nông trại số", "Phạm Minh Đức", null);
    String email = mate.username() + "@example.vn";
    var invitation = contests.invite(a.getId(), email, lead);
    assertThatThrownBy(() -> contests.invite(a.getId(), email.toUpperCase(), lead)).isInstanceOf(DomainException.class)
        .hasMessage("contest.invite.twice");
    var flash = mvc.perform(post("/me/contests/applications/" + a.getId() + "/invite").with(csrf())
        .with(as(lead)).param("email", email)).andReturn().getFlashMap();
    assertThat(flash.get("error")).asString().contains("đã được mời vào nhóm này rồi");
    assertThat(contests.team(a.getId())).hasSize(1);
    assertThatThrownBy(() -> contests.application(a.getId(), mate)).hasMessage("error.notFound");
    assertThat(contests.invitations(mate)).extracting(m -> m.getId()).containsExactly(invitation.getId());
    contests.accept(invitation.getId(), mate);
    assertThat(contests.application(a.getId(), mate).getTitle()).isEqualTo("Nông trại số");
    assertThat(contests.mine(mate)).extracting(ContestApplication::getId).contains(a.getId());
  }

  @Test
  void anUnverifiedSquatterNeverSeesAnInvitationAndTheConfirmedOwnerDoes() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor lead = account("Lò Văn Sáng", Role.MEMBER);
    ContestApplication a = draft(c, lead, "Chè shan tuyết số", "Lò Văn Sáng", null);
    String victim = "chu-that-" + run + "@example.vn";
    // The squatter registers the victim's address but cannot confirm it (the link goes to the victim's mailbox).
    var squatterView = userDetails.register(new NewAccount("squat-" + run, "Kẻ mạo danh", victim,
        "mot cau mat khau dai", Set.of(Role.MEMBER), Set.of()));
    Actor squatter = new Actor(squatterView.id(), squatterView.username(), "S", Set.of(Role.MEMBER), Set.of());
    Actor other = account("Người khác", Role.MEMBER);

    String toRegistered = String.valueOf(mvc.perform(post("/me/contests/applications/" + a.getId() + "/invite")
        .with(csrf()).with(as(lead)).param("email", victim)).andReturn().getFlashMap().get("notice"));
    String toNobody = String.valueOf(mvc.perform(post("/me/contests/applications/" + a.getId() + "/invite")
        .with(csrf()).with(as(lead)).param("email", "khong-ai-" + run + "@example.vn")).andReturn().getFlashMap()
        .get("notice"));
    // The inviter learns nothing about whether an address is registered.
    assertThat(toRegistered.replace(victim, "X")).isEqualTo(toNobody.replace("khong-ai-" + run + "@example.vn", "X"));

    long invitationId = contests.team(a.getId()).stream().filter(m -> victim.equals(m.getEmail())).findFirst()
        .orElseThrow().getId();
    assertThat(contests.invitations(squatter)).isEmpty();
    assertThat(notifier.recent(squatter.userId(), 50)).noneMatch(n -> "contest.invite".equals(n.kind()));
    assertThatThrownBy(() -> contests.accept(invitationId, squatter)).hasMessage("error.notFound");
    assertThatThrownBy(() -> contests.accept(invitationId, other)).hasMessage("error.notFound");
    mvc.perform(post("/me/contests/invites/" + invitationId + "/accept").with(csrf()).with(as(squatter)));
    assertThatThrownBy(() -> contests.application(a.getId(), squatter)).hasMessage("error.notFound");

    // The owner of the mailbox registers (the squatter loses the address it never confirmed) and confirms it.
    var ownerView = userDetails.register(new NewAccount("chu-" + run, "Chủ thật", victim, "mot cau mat khau dai",
        Set.of(Role.MEMBER), Set.of()));
    Actor owner = new Actor(ownerView.id(), ownerView.username(), "O", Set.of(Role.MEMBER), Set.of());
    assertThat(contests.invitations(owner)).as("not before the address is confirmed").isEmpty();
    clock.advance(java.time.Duration.ofMinutes(2));
    confirmations.confirm(confirmations.issue(owner.userId()).rawToken());
    assertThat(contests.invitations(owner)).extracting(m -> m.getId()).containsExactly(invitationId);
    contests.accept(invitationId, owner);
    assertThat(contests.application(a.getId(), owner).getTitle()).isEqualTo("Chè shan tuyết số");
    assertThat(contests.invitations(squatter)).isEmpty();
  }

  @Test
  void invitationsPerMemberPerDayAreLimited() {
    Contest c = contest(spec(false, true, 2));
    Actor lead = account("Vàng Thị Mai", Role.MEMBER);
    ContestApplication a = draft(c, lead, "Du lịch cộng đồng", "Vàng Thị Mai", null);
    for (int i = 0; i < 20; i++) {
      contests.invite(a.getId(), "ban-" + i + "-" + run + "@example.vn", lead);
    }
    assertThatThrownBy(() -> contests.invite(a.getId(), "ban-21-" + run + "@example.vn", lead))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("contest.invite.tooMany");
          assertThat(e.status().value()).isEqualTo(429);
        });
    clock.advance(java.time.Duration.ofHours(25));
    contests.invite(a.getId(), "ban-21-" + run + "@example.vn", lead);
  }

  @Test
  void judgesScoreOnlyWithinTheRoundsDates() {
    Judged j = judged(spec(false, true, 2));
    long a2 = j.apps().get(1).getId();
    // The semi-final runs from 15/4 00:00 to before 15/5 00:00, Vietnam time.
    clock.set(Instant.parse("2026-04-14T16:59:59Z"));
    assertThatThrownBy(() -> judging.score(a2, List.of("5", "3"), List.of("", ""), j.judge2()))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("contest.score.outsideRound");
          assertThat(e.args()).containsExactly("00:00 15/04/2026", "00:00 15/05/2026");
        });
    clock.set(Instant.parse("2026-04-14T17:00:00Z"));
    judging.score(a2, List.of("5", "3"), List.of("", ""), j.judge2());
    clock.set(Instant.parse("2026-05-14T17:00:00Z"));
    assertThatThrownBy(() -> judging.score(a2, List.of("6", "3"), List.of("", ""), j.judge2()))
        .hasMessage("contest.score.outsideRound");
    assertThat(judging.assignments(j.contest().getId(), RoundKind.SEMI_FINAL)).filteredOn(x -> x.getApplicationId() == a2
        && x.getJudgeUserId() == j.judge2().userId()).singleElement()
        .satisfies(x -> assertThat(x.sheet().scores()).containsExactly(5.0, 3.0));
  }

  @Test
  void aBlindContestHidesNamesInFileNamesForJudges() throws Exception {
    Contest c = contest(spec(false, true, 2, true));
    Actor m = account("Sùng Thị Mai", Role.MEMBER);
    ContestApplication a = draft(c, m, "Mật ong bạc hà", "Sùng Thị Mai", null);
    byte[] pdf = vn.innohub.reporting.ReportingTestFiles.pdf();
    contests.upload(a.getId(), "ke-hoach", "Ke-hoach-Sung-Thi-Mai.pdf", pdf, m);
    contests.submit(a.getId(), m);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    contests.screen(a.getId(), true, null, admin);
    Actor judge = account("Giám khảo Mù", Role.JUDGE);
    judging.addJudge(c.getId(), RoundKind.SEMI_FINAL, judge.username(), List.of(), List.of(), admin);
    clock.set(Instant.parse("2026-04-20T03:00:00Z"));
    judging.assign(c.getId(), RoundKind.SEMI_FINAL, admin);

    String html = body(page(get("/judge/applications/" + a.getId()).with(as(judge))));
    assertThat(html).contains("Tài liệu 1.pdf").doesNotContain("Sung-Thi-Mai").doesNotContain("Sùng Thị Mai");
    long fileId = contests.files(a.getId()).get(0).getId();
    MockHttpServletResponse download = page(get("/judge/files/" + fileId).with(as(judge)));
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getHeader("Content-Disposition")).doesNotContain("Sung").contains(".pdf");
    assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
    // The applicant and ADMIN keep the real name; a judge of another contest gets 404.
    assertThat(contests.files(a.getId()).get(0).getFileName()).isEqualTo("Ke-hoach-Sung-Thi-Mai.pdf");
    Actor stranger = account("Giám khảo khác", Role.JUDGE);
    assertThat(page(get("/judge/files/" + fileId).with(as(stranger))).getStatus()).isEqualTo(404);
  }

  @Test
  void screeningRefusesWithoutAReasonAndTheApplicantSeesTheReason() throws Exception {
    Contest c = contest(spec(false, true, 2));
    Actor m = account("Đinh Văn Hùng", Role.MEMBER);
    ContestApplication a = submitted(c, m, "Xe điện chở nông sản", "Đinh Văn Hùng", null);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    assertThatThrownBy(() -> contests.screen(a.getId(), false, " ", admin)).isInstanceOf(FieldErrors.class);
    contests.screen(a.getId(), false, "Ý tưởng đã đoạt giải ở cuộc thi khác", admin);
    String html = body(page(get("/me/contests/applications/" + a.getId()).with(as(m))));
    assertThat(html).contains("Ý tưởng đã đoạt giải ở cuộc thi khác").contains("Không hợp lệ");
    assertThat(notifier.recent(m.userId(), 5)).anySatisfy(n -> assertThat(n.body()).contains("Ý tưởng đã đoạt giải"));
    // A member may not screen.
    assertThatThrownBy(() -> contests.screen(a.getId(), true, null, m)).hasMessage("error.forbidden");
  }

  // --- judging -----------------------------------------------------------------------------------------------

  /** Three eligible applications, two semi-final judges; judge 1 is linked to the first applicant's company. */
  private record Judged(Contest contest, List<ContestApplication> apps, List<Actor> owners, Actor judge1,
      Actor judge2) {}

  private Judged judged(ContestSpec spec) {
    Contest c = contest(spec);
    Actor o1 = account("Nguyễn Thị Hồng Nhung", Role.MEMBER);
    Actor o2 = account("Lê Quang Vinh", Role.MEMBER);
    Actor o3 = account("Hà Thị Mỵ", Role.MEMBER);
    ContestApplication a1 = submitted(c, o1, "Cảm biến vườn thuốc", "Nguyễn Thị Hồng Nhung", "Công ty Nông Sản Bản Lầu");
    clock.set(DURING_INTAKE.plusSeconds(60));
    ContestApplication a2 = submitted(c, o2, "Sàn OCOP", "Lê Quang Vinh", null);
    clock.set(DURING_INTAKE.plusSeconds(120));
    ContestApplication a3 = submitted(c, o3, "Homestay xanh", "Hà Thị Mỵ", null);
    clock.set(Instant.parse("2026-04-05T03:00:00Z"));
    List.of(a1, a2, a3).forEach(a -> contests.screen(a.getId(), true, null, admin));
    Actor j1 = account("Giám khảo Một", Role.JUDGE);
    Actor j2 = account("Giám khảo Hai", Role.JUDGE);
    judging.addJudge(c.getId(), RoundKind.SEMI_FINAL, j1.username(), List.of("Du lịch"),
        List.of("cong ty nong san ban lau"), admin);
    judging.addJudge(c.getId(), RoundKind.SEMI_FINAL, j2.username(), List.of("Nông nghiệp công nghệ cao"), List.of(),
        admin);
    clock.set(Instant.parse("2026-04-20T03:00:00Z"));
    judging.assign(c.getId(), RoundKind.SEMI_FINAL, admin);
    return new Judged(c, List.of(a1, a2, a3), List.of(o1, o2, o3), j1, j2);
  }

  @Test
  void assignmentIsBalancedAndAConflictedJudgeCanNeitherOpenNorScore() throws Exception {
    Judged j = judged(spec(false, true, 2));
    var pairs = judging.assignments(j.contest().getId(), RoundKind.SEMI_FINAL);
    long a1 = j.apps().get(0).getId();
    // Application 1 has only judge 2 (judge 1 is linked to its company); the others have both: 2 and 3 per judge.
    assertThat(pairs).noneMatch(x -> x.getApplicationId() == a1 && x.getJudgeUserId() == j.judge1().userId());
    assertThat(pairs).hasSize(5);
    long load1 = pairs.stream().filter(x -> x.getJudgeUserId() == j.judge1().userId()).count();
    long load2 = pairs.stream().filter(x -> x.getJudgeUserId() == j.judge2().userId()).count();
    assertThat(Math.abs(load1 - load2)).isLessThanOrEqualTo(1);
    assertThat(judging.progress(j.contest().getId(), RoundKind.SEMI_FINAL))
        .extracting(Judging.Progress::assigned).containsExactlyInAnyOrder(2, 3);

    assertThat(page(get("/judge/applications/" + a1).with(as(j.judge1()))).getStatus()).isEqualTo(404);
    assertThat(page(post("/judge/applications/" + a1 + "/scores").with(csrf()).with(as(j.judge1()))
        .param("score", "5", "3").param("comment", "", "")).getStatus()).isEqualTo(403);
    assertThatThrownBy(() -> judging.score(a1, List.of("5", "3"), List.of("", ""), j.judge1()))
        .hasMessage("contest.score.conflict");
    // A conflict declared on an assigned application takes the judge off it at once.
    long a2 = j.apps().get(1).getId();
    assertThat(page(get("/judge/applications/" + a2).with(as(j.judge1()))).getStatus()).isEqualTo(200);
    judging.declareConflict(a2, j.judge1().userId(), "Người thân của người dự thi", j.judge1());
    assertThat(page(get("/judge/applications/" + a2).with(as(j.judge1()))).getStatus()).isEqualTo(404);
    // Re-running the assignment never gives it back.
    judging.assign(j.contest().getId(), RoundKind.SEMI_FINAL, admin);
    assertThat(judging.assignments(j.contest().getId(), RoundKind.SEMI_FINAL))
        .noneMatch(x -> x.getApplicationId() == a2 && x.getJudgeUserId() == j.judge1().userId());
  }

  @Test
  void aScoreOutsideTheCriterionsRangeIsRefusedWithAMessageAndNothingSaved() throws Exception {
    Judged j = judged(spec(false, true, 2));
    long a3 = j.apps().get(2).getId();
    MockHttpServletResponse r = page(post("/judge/applications/" + a3 + "/scores").with(csrf()).with(as(j.judge2()))
        .param("score", "11", "4").param("comment", "Rất mới", "Khả thi"));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(body(r)).contains("«Tính sáng tạo»: điểm phải từ 0 đến 10").contains("Rất mới");
    assertThatThrownBy(() -> judging.score(a3, List.of("8", "-1"), List.of("", ""), j.judge2()))
        .isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields()).containsOnlyKeys("score-1"));
    assertThatThrownBy(() -> judging.score(a3, List.of("8"), List.of(""), j.judge2()))
        .isInstanceOf(FieldErrors.class);
    assertThat(judging.assignments(j.contest().getId(), RoundKind.SEMI_FINAL)).noneMatch(x -> x.scored());
  }

  @Test
  void judgesNeverSeeEachOthersScoresAndApplicantsSeeTheirsOnlyAfterPublication() throws Exception {
    Judged j = judged(spec(false, true, 2));
    long a2 = j.apps().get(1).getId();
    judging.score(a2, List.of("9", "4"), List.of("Nhận xét bí mật của giám khảo một", "ổn"), j.judge1());
    String before = body(page(get("/judge/applications/" + a2).with(as(j.judge2()))));
    assertThat(before).doesNotContain("Nhận xét bí mật của giám khảo một");
    judging.score(a2, List.of("5", "2"), List.of("Giám khảo hai nhận xét", ""), j.judge2());
    String after = body(page(get("/judge/applications/" + a2).with(as(j.judge2()))));
    assertThat(after).contains("Giám khảo hai nhận xét").doesNotContain("Nhận xét bí mật của giám khảo một")
        .doesNotContain("value=\"9\"");
    String applicant = body(page(get("/me/contests/applications/" + a2).with(as(j.owners().get(1)))));
    assertThat(applicant).doesNotContain("Nhận xét bí mật của giám khảo một");
    assertThat(judging.ownScores(a2, j.owners().get(1))).isEmpty();
    // Judges do not reach the organiser's pages.
    assertThat(page(get("/admin/contests/" + j.contest().getId()).with(as(j.judge2()))).getStatus()).isEqualTo(403);

    judging.score(j.apps().get(0).getId(), List.of("6", "3"), List.of("", ""), j.judge2());
    judging.publish(j.contest().getId(), admin);
    String published = body(page(get("/me/contests/applications/" + a2).with(as(j.owners().get(1)))));
    assertThat(published).contains("Nhận xét bí mật của giám khảo một").contains("Giám khảo hai nhận xét");
    // Still no judge reads another's sheet, and scoring is closed.
    assertThat(body(page(get("/judge/applications/" + a2).with(as(j.judge2())))))
        .doesNotContain("Nhận xét bí mật của giám khảo một");
    assertThatThrownBy(() -> judging.score(a2, List.of("1", "1"), List.of("", ""), j.judge2()))
        .hasMessage("contest.error.published");
  }

  @Test
  void theRankingFollowsTheHandComputedMeansAndZScoresAndTheResultsSettingDecidesVisibility() {
    Judged j = judged(spec(false, true, 2));
    long a1 = j.apps().get(0).getId();
    long a2 = j.apps().get(1).getId();
    long a3 = j.apps().get(2).getId();
    // Totals = (s1/10×2 + s2/5×1)/3×100.
    // Judge 1 (a2, a3): a2 (9,4) = (1.8+0.8)/3×100 = 86.667; a3 (3,1) = (0.6+0.2)/3×100 = 26.667.
    // Judge 2 (a1, a2, a3): a1 (6,3) = 60; a2 (5,2) = (1+0.4)/3×100 = 46.667; a3 (7,4) = (1.4+0.8)/3×100 = 73.333.
    judging.score(a2, List.of("9", "4"), List.of("", ""), j.judge1());
    judging.score(a3, List.of("3", "1"), List.of("", ""), j.judge1());
    judging.score(a1, List.of("6", "3"), List.of("", ""), j.judge2());
    judging.score(a2, List.of("5", "2"), List.of("", ""), j.judge2());
    judging.score(a2, List.of("5", "2"), List.of("", ""), j.judge2());
    judging.score(a3, List.of("7", "4"), List.of("", ""), j.judge2());
    // Means: a2 (86.667 + 46.667)/2 = 66.667; a1 60; a3 (26.667 + 73.333)/2 = 50 → a2, a1, a3.
    var raw = judging.ranking(j.contest().getId(), RoundKind.SEMI_FINAL);
    assertThat(raw).extracting(r -> r.application().getId()).containsExactly(a2, a1, a3);
    assertThat(raw.get(0).result().meanTotal()).isCloseTo(66.6667, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(raw.get(2).result().meanTotal()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    // a2 differs by 40 points and a3 by 46.7 between the judges: both flagged (threshold 25).
    assertThat(raw).extracting(r -> r.result().outlier()).containsExactly(true, false, true);

    // With z-scores: judge 1 over (86.667, 26.667): mean 56.667, sd 30 → a2 +1, a3 −1.
    // Judge 2 over (60, 46.667, 73.333): mean 60, sd √((0 + 177.78 + 177.78)/3) = 10.887 → a1 0, a2 −1.2247,
    // a3 +1.2247. Means: a1 0; a2 (1 − 1.2247)/2 = −0.1124; a3 (−1 + 1.2247)/2 = +0.1124 → a3, a1, a2.
    Contest c = contests.contest(j.contest().getId());
    contests.update(c.getId(), c.getVersion(), c.getTitle(), true, spec(true, true, 2), admin);
    var z = judging.ranking(c.getId(), RoundKind.SEMI_FINAL);
    assertThat(z).extracting(r -> r.application().getId()).containsExactly(a3, a1, a2);
    assertThat(z.get(0).result().score()).isCloseTo(0.11237, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(z.get(1).result().score()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));

    // Advance the top 2 (a3, a1) to the final; a final judge scores them; results come from the final.
    judging.advance(c.getId(), RoundKind.SEMI_FINAL, 2, admin);
    Actor finalJudge = account("Giám khảo Chung kết", Role.JUDGE);
    judging.addJudge(c.getId(), RoundKind.FINAL, finalJudge.username(), List.of(), List.of(), admin);
    assertThat(judging.assign(c.getId(), RoundKind.FINAL, admin)).isEqualTo(2);
    clock.set(Instant.parse("2026-05-20T03:00:00Z"));
    judging.score(a1, List.of("9"), List.of("Xuất sắc"), finalJudge);
    judging.score(a3, List.of("7"), List.of("Tốt"), finalJudge);
    judging.publish(c.getId(), admin);
    assertThat(contests.getApplication(a1).getAward()).isEqualTo("Giải Nhất");
    assertThat(contests.getApplication(a3).getAward()).isEqualTo("Giải Nhì");
    assertThat(contests.getApplication(a2).getAwardRank()).isNull();
    // The applicant sees own sheets (semi-final and final) while the setting allows it …
    assertThat(judging.ownScores(a1, j.owners().get(0))).extracting(Judging.OwnSheet::total)
        .containsExactly(60.0, 90.0);
    // … and nothing once the organiser turns it off.
    c = contests.contest(c.getId());
    contests.update(c.getId(), c.getVersion(), c.getTitle(), true, spec(true, false, 2), admin);
    assertThat(judging.ownScores(a1, j.owners().get(0))).isEmpty();
  }

  @Test
  void winnersAppearOnThePublicPageAndTheArchiveAndGetACertificateWithTheirNameInVietnamese() throws Exception {
    Judged j = judged(spec(false, true, 2));
    long a1 = j.apps().get(0).getId();
    judging.score(a1, List.of("10", "5"), List.of("", ""), j.judge2());
    judging.score(j.apps().get(1).getId(), List.of("4", "2"), List.of("", ""), j.judge2());
    assertThatThrownBy(() -> certificates.pdf(a1, j.owners().get(0))).hasMessage("error.notFound");
    judging.publish(j.contest().getId(), admin);

    String pub = body(page(get("/cuoc-thi/" + j.contest().getSlug())));
    assertThat(pub).contains("id=\"winners\"").contains("Giải Nhất").contains("Nguyễn Thị Hồng Nhung");
    assertThat(body(page(get("/cuoc-thi")))).contains("archive-" + j.contest().getSlug());

    MockHttpServletResponse r = page(get("/me/contests/applications/" + a1 + "/certificate.pdf").with(as(j.owners().get(0))));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentType()).isEqualTo("application/pdf");
    try (var doc = Loader.loadPDF(r.getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Nguyễn Thị Hồng Nhung").contains("GIẤY CHỨNG NHẬN").contains("Giải Nhất")
          .contains("Cảm biến vườn thuốc");
    }
    // Someone else's certificate does not exist for another member.
    assertThat(page(get("/me/contests/applications/" + a1 + "/certificate.pdf").with(as(j.owners().get(1))))
        .getStatus()).isEqualTo(404);
  }

  // --- follow-up ---------------------------------------------------------------------------------------------

  @Test
  void deliveredSupportMovesAPlanTargetBoundToTheContestStatistics() throws Exception {
    Judged j = judged(spec(false, true, 2));
    long a1 = j.apps().get(0).getId();
    judging.score(a1, List.of("8", "4"), List.of("", ""), j.judge2());
    assertThatThrownBy(() -> followUp.record(a1, Support.Kind.MENTORING, null, null, null, null, admin))
        .hasMessage("contest.error.notFinalist");
    BigDecimal fundingBefore = followUp.value(ContestFollowUp.FUNDING).orElseThrow();
    BigDecimal heldBefore = followUp.value(ContestFollowUp.HELD).orElseThrow();
    BigDecimal supportedBefore = followUp.value(ContestFollowUp.SUPPORTED).orElseThrow();
    clock.set(AFTER_CONTEST);
    judging.publish(j.contest().getId(), admin);
    assertThat(followUp.value(ContestFollowUp.HELD).orElseThrow()).isEqualByComparingTo(heldBefore.add(BigDecimal.ONE));

    long planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null,
        "Kế hoạch hỗ trợ khởi nghiệp " + run, null, 2026, 2030, null, vn.innohub.plan.PlanStatus.IN_FORCE, "", 0));
    long targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1",
        "Kinh phí hỗ trợ dự án sau cuộc thi", "≥ 500 triệu đồng", 2030, "", "", null, "", "", "", 0));
    planEditor.bindTarget(planId, targetId, ContestFollowUp.FUNDING);
    assertThat(actual(planId, targetId)).isEqualByComparingTo(fundingBefore);

    // Promised only: not counted. Delivered 200,000,000 VND: the target moves by that much.
    followUp.record(a1, Support.Kind.FUNDING, new BigDecimal("300000000"), LocalDate.of(2026, 6, 1), null,
        "Quyết định 12/QĐ-SKHCN", admin);
    assertThat(actual(planId, targetId)).isEqualByComparingTo(fundingBefore);
    followUp.record(a1, Support.Kind.FUNDING, new BigDecimal("200000000"), LocalDate.of(2026, 6, 1),
        LocalDate.of(2026, 6, 5), "https://so-khcn.laocai.gov.vn/quyet-dinh-12", admin);
    followUp.record(a1, Support.Kind.NATIONAL_EVENT, null, null, LocalDate.of(2026, 6, 6), "TECHFEST 2026", admin);
    assertThat(actual(planId, targetId)).isEqualByComparingTo(fundingBefore.add(new BigDecimal("200000000")));
    assertThat(followUp.value(ContestFollowUp.SUPPORTED).orElseThrow())
        .isEqualByComparingTo(supportedBefore.add(BigDecimal.ONE));
    // Bad follow-up input is refused field by field.
    assertThatThrownBy(() -> followUp.record(a1, Support.Kind.FUNDING, new BigDecimal("-5"), null, null, null, admin))
        .isInstanceOf(FieldErrors.class);
    assertThatThrownBy(() -> followUp.record(a1, Support.Kind.MENTORING, null, null, LocalDate.of(2027, 1, 1), null,
        admin)).isInstanceOf(FieldErrors.class);
    // The winner gets a draft directory profile of their own.
    long profileId = followUp.createProfile(a1, admin);
    assertThat(profileId).isPositive();
    String slug = contests.getApplication(a1).getLinkedProfile();
    assertThat(slug).isEqualTo(profileService.get(profileId, admin).getSlug());
    // Linked by slug at once; ADMIN's page says it is a draft until verified, then links the public page.
    String before = body(page(get("/admin/contests/applications/" + a1).with(as(admin))));
    assertThat(before).contains("id=\"linkedProfile\"").contains("chưa xác minh")
        .doesNotContain("href=\"/danh-ba/" + slug + "\"");
    profileService.submit(profileId, admin);
    profileService.verify(profileId, List.of(), null, admin);
    String after = body(page(get("/admin/contests/applications/" + a1).with(as(admin))));
    assertThat(after).contains("href=\"/danh-ba/" + slug + "\"").doesNotContain("chưa xác minh");
  }

  private BigDecimal actual(long planId, long targetId) {
    var d = dashboard.build(planId, null, new vn.innohub.dashboard.Dashboard.Filters(null, null, null), admin);
    return d.targets().stream().filter(t -> t.id() == targetId).findFirst().orElseThrow().actual();
  }

  // --- set-up ------------------------------------------------------------------------------------------------

  @Test
  void aSetUpWithBadWeightsScoresOrRoundDatesIsRefusedFieldByField() throws Exception {
    ContestSpec good = spec(false, true, 2);
    ContestSpec bad = new ContestSpec(good.organiser(), null, List.of(), good.themes(), good.groups(), null, null,
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 4, 1, 0, 0), LocalDateTime.of(2026, 3, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 0, 0), LocalDateTime.of(2026, 5, 15, 0, 0))),
        good.form(), Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Sáng tạo", null, 0, 10))), List.of(), null,
        good.settings());
    assertThatThrownBy(() -> contests.create("Cuộc thi lỗi " + run, null, false, bad, admin))
        .isInstanceOf(FieldErrors.class)
        .satisfies(e -> assertThat(((FieldErrors) e).fields()).containsKeys("rounds", "rubric"));
    // Through the page: the form comes back with the messages and what was typed.
    Actor adminUser = account("Quản trị cuộc thi", Role.ADMIN);
    MockHttpServletResponse r = page(post("/admin/contests/new").with(csrf()).with(as(adminUser))
        .param("title", "Cuộc thi thử " + run).param("organiser", "Sở KH&CN").param("groups", "YOUTH")
        .param("starts[INTAKE]", "2026-01-01T00:00").param("ends[INTAKE]", "2026-04-01T00:00")
        .param("starts[SEMI_FINAL]", "2026-04-15T00:00").param("ends[SEMI_FINAL]", "2026-05-15T00:00")
        .param("formFields", "LONG_TEXT | Mô tả | bắt buộc")
        .param("rubric", "SEMI_FINAL | Sáng tạo | | 2 | 0").param("judgesPerApplication", "hai"));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(body(r)).contains("Số giám khảo mỗi hồ sơ từ 1 đến 20").contains("Cuộc thi thử " + run);
    r = page(post("/admin/contests/new").with(csrf()).with(as(adminUser))
        .param("title", "Cuộc thi thử " + run).param("organiser", "Sở KH&CN").param("groups", "YOUTH")
        .param("starts[INTAKE]", "2026-01-01T00:00").param("ends[INTAKE]", "2026-04-01T00:00")
        .param("starts[SEMI_FINAL]", "2026-04-15T00:00").param("ends[SEMI_FINAL]", "2026-05-15T00:00")
        .param("formFields", "LONG_TEXT | Mô tả | bắt buộc")
        .param("rubric", "SEMI_FINAL | Sáng tạo | | 2 | 0").param("judgesPerApplication", "2")
        .param("organiserProfile", "khong-co-ho-so-nay"));
    assertThat(body(r)).contains("Điểm tối đa của tiêu chí phải lớn hơn 0")
        .contains("Không có hồ sơ đã công bố trên danh bạ với đường dẫn «khong-co-ho-so-nay»");
    r = page(post("/admin/contests/new").with(csrf()).with(as(adminUser))
        .param("title", "Cuộc thi thử " + run).param("organiser", "Sở KH&CN").param("groups", "YOUTH")
        .param("announced", "true")
        .param("starts[INTAKE]", "2026-01-01T00:00").param("ends[INTAKE]", "2026-04-01T00:00")
        .param("starts[SEMI_FINAL]", "2026-04-15T00:00").param("ends[SEMI_FINAL]", "2026-05-15T00:00")
        .param("formFields", "LONG_TEXT | Mô tả | bắt buộc\nCHOICE | Lĩnh vực | | Nông nghiệp; Du lịch")
        .param("rubric", "SEMI_FINAL | Sáng tạo | Mới | 2 | 10").param("judgesPerApplication", "2"));
    assertThat(r.getStatus()).isEqualTo(302);
    long id = Long.parseLong(String.valueOf(r.getRedirectedUrl()).replaceAll(".*/", ""));
    ContestSpec saved = contests.contest(id).spec();
    assertThat(saved.form()).extracting(FormField::type).containsExactly(FieldType.LONG_TEXT, FieldType.CHOICE);
    assertThat(saved.form().get(1).options()).containsExactly("Nông nghiệp", "Du lịch");
    assertThat(saved.criteria(RoundKind.SEMI_FINAL)).containsExactly(new Criterion("Sáng tạo", "Mới", 2, 10));
    assertThat(contests.contest(id).getIntakeEnd()).isEqualTo(DEADLINE);
    assertThat(page(get("/admin/contests/" + id).with(as(adminUser))).getStatus()).isEqualTo(200);
    assertThat(page(get("/admin/contests/" + id + "/edit").with(as(adminUser))).getStatus()).isEqualTo(200);
  }

  @Test
  void theOrganisersPagesRenderForAContestInProgress() throws Exception {
    Judged j = judged(spec(false, true, 2));
    judging.score(j.apps().get(1).getId(), List.of("9", "4"), List.of("", ""), j.judge1());
    Actor adminUser = account("Quản trị cuộc thi", Role.ADMIN);
    String page = body(page(get("/admin/contests/" + j.contest().getId()).with(as(adminUser))));
    assertThat(page).contains("ranking-SEMI_FINAL").contains("Sàn OCOP");
    assertThat(page(get("/admin/contests/applications/" + j.apps().get(0).getId()).with(as(adminUser))).getStatus())
        .isEqualTo(200);
    assertThat(body(page(get("/judge/contests").with(as(j.judge2()))))).contains("Homestay xanh");
    assertThat(body(page(get("/me/contests").with(as(j.owners().get(0)))))).contains("Cảm biến vườn thuốc");
    assertThat(page(get("/admin/contests").with(as(adminUser))).getStatus()).isEqualTo(200);
  }
}
