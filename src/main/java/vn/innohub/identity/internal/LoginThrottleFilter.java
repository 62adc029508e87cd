package vn.innohub.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a password login from a client address that must wait (see {@link LoginThrottle}) with 429 and Retry-After
 * before the password is even checked: the sign-in form (POST /login) on the web chain, HTTP Basic on the API and
 * actuator chains. Unknown and known usernames are treated alike.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  /** Request attribute read by the throttled sign-in page: seconds to wait. */
  static final String RETRY_AFTER = "innohub.loginRetryAfter";

  /** How a throttled API request is answered (problem+json), given the seconds to wait. */
  interface ApiAnswer {
    void write(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException;
  }

  private final LoginThrottle throttle;
  private final ApiAnswer api;

  /** For the web chain's sign-in form. */
  LoginThrottleFilter(LoginThrottle throttle) {
    this(throttle, null);
  }

  /** For HTTP Basic on the API chains. */
  LoginThrottleFilter(LoginThrottle throttle, ApiAnswer api) {
    this.throttle = throttle;
    this.api = api;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = api == null ? formUsername(request) : basicUsername(request);
    if (username == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.wait(address, username);
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = LoginThrottle.seconds(wait.get());
    throttle.refused(address, username, wait.get());
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    if (api != null) {
      api.write(request, response, seconds);
      return;
    }
    request.setAttribute(RETRY_AFTER, seconds);
    request.getRequestDispatcher("/login/throttled").forward(request, response);
  }

  private static String formUsername(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equals(request.getMethod()) || !"/login".equals(path)) {
      return null;
    }
    String username = request.getParameter("username");
    return username == null ? "" : username;
  }

  private static String basicUsername(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return "";
    }
  }
}
