package vn.innohub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.innohub.IntegrationTest;

/**
 * Issue 15, point 10: a browser on another site can make a user's browser send a "simple" request (an HTML form, a
 * no-CORS fetch) to the API with the HTTP Basic credentials it has cached; such requests are refused before the
 * credentials are even looked at, while real API clients (JSON, uploads where the endpoint takes them, bare POSTs)
 * go on to authorisation as before.
 */
@IntegrationTest
class ApiWriteGuardTests {

  private static final String EVIL = "https://evil.example";
  // No such period: a request that passes the guard and authorisation is answered 404 by the handler.
  private static final String CLOSE = "/api/v1/periods/999999999/close";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(httpBasic("admin", "admin-test-password")))
        .andReturn().getResponse();
    response.setCharacterEncoding("UTF-8");
    return response;
  }

  private JsonNode problem(MockHttpServletResponse response) throws Exception {
    assertThat(response.getContentType()).startsWith("application/problem+json");
    return json.readTree(response.getContentAsString());
  }

  @Test
  void aCrossSiteFormPostWithBasicIsRefused() throws Exception {
    var refused = send(post(CLOSE).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("x=1")
        .header("Origin", EVIL));
    assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(403);
    JsonNode p = problem(refused);
    assertThat(p.get("code").asText()).isEqualTo("api.crossSite.origin");
    assertThat(p.get("messages").get("en").asText()).contains("Cross-site request refused").contains(EVIL);
    assertThat(p.get("messages").get("vi").asText()).contains("từ trang web khác bị từ chối");
  }

  @Test
  void aFormPostWithoutOriginIsRefusedForItsContentType() throws Exception {
    var refused = send(post(CLOSE).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("x=1"));
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(problem(refused).get("code").asText()).isEqualTo("api.crossSite.contentType");
  }

  @Test
  void aTextPlainPostIsRefusedEvenWithoutOriginAndNothingIsSaved() throws Exception {
    String code = "XS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String unit = "{\"code\":\"" + code + "\",\"name\":\"Sở thử nghiệm\",\"type\":\"DEPARTMENT\"}";
    var refused = send(post("/api/v1/units").contentType(MediaType.TEXT_PLAIN).content(unit));
    assertThat(refused.getStatus()).isEqualTo(403);
    JsonNode p = problem(refused);
    assertThat(p.get("code").asText()).isEqualTo("api.crossSite.contentType");
    assertThat(p.get("messages").get("en").asText()).contains("application/json").contains("text/plain");
    assertThat(send(post(CLOSE).contentType(MediaType.TEXT_PLAIN).content("x")).getStatus()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, code)).isZero();

    // The same write as JSON goes through.
    var created = send(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content(unit));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, code)).isOne();
  }

  @Test
  void jsonWithoutOriginOrFromTheSameOriginPassesToAuthorisation() throws Exception {
    assertThat(send(post(CLOSE).contentType(MediaType.APPLICATION_JSON).content("{}")).getStatus()).isEqualTo(404);
    // The request's own origin (MockMvc: http://localhost) and innohub.base-url's (http://localhost:8080).
    assertThat(send(post(CLOSE).contentType(MediaType.APPLICATION_JSON).content("{}")
        .header("Origin", "http://localhost")).getStatus()).isEqualTo(404);
    assertThat(send(post(CLOSE).contentType("application/json;charset=UTF-8").content("{}")
        .header("Origin", "HTTP://LOCALHOST:8080")).getStatus()).isEqualTo(404);
    assertThat(send(post(CLOSE).contentType("application/merge-patch+json").content("{}")).getStatus())
        .isEqualTo(404);
    // A bare POST (no body, no content type) as curl -X POST sends it: no browser form can.
    assertThat(send(post(CLOSE)).getStatus()).isEqualTo(404);
    // Anonymous: authorisation still answers (401), the guard does not hide it.
    assertThat(mvc.perform(post(CLOSE).contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn()
        .getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  void jsonFromAnotherOriginOrANullOriginIsRefused() throws Exception {
    for (String origin : new String[] {EVIL, "null", "http://localhost:8081", "https://localhost", "not a url"}) {
      var refused = send(post(CLOSE).contentType(MediaType.APPLICATION_JSON).content("{}").header("Origin", origin));
      assertThat(refused.getStatus()).as(origin).isEqualTo(403);
      assertThat(problem(refused).get("code").asText()).isEqualTo("api.crossSite.origin");
    }
  }

  @Test
  void multipartIsAcceptedOnlyWhereTheEndpointTakesAnUpload() throws Exception {
    // A multipart form to an endpoint that takes none: refused (a cross-site form can be multipart).
    var form = send(multipart(CLOSE).file(new MockMultipartFile("x", "x.txt", "text/plain", "x".getBytes())));
    assertThat(form.getStatus()).isEqualTo(403);
    assertThat(problem(form).get("code").asText()).isEqualTo("api.crossSite.contentType");
    // The plan import takes an upload: it passes the guard (and answers about the file).
    var upload = send(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "ke-hoach.txt",
        "text/plain", "Kế hoạch thử".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(upload.getStatus()).as(upload.getContentAsString()).isNotIn(401, 403);
    // Also from another site it is refused, by its Origin.
    var crossSite = send(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "ke-hoach.txt",
        "text/plain", "x".getBytes())).header("Origin", EVIL));
    assertThat(crossSite.getStatus()).isEqualTo(403);
  }

  @Test
  void readsAreNotConcerned() throws Exception {
    assertThat(send(get("/api/v1/units/999999999").header("Origin", EVIL)).getStatus()).isEqualTo(404);
  }

  @Test
  void aRefusalIsAudited() throws Exception {
    String client = "192.0.2." + (1 + (int) (Math.random() * 250));
    String path = "/api/v1/periods/" + (1_000_000_000L + (long) (Math.random() * 1_000_000)) + "/open";
    var refused = send(post(path).contentType(MediaType.TEXT_PLAIN).content("x").with(r -> {
      r.setRemoteAddr(client);
      return r;
    }));
    assertThat(refused.getStatus()).isEqualTo(403);
    String changes = jdbc.queryForObject("select changes from audit_record where action = 'API_CROSS_SITE_REFUSED'"
        + " and entity_id = ?", String.class, path);
    assertThat(changes).contains("api.crossSite.contentType").contains(client).contains("text/plain");
  }
}
