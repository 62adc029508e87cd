package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads over spring.servlet.multipart's limits (20 MB a file, 25 MB a request) against the real Tomcat: the API
 * answers 413 with problem+json naming the limits, a browser form 413 with the Vietnamese page saying so — never an
 * empty body, never a CSRF 403 because the form's token was in the refused body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadTooLargeTests {

  private static final int MB = 1024 * 1024;
  private static final String BOUNDARY = "innohubBoundary16";

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  static byte[] multipart(int size, String csrf) {
    StringBuilder head = new StringBuilder();
    if (csrf != null) {
      head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
          .append(csrf).append("\r\n");
    }
    head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.txt\"\r\n")
        .append("Content-Type: text/plain\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] t = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[h.length + size + t.length];
    System.arraycopy(h, 0, out, 0, h.length);
    java.util.Arrays.fill(out, h.length, h.length + size, (byte) 'a');
    System.arraycopy(t, 0, out, h.length + size, t.length);
    return out;
  }

  private HttpResponse<String> apiUpload(int size) throws Exception {
    String basic = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans/import"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(size, null))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anApiUploadOverTheFileOrRequestLimitIsA413ProblemNamingTheLimits() throws Exception {
    for (int size : new int[] {21 * MB, 26 * MB}) {
      HttpResponse<String> response = apiUpload(size);
      assertThat(response.statusCode()).as(size + " bytes").isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
      assertThat(response.body()).contains("vượt quá giới hạn cho phép").contains("20 MB").contains("25 MB")
          .doesNotContain("Exception");
    }
  }

  /** Signs in through the login form as a browser does; answers the session cookie. */
  private String signIn() throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    String cookie = cookie(login);
    String form = "username=admin&password=admin-test-password&_csrf=" + csrf(login.body());
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    return cookie(signedIn);
  }

  static String cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  static String csrf(String page) {
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
    assertThat(m.find()).as("a CSRF field").isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  @Test
  void aBrowserFormOverTheLimitGets413WithTheVietnamesePage() throws Exception {
    String session = signIn();
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/import"))
        .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
    String token = csrf(form.body());
    for (int size : new int[] {21 * MB, 26 * MB}) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/import"))
          .header("Cookie", session).header("Accept", "text/html")
          .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(size, token))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(size + " bytes").isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
      assertThat(response.body()).contains("vượt quá giới hạn cho phép").contains("20 MB").contains("<html");
    }
    // the session is still signed in and the form still works
    assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/plans/import"))
        .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }
}
