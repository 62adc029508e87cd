package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.shared.DomainException;

/**
 * Issue 16, point 7: the database going away. The application reaches its (H2) database through a TCP proxy that
 * the test cuts: connections break and new ones are refused, as when PostgreSQL stops. Then readiness reports
 * DOWN, pages and the API answer 503 "busy, try again" within seconds (not after Hikari's old 30 s), each with an
 * incident id that is also in its log line; when the database is back everything works again. The second half
 * (database up) checks that every kind of 5xx — controller, htmx fragment, API, filter, Spring Security chain,
 * sendError forwarded to /error, a 5xx domain refusal — names its incident, on the answer and in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "innohub.test.failing-endpoints=true")
@ActiveProfiles("test")
@Import({DatabaseOutageTests.FailingEndpoints.class, DatabaseOutageTests.FailingPage.class,
    DatabaseOutageTests.FailingApi.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTests {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin-test-password";
  private static final Pattern PAGE_INCIDENT = Pattern.compile("(?:mã sự cố|Mã sự cố:) ([0-9a-f]{12})");
  /** A behavioural bound, loose on purpose (shared CI machine): far below Hikari's former 30 s wait. */
  private static final Duration QUICKLY = Duration.ofSeconds(10);

  static final Database db = Database.start();
  static final CapturedLines logged = new CapturedLines();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", db::url);
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("spring.datasource.password", () -> "");
  }

  @LocalServerPort int port;
  final ObjectMapper json = new ObjectMapper();
  HttpClient officer;

  @BeforeAll
  void signIn() throws Exception {
    ((Logger) LoggerFactory.getLogger(vn.innohub.shared.web.Incidents.LOGGER)).addAppender(logged);
    logged.start();
    officer = signedIn();
  }

  @org.junit.jupiter.api.BeforeEach
  void databaseUp() throws Exception {
    db.proxy.restore();
    assertThat(untilReady()).as("readiness before the test").isEqualTo(200);
  }

  @AfterAll
  void stop() {
    ((Logger) LoggerFactory.getLogger(vn.innohub.shared.web.Incidents.LOGGER)).detachAppender(logged);
    db.proxy.restore();
  }

  @Test
  @Order(1)
  void whenTheDatabaseGoesAwayReadinessGoesDownAndUsersGetAQuick503WithAnIncidentIdThatIsInTheLog()
      throws Exception {
    assertThat(get(anonymous(), "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
    assertThat(get(officer, "/me", "text/html").statusCode()).isEqualTo(200);

    db.proxy.cut();
    try {
      // Past Hikari's 0.5 s bypass window every pooled connection is checked, found dead and dropped, so each
      // request below waits for a new connection, refused: the path bounded by the connection timeout.
      Thread.sleep(700);
      long start = System.nanoTime();
      HttpResponse<String> readiness;
      do {
        readiness = get(anonymous(), "/actuator/health/readiness", "application/json");
      } while (readiness.statusCode() == 200 && elapsed(start).compareTo(QUICKLY) < 0);
      assertThat(readiness.statusCode()).as("readiness while the database is away").isEqualTo(503);
      assertThat(readiness.body()).contains("DOWN");
      assertThat(elapsed(start)).as("time until readiness was DOWN").isLessThan(QUICKLY);
      assertThat(get(anonymous(), "/actuator/health/liveness", "application/json").statusCode())
          .as("liveness stays UP: restarting the node would not bring the database back").isEqualTo(200);

      // A signed-in officer's page: the session itself lives in the database.
      start = System.nanoTime();
      HttpResponse<String> page = get(officer, "/me", "text/html");
      assertThat(elapsed(start)).as("time to answer a page").isLessThan(QUICKLY);
      assertBusyPage(page);

      // A public page that reads the database in its controller.
      start = System.nanoTime();
      HttpResponse<String> portal = get(anonymous(), "/cuoc-thi", "text/html");
      assertThat(elapsed(start)).as("time to answer a public page").isLessThan(QUICKLY);
      assertBusyPage(portal);

      // An htmx request of the signed-in page: a fragment, not a whole page.
      HttpResponse<String> fragment = send(officer, request("/me", "text/html").header("HX-Request", "true"));
      assertBusyPage(fragment);
      assertThat(fragment.body()).doesNotContain("<html");

      // The API, signed in with HTTP Basic (the account is read from the database).
      start = System.nanoTime();
      HttpResponse<String> api = send(anonymous(), request("/api/v1/me", "application/json")
          .header("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
      assertThat(elapsed(start)).as("time to answer an API call").isLessThan(QUICKLY);
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
      JsonNode problem = json.readTree(api.body());
      assertThat(problem.path("messages").path("vi").asText()).contains("Hệ thống đang bận, vui lòng thử lại");
      assertThat(problem.path("messages").path("en").asText()).contains("The system is busy");
      String incident = problem.path("incident").asText();
      assertThat(incident).matches("[0-9a-f]{12}");
      assertThat(api.headers().firstValue(vn.innohub.shared.web.Incidents.HEADER)).hasValue(incident);
      assertLogged(incident, 503);
      assertThat(api.body()).doesNotContain("Exception", "Hikari", "jdbc");
      assertThat(logged.events).as("requests waited for a connection until the pool's timeout")
          .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("Connection is not available"));
    } finally {
      db.proxy.restore();
    }

    assertThat(untilReady()).as("readiness once the database is back").isEqualTo(200);
    HttpResponse<String> page = get(officer, "/me", "text/html");
    assertThat(page.statusCode()).as("the officer's session survived the outage").isEqualTo(200);
    assertThat(page.body()).contains(ADMIN);
    assertThat(send(anonymous(), request("/api/v1/me", "application/json")
        .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))).statusCode()).isEqualTo(200);
    assertThat(get(anonymous(), "/cuoc-thi", "text/html").statusCode()).isEqualTo(200);
  }

  /**
   * Polls readiness until UP (at most {@link #QUICKLY}); returns the last status. The pauses let the pool check
   * connections idle for over 0.5 s and drop those the outage broke (H2 reports a broken connection with an
   * SQLState Hikari does not evict at once, unlike PostgreSQL's 08xxx).
   */
  private int untilReady() throws Exception {
    long start = System.nanoTime();
    int status;
    do {
      Thread.sleep(600);
      status = get(anonymous(), "/actuator/health/readiness", "application/json").statusCode();
    } while (status != 200 && elapsed(start).compareTo(QUICKLY) < 0);
    return status;
  }

  private void assertBusyPage(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(page.body()).contains("Hệ thống đang bận, vui lòng thử lại").doesNotContain("Exception");
    String incident = pageIncident(page.body());
    assertThat(page.headers().firstValue(vn.innohub.shared.web.Incidents.HEADER)).hasValue(incident);
    assertLogged(incident, 503);
  }

  /** Every kind of place a 5xx can come from names a non-empty incident, on the answer and in its log line. */
  @ParameterizedTest(name = "{0}")
  @Order(2)
  @CsvSource(delimiter = '|', textBlock = """
      # what fails                          | path                               | accept           | htmx  | status | body
      page controller throws                | /test-5xx/page                     | text/html        | false | 500    | page
      htmx fragment's controller throws     | /test-5xx/page                     | text/html        | true  | 500    | page
      API controller throws                 | /api/v1/test-5xx/throw             | application/json | false | 500    | json
      page controller's sendError (/error)  | /test-5xx/send-error               | text/html        | false | 502    | page
      API's sendError (/error)              | /api/v1/test-5xx/send-error        | application/json | false | 502    | json
      servlet filter throws                 | /test-5xx/filter                   | text/html        | false | 500    | page
      API request's filter throws           | /api/v1/test-5xx/filter            | application/json | false | 500    | json
      Spring Security chain's filter throws | /test-5xx/security                 | text/html        | false | 500    | page
      page refuses with a 5xx DomainException | /test-5xx/domain                 | text/html        | false | 503    | page
      API refuses with a 5xx DomainException  | /api/v1/test-5xx/domain          | application/json | false | 503    | json
      page's database access times out      | /test-5xx/timeout                  | text/html        | false | 503    | page
      """)
  void everyKindOf5xxNamesAnIncidentThatIsInTheLog(String what, String path, String accept, boolean htmx,
      int status, String body) throws Exception {
    HttpRequest.Builder request = request(path, accept);
    if (htmx) {
      request.header("HX-Request", "true");
    }
    if (path.startsWith("/api/")) {
      request.header("Authorization", basic(ADMIN, ADMIN_PASSWORD)); // the API chain is stateless
    }
    HttpResponse<String> answer = send(officer, request);
    assertThat(answer.statusCode()).as(what).isEqualTo(status);
    String incident = body.equals("json") ? json.readTree(answer.body()).path("incident").asText()
        : pageIncident(answer.body());
    assertThat(incident).as(what).matches("[0-9a-f]{12}");
    assertThat(answer.headers().firstValue(vn.innohub.shared.web.Incidents.HEADER)).as(what).hasValue(incident);
    assertThat(answer.body()).as(what).doesNotContain("Exception", "at vn.innohub");
    assertLogged(incident, status);
  }

  private void assertLogged(String incident, int status) {
    List<ILoggingEvent> lines = logged.events.stream()
        .filter(e -> incident.equals(e.getMDCPropertyMap().get(vn.innohub.shared.web.Incidents.MDC_KEY))).toList();
    assertThat(lines).as("log lines of incident " + incident).hasSize(1);
    assertThat(lines.get(0).getFormattedMessage()).contains("incident=" + incident, "status=" + status);
  }

  private static String pageIncident(String html) {
    Matcher m = PAGE_INCIDENT.matcher(html);
    assertThat(m.find()).as("an incident id on the page: " + html).isTrue();
    return m.group(1);
  }

  private HttpClient signedIn() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    String login = get(http, "/login", "text/html").body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + ADMIN_PASSWORD + "&_csrf="
            + csrf.group(1))));
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return http;
  }

  private static HttpClient anonymous() {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private HttpResponse<String> get(HttpClient http, String path, String accept) throws Exception {
    return send(http, request(path, accept));
  }

  private HttpRequest.Builder request(String path, String accept) {
    return HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(60));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Log events of the incident logger, kept for the assertions (written from the server's threads). */
  static final class CapturedLines extends AppenderBase<ILoggingEvent> {
    final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing();
      events.add(event);
    }
  }

  /** An in-memory H2 database served over TCP, reached through a proxy the test can cut. */
  record Database(Server server, Proxy proxy, String name) {
    static Database start() {
      try {
        int h2Port = freePort();
        Server server = Server.createTcpServer("-tcpPort", Integer.toString(h2Port), "-ifNotExists").start();
        Proxy proxy = new Proxy(h2Port);
        return new Database(server, proxy, "outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    String url() {
      return "jdbc:h2:tcp://127.0.0.1:" + proxy.port + "/mem:" + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
  }

  /**
   * A TCP proxy on loopback. {@link #cut()} closes every open connection and the listening socket (new connections
   * are refused, as by a stopped database server); {@link #restore()} listens again on the same port.
   */
  static final class Proxy {
    final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    Proxy(int target) throws IOException {
      this.target = target;
      this.port = freePort();
      restore();
    }

    synchronized void restore() {
      if (listening != null) {
        return;
      }
      try {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = socket;
        Thread accept = new Thread(() -> accept(socket), "db-proxy-accept");
        accept.setDaemon(true);
        accept.start();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    synchronized void cut() throws IOException {
      ServerSocket socket = listening;
      listening = null;
      if (socket != null) {
        socket.close();
      }
      for (Socket s : new ArrayList<>(open)) {
        s.close();
      }
      open.clear();
    }

    private void accept(ServerSocket socket) {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
          open.add(client);
          open.add(server);
          pump(client, server);
          pump(server, client);
        } catch (IOException e) {
          // closed by cut()
        }
      }
    }

    private void pump(Socket from, Socket to) {
      Thread t = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException e) {
          // connection cut
        } finally {
          close(from);
          close(to);
        }
      }, "db-proxy-pump");
      t.setDaemon(true);
      t.start();
    }

    private void close(Socket s) {
      open.remove(s);
      try {
        s.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  // ----- test-only places that fail (registered only by this test: the property is off everywhere else) -----

  @Controller
  @ConditionalOnProperty(name = "innohub.test.failing-endpoints", havingValue = "true")
  static class FailingPage {
    @GetMapping("/test-5xx/page")
    String page() {
      throw new IllegalStateException("a page that fails");
    }

    @GetMapping("/test-5xx/send-error")
    void sendError(HttpServletResponse response) throws IOException {
      response.sendError(HttpStatus.BAD_GATEWAY.value());
    }

    @GetMapping("/test-5xx/domain")
    String domain() {
      throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "search.busy");
    }

    @GetMapping("/test-5xx/timeout")
    String timeout() {
      throw new org.springframework.transaction.TransactionTimedOutException("Transaction timed out: deadline was …");
    }
  }

  @RestController
  @ConditionalOnProperty(name = "innohub.test.failing-endpoints", havingValue = "true")
  static class FailingApi {
    @GetMapping("/api/v1/test-5xx/throw")
    String fail() {
      throw new IllegalStateException("an API call that fails");
    }

    @GetMapping("/api/v1/test-5xx/send-error")
    void sendError(HttpServletResponse response) throws IOException {
      response.sendError(HttpStatus.BAD_GATEWAY.value());
    }

    @GetMapping("/api/v1/test-5xx/domain")
    String domain() {
      throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "search.busy");
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "innohub.test.failing-endpoints", havingValue = "true")
  static class FailingEndpoints {
    /** A servlet filter (after the session filter, before Spring Security) that fails. */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> failingFilter() {
      FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(
          (request, response, chain) -> {
            throw new IllegalStateException("a filter that fails");
          });
      registration.addUrlPatterns("/test-5xx/filter", "/api/v1/test-5xx/filter");
      registration.setOrder(0);
      return registration;
    }

    /** A filter inside a Spring Security filter chain that fails. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    org.springframework.security.web.SecurityFilterChain failingSecurityChain(
        org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
      http.securityMatcher("/test-5xx/security")
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .addFilterBefore((request, response, chain) -> {
            throw new IllegalStateException("a security filter that fails");
          }, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
      return http.build();
    }
  }
}
