package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;

/**
 * Issue 15, point 5, on a real Tomcat (raw sockets: the Host header is the attacker's to choose, and the peer address
 * is what decides trust). 127.0.0.2 plays the reverse proxy named in innohub.web.trusted-proxies; 127.0.0.1 is any
 * other client. Both are this machine's loopback (all of 127/8 is).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "innohub.web.trusted-proxies=127.0.0.2, 10.1.0.0/16")
@ActiveProfiles("test")
@Import(ForwardedHeadersTests.WhoAmI.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedHeadersTests {

  private static final String PROXY = "127.0.0.2";
  private static final String CLIENT = "127.0.0.1";
  private static final String ATTACK = "X-Forwarded-Prefix: /evil\r\nX-Forwarded-Host: evil.example\r\n"
      + "X-Forwarded-Proto: http\r\nX-Forwarded-Port: 6666\r\nForwarded: host=evil.example;proto=http\r\n";

  /** Answers /__whoami with what the application sees of the request (after TrustedProxies, before security). */
  @TestConfiguration(proxyBeanMethods = false)
  static class WhoAmI {
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> whoAmI() {
      FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
          new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
              if (!request.getRequestURI().endsWith("/__whoami")) {
                chain.doFilter(request, response);
                return;
              }
              response.setContentType("text/plain");
              response.getWriter().print("remote=" + request.getRemoteAddr() + "\nscheme=" + request.getScheme()
                  + "\nsecure=" + request.isSecure() + "\nhost=" + request.getServerName() + "\nport="
                  + request.getServerPort() + "\ncontext=[" + request.getContextPath() + "]\nurl="
                  + request.getRequestURL() + "\nprefixHeader=" + request.getHeader("X-Forwarded-Prefix")
                  + "\nforwardedHeader=" + request.getHeader("Forwarded") + "\nhostHeader="
                  + request.getHeader("X-Forwarded-Host") + "\n");
            }
          });
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
      return registration;
    }
  }

  @LocalServerPort int port;
  @Autowired ProfileService profiles;
  @Autowired Accounts accounts;

  private String profilePath;

  @BeforeAll
  void aPublishedProfile() {
    String run = UUID.randomUUID().toString().substring(0, 6);
    var account = accounts.create(new NewAccount("proxy-" + run, "Người thử", "proxy" + run + "@example.vn",
        "member-password-1", Set.of(Role.MEMBER), Set.of()));
    Actor member = new Actor(account.id(), account.username(), account.displayName(), Set.of(Role.MEMBER), Set.of());
    Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
    ProfileData named = ProfileData.named("Vườn Ươm Thử " + run);
    ProfileData space = new ProfileData(named.name(), "Vườn ươm thử nghiệm", null, null, null, null, "Lào Cai",
        List.of("hightech-agri"), null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INCUBATOR, "Ươm tạo", "5 chỗ"));
    var p = profiles.create(ProfileKind.SUPPORT_ORG, space, member);
    profiles.submit(p.getId(), member);
    profilePath = "/danh-ba/" + profiles.verify(p.getId(), List.of("legalEntity", "activityChecked"), null, admin)
        .getSlug();
  }

  /** One HTTP/1.1 exchange from the given local address; the answer's head and body as text. */
  private String http(String from, String path, String host, String headers) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
          + "Accept: text/html,application/xml,*/*\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String plain(String path) throws IOException {
    return http(CLIENT, path, "localhost:" + port, "");
  }

  @Test
  void aClientSentForwardedPrefixOrHostDoesNotChangeWhatTheNextAnonymousVisitorGets() throws Exception {
    for (String path : List.of("/", "/tim-kiem?q=x", profilePath, "/sitemap.xml", "/sitemap-trang.xml", "/rss.xml",
        "/lich-su-kien.ics", "/robots.txt", "/api/v1/documents", "/v3/api-docs")) {
      // The attacker asks three times (the page cache keeps a page from its second request on), from a client
      // address and from the trusted proxy's (a proxy that forwards the client's headers unchanged).
      for (int i = 0; i < 3; i++) {
        assertThat(http(CLIENT, path, "evil.example", ATTACK)).as(path).startsWith("HTTP/1.1 200");
        http(PROXY, path, "evil.example", ATTACK);
      }
      for (int i = 0; i < 2; i++) {
        String answer = plain(path);
        assertThat(answer).as(path).startsWith("HTTP/1.1 200");
        assertThat(answer).as(path).doesNotContainIgnoringCase("evil");
      }
    }
  }

  @Test
  void theAttackersOwnAnswerHasTheApplicationsLinksToo() throws Exception {
    // Not honoured at all from a client: not even the attacker's own copy carries the prefix.
    String own = http(CLIENT, "/", "localhost:" + port, ATTACK);
    assertThat(own).startsWith("HTTP/1.1 200").doesNotContain("/evil").contains("href=\"/css/app.css\"");
  }

  @Test
  void forwardedHeadersFromAnyOtherPeerAreIgnoredAndHidden() throws Exception {
    String seen = http(CLIENT, "/__whoami", "localhost:" + port,
        "X-Forwarded-For: 203.0.113.7\r\n" + ATTACK);
    assertThat(seen).contains("remote=127.0.0.1\n", "scheme=http\n", "secure=false\n", "host=localhost\n",
        "port=" + port + "\n", "context=[]\n", "prefixHeader=null\n", "forwardedHeader=null\n", "hostHeader=null\n");
  }

  @Test
  void forwardedHeadersFromATrustedProxyAreHonoured() throws Exception {
    String seen = http(PROXY, "/__whoami", "localhost:" + port, "X-Forwarded-For: 203.0.113.7\r\n"
        + "X-Forwarded-Proto: https\r\nX-Forwarded-Host: innohub.example.gov.vn\r\nX-Forwarded-Port: 443\r\n"
        + "X-Forwarded-Prefix: /evil\r\nForwarded: for=198.51.100.1;host=evil.example\r\n");
    assertThat(seen).contains("remote=203.0.113.7\n", "scheme=https\n", "secure=true\n",
        "host=innohub.example.gov.vn\n", "port=443\n", "url=https://innohub.example.gov.vn/__whoami\n",
        // The prefix and RFC 7239's header are never honoured, not even from a trusted proxy.
        "context=[]\n", "prefixHeader=null\n", "forwardedHeader=null\n");
  }

  @Test
  void theClientIsTheRightmostAddressThatIsNotATrustedProxy() throws Exception {
    // The client wrote "1.2.3.4" itself; nginx appended the address it saw (203.0.113.7); a second trusted hop.
    String seen = http(PROXY, "/__whoami", "localhost:" + port,
        "X-Forwarded-For: 1.2.3.4, 203.0.113.7, 10.1.2.3\r\n");
    assertThat(seen).contains("remote=203.0.113.7\n").doesNotContain("1.2.3.4");
    // Without X-Forwarded-For the proxy is the client.
    assertThat(http(PROXY, "/__whoami", "localhost:" + port, "")).contains("remote=127.0.0.2\n");
  }
}
