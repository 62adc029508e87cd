package vn.innohub.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.portal.internal.EventRegistrations;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.shared.DomainException;

/**
 * Issue 15, point 7: event registration is no relay for attacker-written mail. Anonymous registration mails only an
 * opt-in link (our text, the event's facts) and holds the seat for 30 minutes; the link makes it firm and sends the
 * final confirmation; holds expire on the clock; limits per address, client and event refuse with a message naming the
 * limit; a name carrying a link never reaches a mail. Mail goes through a real SMTP server (GreenMail).
 */
@IntegrationTest
class EventRegistrationOptInTests {

  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static final Instant START = Instant.parse("2026-06-10T02:00:00Z");
  private static final String EVIL = "Nhận quà tại http://evil.example ngay";
  private static final Pattern LINK = Pattern.compile("(http://localhost:8080/su-kien/[a-z0-9-]+/xac-nhan\\?token=)([A-Za-z0-9_-]+)");

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired PortalContent content;
  @Autowired EventRegistrations registrations;
  @Autowired Accounts accounts;
  @Autowired UserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  @BeforeEach
  void reset() throws Exception {
    clock.set(START);
    SMTP.purgeEmailFromAllMailboxes();
  }

  private PortalEvent event(Integer capacity) {
    Instant start = LocalDateTime.parse("2026-06-20T09:00:00").atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    return content.saveEvent(null, 0, new PortalEvent.EventForm("Chợ công nghệ " + run + " " + (++seq),
        "Kết nối cung cầu", null, start, start.plusSeconds(3 * 3600), "Hội trường UBND tỉnh, Lào Cai", null,
        "Sở KH&CN", null, capacity, true), admin);
  }

  private String address(String who) {
    return who + "-" + run + "-" + (++seq) + "@example.vn";
  }

  private MvcResult register(PortalEvent e, String name, String email, String client) throws Exception {
    return mvc.perform(post("/su-kien/" + e.getSlug() + "/dang-ky").with(csrf()).with(r -> {
      r.setRemoteAddr(client);
      return r;
    }).param("name", name).param("email", email).param("phone", "0912 345 678")
        .param("organisation", "Xem thêm tại www.evil.example")).andReturn();
  }

  private static String flash(MvcResult r, String key) {
    Object v = r.getFlashMap().get(key);
    return v == null ? null : v.toString();
  }

  private List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
      } catch (Exception x) {
        throw new IllegalStateException(x);
      }
    }).toList();
  }

  private static String text(MimeMessage m) throws Exception {
    return m.getSubject() + "\n" + m.getContent();
  }

  private String seats(PortalEvent e) throws Exception {
    String page = mvc.perform(get("/su-kien/" + e.getSlug())).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("id=\"seats\">([^<]*)<").matcher(page);
    return m.find() ? m.group(1) : page;
  }

  private String adminList(PortalEvent e) throws Exception {
    return mvc.perform(get("/admin/su-kien/" + e.getId()).with(user(users.loadUserByUsername("admin")))).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anAnonymousRegistrationMailsOnlyTheOptInLinkAndNothingTheVisitorWrote() throws Exception {
    PortalEvent e = event(5);
    String to = address("visitor");
    MvcResult r = register(e, EVIL, to, "198.51.100.1");
    assertThat(flash(r, "notice")).contains(to).contains("30 phút");

    List<MimeMessage> mails = mailsTo(to);
    assertThat(mails).hasSize(1);
    String body = text(mails.get(0));
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    assertThat(body).contains(e.getTitle()).contains("09:00 20/06/2026").contains("30 phút")
        .doesNotContain("evil").doesNotContain("Nhận quà").doesNotContain("0912").doesNotContain("www.");
    // Every link in the mail is ours.
    Matcher anyLink = Pattern.compile("(https?://|www\\.)[^\\s]+").matcher(body);
    while (anyLink.find()) {
      assertThat(anyLink.group()).startsWith("http://localhost:8080/su-kien/" + e.getSlug() + "/xac-nhan?token=");
    }
    // Only the token's hash is stored; the seat is held, and ADMIN sees the registration as pending.
    assertThat(jdbc.queryForObject("SELECT token_hash FROM event_registration WHERE email = ?", String.class, to))
        .isEqualTo(sha256(link.group(2)));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE token_hash = ?", Long.class,
        link.group(2))).isZero();
    assertThat(seats(e)).isEqualTo("Đã đăng ký 1/5 chỗ.");
    assertThat(adminList(e)).contains(to).contains("Chờ xác nhận");
  }

  @Test
  void theLinkMakesTheSeatFirmOnceAndTheFinalMailNeverCarriesALinkWrittenByTheVisitor() throws Exception {
    PortalEvent e = event(5);
    String to = address("evil");
    register(e, EVIL, to, "198.51.100.2");
    Matcher link = LINK.matcher(text(mailsTo(to).get(0)));
    assertThat(link.find()).isTrue();
    String token = link.group(2);
    // Opening the link (what a mail scanner does) only shows a button: nothing is confirmed yet.
    String page = mvc.perform(get("/su-kien/" + e.getSlug() + "/xac-nhan").param("token", token)).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"confirmButton\"").contains(e.getTitle());
    assertThat(adminList(e)).contains("Chờ xác nhận");
    MvcResult done = mvc.perform(post("/su-kien/" + e.getSlug() + "/xac-nhan").with(csrf()).param("token", token))
        .andReturn();
    assertThat(flash(done, "notice")).isEqualTo("Đã xác nhận đăng ký. Thư xác nhận chỗ đã được gửi tới bạn.");
    assertThat(adminList(e)).contains("Đã xác nhận").doesNotContain("Chờ xác nhận");

    List<MimeMessage> mails = mailsTo(to);
    assertThat(mails).hasSize(2);
    String last = text(mails.get(1));
    assertThat(last).contains(e.getTitle()).contains("Hội trường UBND tỉnh, Lào Cai")
        .contains("/su-kien/" + e.getSlug() + "/lich.ics").contains("Kính gửi Quý khách")
        .doesNotContain("evil").doesNotContain("Nhận quà").doesNotContain("www.");
    // Single use: the link confirms nothing more and sends no more mail.
    MvcResult again = mvc.perform(post("/su-kien/" + e.getSlug() + "/xac-nhan").with(csrf()).param("token", token))
        .andReturn();
    assertThat(flash(again, "notice")).isEqualTo("Đăng ký này đã được xác nhận trước đó.");
    assertThat(mailsTo(to)).hasSize(2);
    assertThat(registrations.confirm("not-a-token")).isEqualTo(EventRegistrations.Confirmation.UNKNOWN);

    // A plain name is kept in the final mail, cut and cleaned.
    String plain = address("plain");
    register(e, "Nguyễn Văn A\r\nBcc: x", plain, "198.51.100.3");
    Matcher second = LINK.matcher(text(mailsTo(plain).get(0)));
    assertThat(second.find()).isTrue();
    assertThat(registrations.confirm(second.group(2))).isEqualTo(EventRegistrations.Confirmation.CONFIRMED);
    assertThat(text(mailsTo(plain).get(1))).contains(" Nguyễn Văn A Bcc: x,");
  }

  @Test
  void aHeldSeatIsFreedWhenTheHoldExpiresAndItsLinkNoLongerWorks() throws Exception {
    PortalEvent e = event(1);
    String first = address("first");
    register(e, "Người thứ nhất", first, "198.51.100.4");
    Matcher link = LINK.matcher(text(mailsTo(first).get(0)));
    assertThat(link.find()).isTrue();
    String second = address("second");
    assertThat(flash(register(e, "Người thứ hai", second, "198.51.100.5"), "error")).isEqualTo("Sự kiện đã đủ chỗ.");
    assertThat(mailsTo(second)).isEmpty();

    clock.advance(Duration.ofMinutes(29));
    assertThat(seats(e)).isEqualTo("Đã đăng ký 1/1 chỗ.");
    clock.advance(Duration.ofMinutes(1));
    assertThat(seats(e)).as("the hold has passed: the seat is free").isEqualTo("Đã đăng ký 0/1 chỗ.");
    assertThat(adminList(e)).contains("Hết hạn giữ chỗ");
    MvcResult late = mvc.perform(post("/su-kien/" + e.getSlug() + "/xac-nhan").with(csrf())
        .param("token", link.group(2))).andReturn();
    assertThat(flash(late, "error")).contains("đã hết hạn");
    assertThat(mailsTo(first)).hasSize(1);

    assertThat(flash(register(e, "Người thứ hai", second, "198.51.100.5"), "notice")).contains(second);
    assertThat(seats(e)).isEqualTo("Đã đăng ký 1/1 chỗ.");
    // The first address may register again once its hold expired (the row is reused; one per address).
    clock.advance(Duration.ofMinutes(31));
    assertThat(flash(register(e, "Người thứ nhất", first, "198.51.100.4"), "notice")).contains(first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_registration WHERE email = ?", Long.class, first))
        .isEqualTo(1);
  }

  @Test
  void limitsRefuseWithAMessageNamingTheLimitAndSendNothing() throws Exception {
    // Per address: three opt-in mails a day, across events.
    String target = address("victim");
    for (int i = 0; i < 3; i++) {
      assertThat(flash(register(event(50), "A", target, "203.0.113." + (10 + i)), "notice")).contains(target);
    }
    MvcResult refused = register(event(50), "A", target, "203.0.113.20");
    assertThat(flash(refused, "error")).contains("tối đa 3 thư mỗi ngày");
    assertThat(mailsTo(target)).hasSize(3);
    assertThat(refused.getFlashMap().get("typed").toString()).contains(target);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'REGISTRATION_THROTTLED'",
        Long.class)).isPositive();

    // Per client address: ten an hour.
    PortalEvent e = event(100);
    String client = "203.0.113.99";
    for (int i = 0; i < 10; i++) {
      assertThat(flash(register(e, "B", address("b" + i), client), "error")).isNull();
    }
    String eleventh = address("b10");
    assertThat(flash(register(e, "B", eleventh, client), "error")).contains("tối đa 10 lượt mỗi giờ");
    assertThat(mailsTo(eleventh)).isEmpty();
    clock.advance(Duration.ofMinutes(61));
    assertThat(flash(register(e, "B", eleventh, client), "error")).isNull();

    // Per event: twenty a minute, whatever the addresses.
    PortalEvent busy = event(100);
    for (int i = 0; i < 20; i++) {
      assertThat(flash(register(busy, "C", address("c" + i), "192.0.2." + i), "error")).isNull();
    }
    assertThatThrownBy(() -> registrations.register(busy.getSlug(), "C", address("c20"), null, null, null, "192.0.2.50"))
        .isInstanceOfSatisfying(DomainException.class, x -> {
          assertThat(x.status().value()).isEqualTo(429);
          assertThat(x.code()).isEqualTo("portal.registration.limit.event");
        });
  }

  @Test
  void aSignedInAccountWithAConfirmedAddressRegistersAtOnceWithItsOwnAddress() throws Exception {
    PortalEvent e = event(5);
    String username = "ev-" + run;
    String own = username + "@example.vn";
    // Opened by ADMIN, so its address counts as confirmed.
    accounts.create(new NewAccount(username, "Lò Thị Mai", own, "event-password-123", Set.of(Role.MEMBER), Set.of()));
    Actor actor = new Actor(accounts.findByUsername(username).orElseThrow().id(), username, "Lò Thị Mai",
        Set.of(Role.MEMBER), Set.of());
    String typed = address("someone-else");
    EventRegistrations.Outcome o = registrations.register(e.getSlug(), "", typed, null, null, actor, "198.51.100.9");
    assertThat(o.pending()).isFalse();
    assertThat(o.email()).isEqualTo(own);
    assertThat(mailsTo(typed)).isEmpty();
    assertThat(mailsTo(own)).hasSize(1);
    assertThat(text(mailsTo(own).get(0))).contains(" Lò Thị Mai,").contains(e.getTitle());
    assertThat(adminList(e)).contains(own).contains("Đã xác nhận");
  }
}
