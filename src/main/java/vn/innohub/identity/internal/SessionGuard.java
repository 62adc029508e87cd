package vn.innohub.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every signed-in page request: the principal is checked against the account as it is now, so a change made by an
 * administrator takes effect on the user's next request, on any node —
 * <ul>
 *   <li>an account disabled or removed, or a session signed in before the account's sessions were ended (password,
 *   roles, units changed), ends the session and answers 403 with the reason ("phiên đã kết thúc");</li>
 *   <li>a session older than the absolute lifetime ({@code innohub.security.session-absolute-timeout}) ends and the
 *   user is sent to sign in again, however active it was;</li>
 *   <li>otherwise the request runs with the account's current roles and units;</li>
 *   <li>a request carrying the cookie of a session that an account change deleted is told so (once).</li>
 * </ul>
 */
final class SessionGuard extends OncePerRequestFilter {

  static final String ENDED_REASON = "innohub.sessionEndedReason";

  private final AccountStates states;
  private final SessionTermination termination;
  private final Duration absoluteTimeout;
  private final Clock clock;

  SessionGuard(AccountStates states, SessionTermination termination, Duration absoluteTimeout, Clock clock) {
    this.states = states;
    this.termination = termination;
    this.absoluteTimeout = absoluteTimeout;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
        || path.startsWith("/img/") || path.equals("/favicon.ico") || path.startsWith("/media/")
        || path.equals("/session-ended");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session == null && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
      Optional<String> reason = termination.takeTombstone(request.getRequestedSessionId());
      if (reason.isPresent()) {
        ended(request, response, reason.get());
        return;
      }
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    SignedInUser principal = auth == null ? null
        : auth.getPrincipal() instanceof SignedInUser s ? s
        : auth.getPrincipal() instanceof LocalOidcUser o ? o.local() : null;
    if (principal == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccountState> state = states.of(principal.id());
    if (state.isEmpty() || !state.get().enabled()) {
      end(session);
      ended(request, response, "disabled");
      return;
    }
    if (session != null) {
      Instant now = clock.instant();
      Optional<Instant> signedIn = SessionTermination.signedInAt(session);
      if (signedIn.isEmpty()) {
        termination.markSignedIn(request);
      } else {
        Instant validAfter = state.get().sessionsValidAfter();
        if (validAfter != null && signedIn.get().isBefore(validAfter)) {
          end(session);
          ended(request, response, "changed");
          return;
        }
        if (signedIn.get().plus(absoluteTimeout).isBefore(now)) {
          end(session);
          expired(request, response);
          return;
        }
      }
    }
    if (!principal.sameAs(state.get())) {
      SecurityContext fresh = SecurityContextHolder.createEmptyContext();
      fresh.setAuthentication(refreshed(auth, new SignedInUser(state.get())));
      SecurityContextHolder.setContext(fresh);
    }
    chain.doFilter(request, response);
  }

  private static Authentication refreshed(Authentication old, SignedInUser now) {
    if (old instanceof OAuth2AuthenticationToken oauth && oauth.getPrincipal() instanceof LocalOidcUser oidc) {
      LocalOidcUser user = new LocalOidcUser(oidc, now);
      return new OAuth2AuthenticationToken(user, user.getAuthorities(), oauth.getAuthorizedClientRegistrationId());
    }
    UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(now, null,
        now.getAuthorities());
    token.setDetails(old.getDetails());
    return token;
  }

  private static void end(HttpSession session) {
    SecurityContextHolder.clearContext();
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // ended meanwhile by another request
      }
    }
  }

  private static void ended(HttpServletRequest request, HttpServletResponse response, String reason)
      throws ServletException, IOException {
    SecurityContextHolder.clearContext();
    forgetCookie(request, response);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (request.getHeader("HX-Request") != null) {
      response.setHeader("HX-Redirect", request.getContextPath() + "/login?ended");
      return;
    }
    request.setAttribute(ENDED_REASON, reason);
    request.getRequestDispatcher("/session-ended").forward(request, response);
  }

  private static void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
    forgetCookie(request, response);
    if (request.getHeader("HX-Request") != null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/login?expired");
  }

  private static void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
    Cookie cookie = new Cookie("SESSION", "");
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/");
    cookie.setMaxAge(0);
    cookie.setHttpOnly(true);
    response.addCookie(cookie);
  }
}
