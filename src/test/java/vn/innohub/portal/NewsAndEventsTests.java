package vn.innohub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.TestImages;
import vn.innohub.MutableClock;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.media.ImageStore;
import vn.innohub.portal.internal.NewsArticle;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.search.SiteSearch;
import vn.innohub.shared.DomainException;

/** News, events, registration, feeds and the site-wide search, on the shared test clock (10 June 2026). */
@IntegrationTest
class NewsAndEventsTests {

  /** Other test classes of the shared context move the clock; these tests start on 10 June 2026. */
  @org.junit.jupiter.api.BeforeEach
  void startOfTheStory(@Autowired vn.innohub.MutableClock testClock) {
    testClock.set(java.time.Instant.parse("2026-06-10T02:00:00Z"));
  }


  @Autowired PortalContent content;
  @Autowired vn.innohub.portal.internal.EventRegistrations registrations;
  @Autowired ImageStore images;
  @Autowired SiteSearch search;
  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  private String page(String url) throws Exception {
    return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }


  private Instant vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
  }

  private PortalEvent event(String title, String start, Integer capacity) {
    return content.saveEvent(null, 0, new PortalEvent.EventForm(title, "Kết nối cung cầu, công nghệ; nông nghiệp",
        null, vn(start), vn(start).plusSeconds(3 * 3600), "Hội trường UBND tỉnh, Lào Cai", null, "Sở KH&CN", null,
        capacity, true), admin);
  }

  @Test
  void publishedNewsIsReadEverywhereAndDraftsNowhere() throws Exception {
    // An image with bytes appended after the PNG: the stored copy is re-encoded, so nothing but pixels survives.
    byte[] upload = TestImages.png(2400, 1200);
    byte[] tampered = java.util.Arrays.copyOf(upload, upload.length + 20);
    System.arraycopy("<script>x</script>".getBytes(StandardCharsets.US_ASCII), 0, tampered, upload.length, 18);
    long imageId = images.store(tampered, ImageStore.Use.PORTAL);
    ImageStore.Image stored = images.load(imageId, ImageStore.Use.PORTAL).orElseThrow();
    assertThat(stored.contentType()).isEqualTo("image/jpeg");
    BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(stored.content()));
    assertThat(read.getWidth()).isEqualTo(1600);
    assertThat(read.getHeight()).isEqualTo(800);
    assertThat(new String(stored.content(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");

    String homeBefore = page("/");
    assertThat(page("/")).as("the same bytes for every anonymous visitor").isEqualTo(homeBefore);
    NewsArticle news = content.saveNews(null, 0, "Ra mắt sàn khởi nghiệp nông nghiệp " + run,
        "Tóm tắt & <b>thử</b>", "Đoạn một.\n\nĐoạn hai.", imageId, true, admin);
    NewsArticle draft = content.saveNews(null, 0, "Bản nháp bí mật " + run, null, "Chưa đăng.", null, false, admin);
    // The cached home page shows the new article at once (a write on this node drops the cache).
    assertThat(page("/")).contains("Ra mắt sàn khởi nghiệp nông nghiệp " + run).doesNotContain("Bản nháp bí mật " + run);
    String article = page("/tin-tuc/" + news.getSlug());
    assertThat(article).contains("Tóm tắt &amp; &lt;b&gt;thử&lt;/b&gt;").contains("<p>Đoạn hai.</p>")
        .contains("/media/" + imageId);
    mvc.perform(get("/tin-tuc/" + draft.getSlug())).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/news/" + draft.getSlug())).andExpect(status().isNotFound());
    String rss = page("/rss.xml");
    assertThat(rss).contains("<title>Ra mắt sàn khởi nghiệp nông nghiệp " + run + "</title>")
        .contains("/tin-tuc/" + news.getSlug()).doesNotContain("Bản nháp bí mật " + run);
    assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(rss.getBytes(StandardCharsets.UTF_8))).getDocumentElement().getTagName())
        .isEqualTo("rss");
    String sitemap = page("/sitemap-trang.xml");
    assertThat(sitemap).contains("/tin-tuc/" + news.getSlug()).doesNotContain(draft.getSlug());
    // The site-wide search finds the news without accents, and never the draft.
    SiteSearch.Result found = search.search(new SiteSearch.Query("ra mat san khoi nghiep nong nghiep " + run, null,
        null, null, null, 0));
    assertThat(found.hits()).extracting(SiteSearch.Hit::url).containsExactly("/tin-tuc/" + news.getSlug());
    assertThat(found.kinds()).containsEntry("NEWS", 1L);
    assertThat(search.search(new SiteSearch.Query("ban nhap bi mat " + run, null, null, null, null, 0)).hits())
        .extracting(SiteSearch.Hit::url).doesNotContain("/tin-tuc/" + draft.getSlug());
    assertThat(page("/tim-kiem?q=ra+mat+san+" + run)).contains("/tin-tuc/" + news.getSlug());
  }

  @Test
  void anonymousVisitorsGetNoSessionOnPublicPages() throws Exception {
    for (String url : List.of("/", "/danh-ba", "/tim-kiem?q=khoi+nghiep", "/tin-tuc", "/su-kien", "/sitemap.xml")) {
      var response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
      assertThat(response.getHeaders("Set-Cookie")).as(url).noneMatch(c -> c.startsWith("SESSION="));
    }
    // Pages answered from the anonymous page cache keep the security headers and the exact bytes.
    for (String url : List.of("/", "/tim-kiem?q=khoi+nghiep")) {
      var first = mvc.perform(get(url)).andReturn().getResponse();
      var again = mvc.perform(get(url)).andReturn().getResponse();
      assertThat(again.getContentAsByteArray()).as(url).isEqualTo(first.getContentAsByteArray());
      assertThat(again.getHeader("Content-Security-Policy")).as(url).isEqualTo(first.getHeader("Content-Security-Policy"))
          .contains("default-src 'self'");
      assertThat(again.getHeader("X-Frame-Options")).isEqualTo("DENY");
      assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }
  }

  @Test
  void imagesAreCheckedByContentAndSize() {
    assertThatThrownBy(() -> images.store("not an image at all".getBytes(StandardCharsets.UTF_8), ImageStore.Use.PORTAL))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("portal.image.type"));
    assertThatThrownBy(() -> images.store(new byte[ImageStore.MAX_BYTES + 1], ImageStore.Use.PORTAL))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("portal.image.tooLarge"));
    assertThatThrownBy(() -> content.saveNews(null, 0, " ", null, "", null, true, admin))
        .isInstanceOfSatisfying(PortalContent.Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("title", "body"));
  }

  @Test
  void registrationHoldsToCapacityOneSeatPerAddressAndClosesAtTheStart() throws Exception {
    PortalEvent e = event("Chợ công nghệ " + run, "2026-06-20T09:00:00", 5);
    String a = "a-" + run + "@example.vn";
    var seat = registrations.register(e.getSlug(), "Nguyễn Văn A", a, null, null, null, "client-" + run);
    assertThat(seat.pending()).as("anonymous: held until the link in the mail is opened").isTrue();
    // The final confirmation e-mail: the event, its time in Vietnam time (set as 09:00-12:00 there), the place, links.
    var mail = registrations.confirmation(e, seat.registration());
    assertThat(mail.subject()).contains("Chợ công nghệ " + run);
    assertThat(mail.body()).contains("Nguyễn Văn A").contains("09:00 20/06/2026 – 12:00 20/06/2026")
        .contains("Hội trường UBND tỉnh, Lào Cai").contains("/su-kien/" + e.getSlug() + "/lich.ics");
    assertThatThrownBy(() -> registrations.register(e.getSlug(), "Nguyễn Văn A", " " + a.toUpperCase() + " ", null,
        null, null, "client-" + run))
        .isInstanceOfSatisfying(DomainException.class, x -> assertThat(x.code()).isEqualTo("portal.registration.pendingAlready"));
    assertThatThrownBy(() -> registrations.register(e.getSlug(), "", "khong-phai-email", null, null, null, null))
        .isInstanceOfSatisfying(PortalContent.Invalid.class, x -> assertThat(x.fields()).containsOnlyKeys("name", "email"));
    // Ten people race for the four seats left: exactly four get one (held seats count).
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Future<Boolean>> tries = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      int n = i;
      tries.add(pool.submit((Callable<Boolean>) () -> {
        try {
          registrations.register(e.getSlug(), "Người " + n, "nguoi" + n + "-" + run + "@example.vn", null, null, null,
              "client-" + run + "-" + n);
          return true;
        } catch (DomainException x) {
          return false;
        }
      }));
    }
    int seated = 0;
    for (Future<Boolean> f : tries) {
      seated += f.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(seated).isEqualTo(4);
    assertThat(content.registered(e.getId())).isEqualTo(5);
    assertThat(page("/su-kien/" + e.getSlug())).contains("Đã đăng ký 5/5 chỗ.");
    // Registration closes when the event starts (server clock, Hà Nội time): 09:00 on 20 June = 02:00Z.
    PortalEvent later = event("Hội thảo " + run, "2026-06-20T09:00:00", 50);
    Instant before = clock.instant();
    String b = "b-" + run + "@example.vn";
    try {
      clock.set(Instant.parse("2026-06-20T02:00:00Z"));
      assertThatThrownBy(() -> registrations.register(later.getSlug(), "B", b, null, null, null, null))
          .isInstanceOfSatisfying(DomainException.class, x -> assertThat(x.code()).isEqualTo("portal.registration.closed"));
      clock.set(Instant.parse("2026-06-20T01:59:59Z"));
      registrations.register(later.getSlug(), "B", b, null, null, null, null);
    } finally {
      clock.set(before);
    }
  }

  @Test
  void theCalendarFeedIsValidICalendarInUtc() throws Exception {
    PortalEvent e = event("Ngày hội khởi nghiệp, đổi mới sáng tạo; tỉnh Lào Cai năm 2026 với tên rất dài để gấp dòng " + run,
        "2026-07-01T08:30:00", null);
    byte[] body = mvc.perform(get("/lich-su-kien.ics")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    String ics = new String(body, StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    // 08:30 in Hà Nội (UTC+7) is 01:30 UTC.
    assertThat(ics).contains("DTSTART:20260701T013000Z\r\n").contains("DTEND:20260701T043000Z\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:Ngày hội khởi nghiệp\\, đổi mới sáng tạo\\; tỉnh Lào Cai năm 2026");
    assertThat(unfolded).contains("URL:http://localhost:8080/su-kien/" + e.getSlug());
    assertThat(ics.replaceAll("[^\n]", "").length()).isEqualTo(ics.split("\r\n").length);
  }
}
