package vn.innohub.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.innohub.audit.AuditTrail;
import vn.innohub.shared.limits.RateLimits;
import vn.innohub.shared.web.Problems;

/**
 * API writes need something a browser does not send by itself (OWASP CSRF rules for cookie-less APIs whose
 * credential a browser may still attach — cached HTTP Basic): a state-changing request (any method but GET, HEAD,
 * OPTIONS, TRACE) must be JSON ({@code application/json} or {@code +json}), multipart only where the endpoint takes
 * an upload, or carry no body and no Content-Type at all; and its {@code Origin}, when present, must be this
 * application's ({@code innohub.base-url}'s or the request's own scheme, host and port). A simple cross-site request
 * (an HTML form or a no-CORS fetch: form-encoded, multipart or text/plain) is refused with 403 problem+json before any
 * credential is checked. Refusals are audited (at most {@value #AUDITS_PER_HOUR} an hour per client address).
 */
final class ApiWriteGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiWriteGuard.class);
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  static final int AUDITS_PER_HOUR = 20;

  private final Problems problems;
  private final ObjectMapper json;
  private final String baseOrigin;
  private final ApplicationContext context;
  private volatile List<RequestMappingInfo> uploads;

  private ApiWriteGuard(Problems problems, ObjectMapper json, String baseUrl, ApplicationContext context) {
    this.problems = problems;
    this.json = json;
    this.baseOrigin = origin(baseUrl);
    this.context = context;
  }

  /** The guard for a filter chain, with the application's problem writer, JSON mapper and base URL. */
  static ApiWriteGuard of(HttpSecurity http) {
    ApplicationContext context = http.getSharedObject(ApplicationContext.class);
    return new ApiWriteGuard(context.getBean(Problems.class), context.getBean(ObjectMapper.class),
        context.getEnvironment().getProperty("innohub.base-url", "http://localhost:8080"), context);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader("Origin");
    if (origin != null && !sameOrigin(origin, request)) {
      refuse(request, response, "api.crossSite.origin", ownOrigin(request), origin);
      return;
    }
    String type = request.getContentType();
    if (!acceptable(type, request)) {
      refuse(request, response, "api.crossSite.contentType", type == null ? "-" : type);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean sameOrigin(String origin, HttpServletRequest request) {
    String normalised = origin(origin.strip());
    // "null" (a sandboxed or privacy-stripped origin) and anything unparsable are foreign.
    return normalised != null && (normalised.equals(baseOrigin) || normalised.equals(ownOrigin(request)));
  }

  private static String ownOrigin(HttpServletRequest request) {
    return origin(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
  }

  /** scheme://host:port in lower case with the default port written out, or null. */
  static String origin(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
      return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private boolean acceptable(String type, HttpServletRequest request) {
    if (type == null || type.isBlank()) {
      // No body at all (a bare POST .../submit): no browser form can send that, a form always has a content type.
      return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }
    MediaType media;
    try {
      media = MediaType.parseMediaType(type);
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return false;
    }
    if (media.getType().equals("application")
        && (media.getSubtype().equals("json") || media.getSubtype().endsWith("+json"))) {
      return true;
    }
    return MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(media) && takesUpload(request);
  }

  /** Whether an endpoint declared to consume multipart/form-data answers this request. */
  private boolean takesUpload(HttpServletRequest request) {
    List<RequestMappingInfo> known = uploads;
    if (known == null) {
      known = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
          .keySet().stream().filter(info -> info.getConsumesCondition().getConsumableMediaTypes().stream()
              .anyMatch(MediaType.MULTIPART_FORM_DATA::equalsTypeAndSubtype)).toList();
      uploads = known;
    }
    boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
    if (!parsed) {
      ServletRequestPathUtils.parseAndCache(request);
    }
    try {
      return known.stream().anyMatch(info -> info.getMatchingCondition(request) != null);
    } finally {
      if (!parsed) {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String code, Object... args)
      throws IOException {
    String client = request.getRemoteAddr();
    log.warn("Refused a cross-site API write: {} {} from {} ({} {})", request.getMethod(), request.getRequestURI(),
        client, code, java.util.Arrays.toString(args));
    audit(request, code, client);
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(),
        problems.answer(request, HttpStatus.FORBIDDEN, List.of(), code, args).getBody());
  }

  private void audit(HttpServletRequest request, String code, String client) {
    try {
      if (context.getBean(RateLimits.class).tryAcquire("api-cross-site-audit", client, AUDITS_PER_HOUR,
          Duration.ofHours(1)).isEmpty()) {
        String origin = request.getHeader("Origin");
        String type = request.getContentType();
        context.getBean(AuditTrail.class).record("API_CROSS_SITE_REFUSED", "Request", request.getRequestURI(), null,
            Map.of("method", request.getMethod(), "rule", code, "client", client,
                "origin", origin == null ? "" : abbreviate(origin), "contentType", type == null ? "" : abbreviate(type)));
      }
    } catch (RuntimeException e) {
      // The refusal stands even when it cannot be written down.
      log.warn("Could not audit a refused API write: {}", e.toString());
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
