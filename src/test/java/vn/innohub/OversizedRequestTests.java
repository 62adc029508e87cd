package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Oversized and malformed requests against the real embedded server get a 4xx with a clear message, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OversizedRequestTests {

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private static byte[] multipart(String boundary, int size) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] out = new byte[head.length() + size + tail.length()];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
    System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, out, head.length() + size, tail.length());
    return out;
  }

  @Test
  void anUploadOverTheLimitIsRefusedWith413AndAMessage() throws Exception {
    String boundary = "innohubBoundary";
    String basic = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, 26 * 1024 * 1024)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void anAnonymousOversizedFormPostIsRefusedWithout500() throws Exception {
    String boundary = "innohubBoundary";
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/units/import"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, 26 * 1024 * 1024)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isBetween(300, 499);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void aHugeJsonBodyIsRefusedAsMalformedNotAsAServerError() throws Exception {
    String basic = Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    String body = "{\"code\":\"" + "A".repeat(3_000_000);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
  }
}
