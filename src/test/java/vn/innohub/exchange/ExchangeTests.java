package vn.innohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.RandomWords;
import vn.innohub.exchange.internal.Connection;
import vn.innohub.exchange.internal.ConnectionService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.exchange.internal.MatchNotices;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.FieldErrors;

/**
 * The exchange on listings written for this test: moderation, validation, duplicates, expiry and reminders on the
 * test clock (10 June 2026), contact privacy in pages and the API, the decline limit, thread privacy, deals moving
 * the statistics and a bound plan target.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeTests {

  static final Instant START = Instant.parse("2026-06-10T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
  static final String PHONE = "0912 345 678";
  static final String EMAIL = "lienhe.vien@example.vn";

  @Autowired ListingService listings;
  @Autowired ConnectionService connections;
  @Autowired MatchNotices matchNotices;
  @Autowired Exchange exchange;
  @Autowired Accounts accounts;
  @Autowired Notifier notifier;
  @Autowired MutableClock clock;
  @Autowired MockMvc mvc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @Autowired vn.innohub.dashboard.internal.DashboardService dashboard;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final Actor admin = new Actor(0, "exchange-admin", "Quản trị", Set.of(Role.ADMIN), Set.of());
  private Actor institute;
  private Actor enterprise;
  private Actor stranger;

  @BeforeAll
  void people() {
    institute = member("vien", "Viện Nghiên cứu Dược liệu", "vien-" + run + "@example.vn");
    enterprise = member("htx", "HTX Thảo quả Bát Xát", "htx-" + run + "@example.vn");
    stranger = member("khac", "Người ngoài", "khac-" + run + "@example.vn");
  }

  private Actor member(String name, String displayName, String email) {
    AccountView a = accounts.create(new NewAccount(name + "-" + run, displayName, email, "exchange-password-1",
        Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  @BeforeEach
  void resetClockAndLanguage() {
    clock.set(START);
    org.springframework.context.i18n.LocaleContextHolder.setLocale(vn.innohub.shared.web.Messages.VI);
  }

  @org.junit.jupiter.api.AfterEach
  void resetLanguage() {
    org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
  }

  private ListingData offer(String title) {
    return ListingData.offer(ListingCategory.TECHNOLOGY, title + " " + run,
        "Máy sấy bơm nhiệt sấy thảo quả giữ màu nâu đỏ, không ám khói.",
        "Quy trình sấy bơm nhiệt ở 45–50 °C, công suất 1 tấn quả tươi mỗi mẻ, tiết kiệm 60% củi.", "herbs.extraction",
        7, "Lào Cai").withContacts(null, "TS. Nguyễn Văn An", PHONE, EMAIL);
  }

  private ListingData demand(String title) {
    return ListingData.demand(ListingCategory.NEED, title + " " + run,
        "Thảo quả sấy bằng lò củi bị ám khói, màu đen, bị ép giá.", "Cần máy sấy thảo quả sạch, giữ màu.",
        "herbs.extraction", 5, "Lào Cai");
  }

  private Listing published(ListingData d, Actor owner) {
    Listing l = listings.create(d, owner);
    listings.submit(l.getId(), owner);
    return listings.publish(l.getId(), admin);
  }

  private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Actor actor) {
    return request.with(user(userDetails.loadUserByUsername(actor.username())));
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r.getStatus() + "\n" + r.getContentAsString();
  }

  // --- moderation -------------------------------------------------------------------------------------------------

  @Test
  void aListingGoesFromDraftThroughReviewToPublishedAndEachWrongStepIsRefused() throws Exception {
    Listing l = listings.create(offer("Máy sấy bơm nhiệt kiểm duyệt"), institute);
    assertThat(l.getStatus()).isEqualTo(ListingStatus.DRAFT);
    assertThat(l.getOwnerUserId()).isEqualTo(institute.userId());
    assertThatThrownBy(() -> listings.publish(l.getId(), admin)).isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.notPending");
    listings.submit(l.getId(), institute);
    assertThatThrownBy(() -> listings.submit(l.getId(), institute))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.notSubmittable");
    // Only ADMIN publishes; another member does not even see the listing.
    assertThatThrownBy(() -> listings.publish(l.getId(), enterprise))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(403);
    assertThatThrownBy(() -> listings.get(l.getId(), stranger))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(404);
    // A request for changes needs a note.
    assertThatThrownBy(() -> listings.requestChanges(l.getId(), " ", admin)).isInstanceOf(FieldErrors.class);
    listings.requestChanges(l.getId(), "Bổ sung số văn bằng", admin);
    Listing back = listings.get(l.getId(), institute);
    assertThat(back.getStatus()).isEqualTo(ListingStatus.CHANGES_REQUESTED);
    assertThat(back.getReviewNote()).isEqualTo("Bổ sung số văn bằng");
    assertThat(listings.publishedBySlug(back.getSlug())).isEmpty();
    assertThat(sitemap()).doesNotContain("/cong-nghe/" + back.getSlug() + "<");
    // The owner edits and sends it again; ADMIN publishes.
    listings.update(l.getId(), back.getVersion(), offer("Máy sấy bơm nhiệt kiểm duyệt (bản sửa)"), institute);
    listings.submit(l.getId(), institute);
    Listing done = listings.publish(l.getId(), admin);
    assertThat(done.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
    assertThat(listings.publishedBySlug(done.getSlug())).isPresent();
    assertThat(sitemap()).as("offered to search engines once published").contains("/cong-nghe/" + done.getSlug() + "<");
    // A published listing is not edited in place; its owner closes it.
    assertThatThrownBy(() -> listings.update(l.getId(), done.getVersion(), offer("Đổi tên sau khi công bố"), institute))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.notEditable");
    assertThat(listings.close(l.getId(), null, institute).getStatus()).isEqualTo(ListingStatus.CLOSED);
    assertThat(listings.publishedBySlug(done.getSlug())).isEmpty();
    assertThat(sitemap()).doesNotContain("/cong-nghe/" + done.getSlug() + "<");
  }

  // --- validation -------------------------------------------------------------------------------------------------

  private String sitemap() throws Exception {
    return mvc.perform(get("/sitemap-trang.xml")).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void badListingsAreRefusedFieldByFieldInVietnamese() {
    ListingData badOffer = ListingData.offer(ListingCategory.TECHNOLOGY, "  ", null, null, "khong-co", 12, null)
        .withContacts(null, null, null, "khong-phai-email").withValidity(TODAY.minusDays(1));
    assertThatThrownBy(() -> listings.create(badOffer, institute)).isInstanceOfSatisfying(FieldErrors.class, e -> {
      assertThat(e.fields()).containsOnlyKeys("title", "fieldCode", "summary", "trl", "validUntil", "contactEmail");
      assertThat(e.fields().get("trl")).isEqualTo("Mức sẵn sàng công nghệ (TRL) phải từ 1 đến 9.");
      assertThat(e.fields().get("title")).isEqualTo("Vui lòng nhập thông tin này.");
      assertThat(e.fields().get("validUntil")).isEqualTo("Ngày này đã qua.");
    });
    ListingData inverted = demand("Nhu cầu ngân sách ngược").withBudget(new BigDecimal("500000000"),
        new BigDecimal("200000000"), TODAY.minusDays(3));
    assertThatThrownBy(() -> listings.create(inverted, enterprise)).isInstanceOfSatisfying(FieldErrors.class,
        e -> {
          assertThat(e.fields()).containsOnlyKeys("budgetMaxVnd", "deadline");
          assertThat(e.fields().get("budgetMaxVnd"))
              .isEqualTo("Kinh phí tối đa phải lớn hơn hoặc bằng kinh phí tối thiểu.");
        });
    ListingData negative = demand("Nhu cầu ngân sách âm").withBudget(new BigDecimal("-1"), null, TODAY);
    assertThatThrownBy(() -> listings.create(negative, enterprise)).isInstanceOfSatisfying(FieldErrors.class,
        e -> assertThat(e.fields()).containsOnlyKeys("budgetMinVnd"));
    ListingData unknownProfile = demand("Nhu cầu hồ sơ lạ");
    ListingData withUnknownProfile = ListingData.demand(unknownProfile.category(), unknownProfile.title(), "Vấn đề",
        null, "agri", null, null).withProfile("khong-co-ho-so-nay").withContacts("HTX", null, null, null);
    assertThatThrownBy(() -> listings.create(withUnknownProfile, enterprise)).isInstanceOfSatisfying(
        FieldErrors.class, e -> assertThat(e.fields()).containsOnlyKeys("profileSlug"));
    ListingData minTrl = ListingData.demand(ListingCategory.NEED, "Nhu cầu TRL sai " + run, "Vấn đề", null,
        "agri.crops", 0, null);
    assertThatThrownBy(() -> listings.create(minTrl, enterprise)).isInstanceOfSatisfying(FieldErrors.class,
        e -> assertThat(e.fields()).containsOnlyKeys("minTrl"));
  }

  @Test
  void theFormComesBackWithTheMessageBesideTheFieldAndWhatWasTyped() throws Exception {
    String body = page(as(post("/me/listings").with(csrf()), institute).param("kind", "OFFER")
        .param("category", "TECHNOLOGY").param("title", "Giống chè Shan tuyết nhân giâm cành " + run)
        .param("summary", "Giâm cành chè Shan").param("fieldCode", "agri.crops").param("trl", "12")
        .param("ownerName", "Viện").param("priceVnd", "năm triệu"));
    assertThat(body).startsWith("200");
    assertThat(body).contains("id=\"formErrors\"").contains("Không đọc được số này.")
        .contains("Giống chè Shan tuyết nhân giâm cành " + run).contains("value=\"năm triệu\"");
    body = page(as(post("/me/listings").with(csrf()), institute).param("kind", "OFFER")
        .param("category", "TECHNOLOGY").param("title", "Giống chè Shan tuyết nhân giâm cành " + run)
        .param("summary", "Giâm cành chè Shan").param("fieldCode", "agri.crops").param("trl", "12")
        .param("ownerName", "Viện").param("priceVnd", "5.000.000"));
    assertThat(body).startsWith("200").contains("Mức sẵn sàng công nghệ (TRL) phải từ 1 đến 9.")
        .contains("value=\"12\"");
    assertThat(listings.mine(institute)).noneMatch(l -> l.getTitle().contains("Giống chè Shan tuyết"));
  }

  @Test
  void anInvalidFieldIsMarkedForAssistiveTechnologyAndNamesItsMessage() throws Exception {
    String body = page(as(post("/me/listings").with(csrf()), institute).param("kind", "OFFER")
        .param("category", "TECHNOLOGY").param("title", "Chè Shan tuyết giâm cành " + run)
        .param("summary", "Giâm cành chè Shan").param("fieldCode", "agri.crops").param("trl", "12")
        .param("ownerName", "Viện").param("priceVnd", "5.000.000"));
    assertThat(body).startsWith("200");
    org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(body.substring(body.indexOf('\n') + 1));
    org.jsoup.nodes.Element trl = html.getElementById("trl");
    assertThat(trl.attr("name")).isEqualTo("trl");
    assertThat(trl.val()).isEqualTo("12");
    assertThat(trl.hasClass("is-invalid")).isTrue();
    assertThat(trl.attr("aria-invalid")).isEqualTo("true");
    assertThat(trl.attr("aria-describedby")).isEqualTo("trl-error");
    assertThat(trl.attr("inputmode")).isEqualTo("numeric");
    assertThat(html.getElementById("trl-error").text()).isEqualTo("Mức sẵn sàng công nghệ (TRL) phải từ 1 đến 9.");
    assertThat(html.select("label[for=trl]").text()).isEqualTo("TRL (1–9) *");
    // a valid field is not marked, and keeps its limit
    org.jsoup.nodes.Element title = html.getElementById("title");
    assertThat(title.hasClass("is-invalid")).isFalse();
    assertThat(title.hasAttr("aria-invalid")).isFalse();
    assertThat(title.hasAttr("aria-describedby")).isFalse();
    assertThat(title.attr("maxlength")).isEqualTo("300");
    assertThat(html.getElementById("title-error")).isNull();
  }

  @Test
  void theSameOwnersSameTitleIsRefusedAndAnotherOwnersNearCopyIsFlagged() {
    Listing first = listings.create(offer("Chiết xuất cao khô đương quy"), institute);
    ListingData sameFolded = offer("Chiết xuất cao khô đương quy").withContacts(null, null, null, null);
    ListingData shouted = ListingData.offer(sameFolded.category(), sameFolded.title().toUpperCase(),
        sameFolded.summary(), null, sameFolded.fieldCode(), 6, null);
    assertThatThrownBy(() -> listings.create(shouted, institute)).isInstanceOfSatisfying(FieldErrors.class,
        e -> assertThat(e.fields().get("title")).isEqualTo("Bạn đã có một tin cùng tiêu đề này."));
    Listing copy = listings.create(offer("Chiet xuat cao kho duong quy"), enterprise);
    assertThat(copy.getDuplicateOf()).isEqualTo(first.getId());
  }

  // --- expiry and reminders -----------------------------------------------------------------------------------------

  @Test
  void ownersAreRemindedOnceBeforeTheValidityDateAndTheListingExpiresAfterIt() throws Exception {
    Listing l = published(offer("Sấy thảo quả hết hạn").withValidity(TODAY.plusDays(10)), institute);
    long unreadBefore = notifier.unread(institute.userId());
    // 10 days before: outside the 7-day window, nothing.
    assertThat(listings.expire(clock.instant()).reminded()).isZero();
    clock.advance(Duration.ofDays(4));
    // 6 days before: one reminder, once.
    assertThat(listings.expire(clock.instant()).reminded()).isEqualTo(1);
    assertThat(listings.expire(clock.instant()).reminded()).isZero();
    assertThat(notifier.unread(institute.userId())).isEqualTo(unreadBefore + 1);
    assertThat(notifier.recent(institute.userId(), 1).get(0).subject()).contains("sẽ hết hiệu lực ngày 20/06/2026");
    // On the validity date it is still published; the day after it expires and leaves the public pages.
    clock.set(START.plus(Duration.ofDays(10)));
    listings.expire(clock.instant());
    assertThat(listings.publishedBySlug(l.getSlug())).isPresent();
    clock.set(START.plus(Duration.ofDays(11)));
    assertThat(listings.expire(clock.instant()).expired()).isGreaterThanOrEqualTo(1);
    assertThat(listings.get(l.getId(), institute).getStatus()).isEqualTo(ListingStatus.EXPIRED);
    assertThat(page(get("/cong-nghe/" + l.getSlug()))).startsWith("404");
  }

  // --- connections --------------------------------------------------------------------------------------------------

  @Test
  void contactsAreShownOnlyToTheTwoPartiesAndOnlyAfterAcceptanceInPagesAndTheApi() throws Exception {
    Listing l = published(offer("Máy sấy thảo quả liên hệ riêng"), institute);
    String url = "/cong-nghe/" + l.getSlug();
    assertThat(page(get(url))).startsWith("200").contains(l.getTitle()).doesNotContain(PHONE).doesNotContain(EMAIL);
    assertThat(page(as(get(url), enterprise))).contains("id=\"expressInterest\"").doesNotContain(PHONE);
    assertThat(page(get("/api/v1/exchange/listings/" + l.getSlug()))).startsWith("200").contains(l.getTitle())
        .doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain("Nguyễn Văn An");
    assertThat(page(get("/api/v1/exchange/listings?kind=OFFER&size=500"))).contains(l.getSlug())
        .doesNotContain(PHONE).doesNotContain(EMAIL);
    assertThat(page(get("/api/v1/exchange/listings.csv"))).contains(l.getSlug()).doesNotContain(PHONE);
    // The enterprise asks (over the page), with its own phone.
    String asked = page(as(post(url + "/quan-tam").with(csrf()), enterprise).param("message", "Chúng tôi cần 2 máy")
        .param("phone", "0987 000 111"));
    assertThat(asked).startsWith("302");
    Connection c = connections.outgoing(enterprise).stream().filter(v -> v.listing().getId().equals(l.getId()))
        .findFirst().orElseThrow().connection();
    String thread = "/me/connections/" + c.getId();
    assertThat(page(as(get(thread), enterprise))).startsWith("200").doesNotContain(PHONE).doesNotContain(EMAIL);
    assertThat(page(as(get(thread), institute))).contains("id=\"acceptInterest\"").doesNotContain("0987 000 111");
    // Accepted: each side sees the other's contacts; the public page and the API still show none.
    assertThat(page(as(post(thread + "/accept").with(csrf()), institute).param("version", "0"))).startsWith("302");
    assertThat(page(as(get(thread), enterprise))).contains(PHONE).contains(EMAIL).contains("id=\"messageText\"");
    assertThat(page(as(get(thread), institute))).contains("0987 000 111");
    assertThat(page(as(get(url), enterprise))).doesNotContain(PHONE);
    assertThat(page(get("/api/v1/exchange/listings/" + l.getSlug()))).doesNotContain(PHONE);
    // A third member is told the thread does not exist; ADMIN reads it.
    assertThat(page(as(get(thread), stranger))).startsWith("404").doesNotContain(PHONE);
    assertThat(page(as(post(thread + "/messages").with(csrf()), stranger).param("body", "Xin chào"))).startsWith("404");
    assertThatThrownBy(() -> connections.thread(c.getId(), stranger))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(404);
    assertThat(page(as(get(thread), adminAccount))).startsWith("200");
  }

  private Actor adminAccount;

  @BeforeAll
  void adminAccount() {
    AccountView a = accounts.create(new NewAccount("qtv-" + run, "Quản trị sàn", "qtv-" + run + "@example.vn",
        "exchange-password-1", Set.of(Role.ADMIN), Set.of()));
    adminAccount = new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.ADMIN), Set.of());
  }

  @Test
  void aDeclinedMemberMayAskAgainOnlyTheConfiguredNumberOfTimes() {
    Listing l = published(offer("Máy sấy thảo quả từ chối"), institute);
    Connection first = connections.express(l.getId(), "Lần 1", null, enterprise);
    assertThatThrownBy(() -> connections.express(l.getId(), "Lần 1 nữa", null, enterprise))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.alreadyAsked");
    // Only the owner answers.
    assertThatThrownBy(() -> connections.decline(first.getId(), stranger))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(404);
    connections.decline(first.getId(), institute);
    Connection second = connections.express(l.getId(), "Lần 2", null, enterprise);
    connections.decline(second.getId(), institute);
    assertThatThrownBy(() -> connections.express(l.getId(), "Lần 3", null, enterprise))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("exchange.error.declineLimit");
          assertThat(e.status().value()).isEqualTo(409);
        });
    // Nobody asks about their own listing.
    assertThatThrownBy(() -> connections.express(l.getId(), "Của tôi", null, institute))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.ownListing");
  }

  @Test
  void aSignedDealMovesTheStatisticsAndABoundPlanTarget() {
    long planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null,
        "Kế hoạch sàn giao dịch công nghệ " + run, null, 2026, 2030, null, vn.innohub.plan.PlanStatus.IN_FORCE, "",
        0));
    long targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1",
        "Hợp đồng chuyển giao công nghệ qua sàn", "≥ 20 hợp đồng", 2030, "", "", null, "", "", "", 0));
    planEditor.bindTarget(planId, targetId, "exchange.deals.signed");
    BigDecimal signedBefore = exchangeStat("exchange.deals.signed");
    BigDecimal valueBefore = exchangeStat("exchange.deals.value");
    BigDecimal supportedBefore = exchangeStat("exchange.enterprises.supported");
    assertThat(liveActual(planId, targetId)).isEqualByComparingTo(signedBefore);

    Actor buyer = member("mua", "Công ty Chè Shan", "mua-" + run + "@example.vn");
    Actor seller = member("ban", "Trường Đại học Nông Lâm", "ban-" + run + "@example.vn");
    Listing l = published(offer("Dây chuyền chế biến chè Shan tuyết"), seller);
    Connection c = connections.express(l.getId(), "Quan tâm dây chuyền", null, buyer);
    // Not accepted yet: no outcome can be recorded.
    assertThatThrownBy(() -> connections.record(c.getId(), Outcome.CONTRACT_SIGNED, new BigDecimal("1"), TODAY, buyer))
        .extracting(e -> ((DomainException) e).code()).isEqualTo("exchange.error.notAccepted");
    connections.accept(c.getId(), seller);
    // A value below zero and a date in the future are refused.
    assertThatThrownBy(() -> connections.record(c.getId(), Outcome.CONTRACT_SIGNED, new BigDecimal("-5"),
        TODAY.plusDays(1), buyer)).isInstanceOfSatisfying(FieldErrors.class,
            e -> assertThat(e.fields()).containsOnlyKeys("dealValueVnd", "dealDate"));
    connections.record(c.getId(), Outcome.CONTRACT_SIGNED, new BigDecimal("750000000"), TODAY, buyer);

    assertThat(exchangeStat("exchange.deals.signed")).isEqualByComparingTo(signedBefore.add(BigDecimal.ONE));
    assertThat(exchangeStat("exchange.deals.value")).isEqualByComparingTo(valueBefore.add(new BigDecimal("750000000")));
    assertThat(exchangeStat("exchange.enterprises.supported")).isEqualByComparingTo(supportedBefore.add(BigDecimal.valueOf(2)));
    assertThat(liveActual(planId, targetId)).isEqualByComparingTo(signedBefore.add(BigDecimal.ONE));
    // Third parties cannot record an outcome.
    assertThatThrownBy(() -> connections.record(c.getId(), Outcome.NO_DEAL, null, null, stranger))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(404);
  }

  private BigDecimal exchangeStat(String key) {
    return connections.value(key).orElseThrow();
  }

  private BigDecimal liveActual(long planId, long targetId) {
    return dashboard.build(planId, null, new vn.innohub.dashboard.Dashboard.Filters(null, null, null), admin)
        .targets().stream().filter(t -> t.id() == targetId).findFirst().orElseThrow().actual();
  }

  // --- matching and notices ---------------------------------------------------------------------------------------

  @Test
  void aDemandSeesTheFittingOfferFirstWithReasonsAndOwnersGetOneDigest() throws Exception {
    String word = "xk" + RandomWords.letters(6);
    Listing fitting = published(ListingData.offer(ListingCategory.TECHNOLOGY, "Chiết xuất cao khô " + word + " đạt chuẩn",
        "Chiết xuất cao khô dược liệu " + word + " bằng sấy phun.", null, "herbs.extraction", 7, "Lào Cai"), institute);
    Listing immature = published(ListingData.offer(ListingCategory.RESEARCH_RESULT, "Chiết xuất cao khô " + word
        + " phòng thí nghiệm", "Chiết xuất cao khô dược liệu " + word + " quy mô phòng thí nghiệm.", null,
        "herbs.extraction", 3, "Lào Cai"), stranger);
    Listing need = published(ListingData.demand(ListingCategory.NEED, "Cần công nghệ chiết xuất cao khô " + word,
        "Hợp tác xã muốn làm cao khô " + word + " từ dược liệu trồng tại xã.", "Cao khô đạt chuẩn.", "herbs.extraction",
        5, "Lào Cai"), enterprise);
    List<Match> found = exchange.matchesFor(need.getId(), 10);
    List<Long> ids = found.stream().map(Match::listingId).toList();
    assertThat(ids).contains(fitting.getId(), immature.getId());
    assertThat(ids.indexOf(fitting.getId())).isLessThan(ids.indexOf(immature.getId()));
    Match best = found.get(ids.indexOf(fitting.getId()));
    assertThat(best.reasonText()).contains("Cùng lĩnh vực Chiết xuất, bào chế dược liệu")
        .contains("từ khoá chung: chiết xuất, cao khô").contains("TRL 7 ≥ 5").contains("cùng địa bàn Lào Cai");
    assertThat(found.get(ids.indexOf(immature.getId())).reasonText()).contains("TRL 3 < 5");
    // Own listings never match; the public page lists the matches.
    assertThat(exchange.matchesFor(fitting.getId(), 10)).extracting(Match::listingId).contains(need.getId());
    assertThat(page(get("/cong-nghe/" + need.getSlug()))).contains("id=\"matchList\"").contains(fitting.getTitle());
    assertThat(page(get("/api/v1/exchange/listings/" + need.getSlug() + "/matches"))).contains(fitting.getSlug());
    // The digest: one notice per owner a day, each listing–match pair told once.
    long before = notifier.unread(enterprise.userId());
    matchNotices.notifyStrongMatches(clock.instant());
    long after = notifier.unread(enterprise.userId());
    assertThat(after).isEqualTo(before + 1);
    assertThat(notifier.recent(enterprise.userId(), 1).get(0).subject()).contains("gợi ý phù hợp mới");
    matchNotices.notifyStrongMatches(clock.instant());
    clock.advance(Duration.ofDays(1));
    matchNotices.notifyStrongMatches(clock.instant());
    assertThat(notifier.unread(enterprise.userId())).isEqualTo(after);
  }

  @Test
  void everyPageRendersForItsPeopleInBothLanguagesAndSiteSearchFindsListings() throws Exception {
    Listing offer = published(offer("Máy sấy thảo quả trang"), institute);
    Listing draft = listings.create(demand("Nhu cầu sấy thảo quả trang").withBudget(new BigDecimal("100000000"),
        new BigDecimal("300000000"), TODAY.plusDays(30)), enterprise);
    Connection c = connections.express(offer.getId(), "Trao đổi", null, enterprise);
    for (String url : List.of("/cong-nghe", "/cong-nghe?kind=OFFER&field=herbs&category=TECHNOLOGY",
        "/cong-nghe?q=sấy", "/cong-nghe/" + offer.getSlug(), "/cong-nghe/" + offer.getSlug() + "?lang=en")) {
      assertThat(page(get(url))).as(url).startsWith("200");
    }
    assertThat(page(get("/cong-nghe").param("q", "thao qua trang " + run))).contains(offer.getTitle());
    assertThat(page(get("/cong-nghe").param("q", "thao qua trang " + run).param("category", "EQUIPMENT")))
        .doesNotContain(offer.getTitle());
    for (String url : List.of("/me/listings", "/me/listings/new?kind=DEMAND", "/me/listings/new?kind=OFFER",
        "/me/listings/" + draft.getId(), "/me/connections/" + c.getId())) {
      assertThat(page(as(get(url), enterprise))).as(url).startsWith("200");
    }
    assertThat(page(as(get("/me/listings/" + offer.getId()), institute))).startsWith("200").contains("id=\"listingInterests\"");
    listings.submit(draft.getId(), enterprise);
    for (String url : List.of("/admin/exchange", "/admin/exchange/" + draft.getId(), "/admin/exchange/connections",
        "/admin/exchange?lang=en")) {
      assertThat(page(as(get(url), adminAccount))).as(url).startsWith("200");
    }
    assertThat(page(as(post("/admin/exchange/" + draft.getId() + "/changes").with(csrf()), adminAccount)
        .param("note", ""))).startsWith("200").contains("Vui lòng ghi nội dung cần chỉnh sửa.");
    var found = search.search(new vn.innohub.search.SiteSearch.Query("máy sấy thảo quả trang " + run, null, null,
        null, null, 0));
    assertThat(found.hits()).anyMatch(h -> h.url().equals("/cong-nghe/" + offer.getSlug()) && h.kind().equals("OFFER"));
  }

  @Autowired vn.innohub.search.SiteSearch search;

  // --- tech fairs -------------------------------------------------------------------------------------------------

  @Autowired vn.innohub.exchange.internal.FairService fairs;

  @Test
  void aFairSchedulesOneMeetingPerAcceptedConnectionWithoutDoubleBookingAParty() throws Exception {
    Actor buyer = member("cho", "HTX Rau Bắc Hà", "cho-" + run + "@example.vn");
    Listing a = published(offer("Máy sấy chợ công nghệ A"), institute);
    Listing b = published(offer("Máy sấy chợ công nghệ B"), stranger);
    Listing notAtTheFair = published(offer("Máy sấy chợ công nghệ C"), stranger);
    Connection c1 = connections.express(a.getId(), "1", null, enterprise);
    Connection c2 = connections.express(b.getId(), "2", null, enterprise);
    Connection c3 = connections.express(a.getId(), "3", null, buyer);
    Connection declined = connections.express(b.getId(), "4", null, buyer);
    Connection elsewhere = connections.express(notAtTheFair.getId(), "5", null, buyer);
    connections.accept(c1.getId(), institute);
    connections.accept(c2.getId(), stranger);
    connections.accept(c3.getId(), institute);
    connections.decline(declined.getId(), stranger);
    connections.accept(elsewhere.getId(), stranger);
    assertThatThrownBy(() -> fairs.create("Chợ công nghệ " + run, null, TODAY.plusDays(20),
        java.time.LocalTime.of(8, 0), 20, 0, admin)).isInstanceOfSatisfying(FieldErrors.class,
            e -> assertThat(e.fields()).containsOnlyKeys("slots"));
    var fair = fairs.create("Chợ công nghệ " + run, "Nhà văn hóa tỉnh", TODAY.plusDays(20),
        java.time.LocalTime.of(8, 0), 20, 2, admin);
    fairs.select(fair.getId(), Set.of(a.getId(), b.getId()), admin);
    var schedule = fairs.schedule(fair.getId(), admin);
    // By hand: c1 institute–enterprise at 08:00; c2 stranger–enterprise: the enterprise is busy at 08:00, so 08:20;
    // c3 institute–buyer: the institute is busy at 08:00, so 08:20. Declined and other listings' connections: none.
    assertThat(schedule.meetings()).extracting(m -> m.connection().getId() + "@" + m.start())
        .containsExactly(c1.getId() + "@08:00", c2.getId() + "@08:20", c3.getId() + "@08:20");
    assertThat(schedule.unscheduled()).isEmpty();
    // With one slot only c1 fits; the two others are reported.
    var oneSlot = fairs.create("Chợ công nghệ một lượt " + run, null, TODAY.plusDays(21), java.time.LocalTime.of(14, 0),
        30, 1, admin);
    fairs.select(oneSlot.getId(), Set.of(a.getId(), b.getId()), admin);
    var tight = fairs.schedule(oneSlot.getId(), admin);
    assertThat(tight.meetings()).extracting(m -> m.connection().getId()).containsExactly(c1.getId());
    assertThat(tight.unscheduled()).extracting(Connection::getId).containsExactly(c2.getId(), c3.getId());
    assertThatThrownBy(() -> fairs.schedule(fair.getId(), enterprise))
        .extracting(e -> ((DomainException) e).status().value()).isEqualTo(403);
    assertThat(page(as(get("/admin/exchange/fairs"), adminAccount))).startsWith("200").contains("Chợ công nghệ " + run);
    assertThat(page(as(get("/admin/exchange/fairs/" + fair.getId()), adminAccount))).startsWith("200")
        .contains("id=\"meetings\"").contains("08:20");
    assertThat(page(as(post("/admin/exchange/fairs").with(csrf()), adminAccount).param("name", "Chợ lỗi")
        .param("date", "2026-06-01").param("start", "8h").param("slotMinutes", "20").param("slots", "3")))
        .startsWith("200").contains("Không đọc được giờ này (hh:mm).").contains("value=\"Chợ lỗi\"");
    assertThat(page(as(post("/admin/exchange/fairs").with(csrf()), adminAccount).param("name", "Chợ lỗi")
        .param("date", "2026-06-01").param("start", "08:00").param("slotMinutes", "20").param("slots", "3")))
        .startsWith("200").contains("Ngày này đã qua.");
  }

  // --- import -------------------------------------------------------------------------------------------------------

  @Test
  void anImportKeepsTheValidRowsAsPendingAndReportsTheBadOnes() throws Exception {
    String json = """
        {"offers":[{"key":"N1","category":"PROCESS","title":"Quy trình nhân giống tam thất %1$s","summary":"Nhân giống tam thất bằng nuôi cấy mô.","field":"herbs.cultivation","trl":6,"region":"Lào Cai"},
                   {"key":"N2","category":"TECHNOLOGY","title":"Công nghệ lỗi %1$s","summary":"x","field":"herbs","trl":12}],
         "demands":[{"key":"N3","category":"CHALLENGE","title":"Đề bài giảm rác thải nhựa %1$s","problem":"Rác nhựa ở chợ phiên.","field":"energy.waste","minTrl":null,"region":"Hà Giang"},
                    {"key":"N4","category":"TECHNOLOGY","title":"Sai loại %1$s","problem":"x","field":"other"}]}
        """.formatted(run);
    String answer = page(post("/api/v1/exchange/import").with(
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
            adminAccount.username(), "exchange-password-1")).contentType(MediaType.APPLICATION_JSON).content(json));
    assertThat(answer).startsWith("200").contains("\"created\":2").contains("offers[1]").contains("N2")
        .contains("demands[1]").contains("N4");
    assertThat(listings.pending()).extracting(Listing::getTitle).contains("Quy trình nhân giống tam thất " + run,
        "Đề bài giảm rác thải nhựa " + run);
  }
}
