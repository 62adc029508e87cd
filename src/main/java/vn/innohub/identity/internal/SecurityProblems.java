package vn.innohub.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.innohub.shared.web.Problems;

/** How the stateless chains answer a missing sign-in, a refusal and a throttled client: problem+json in the caller's language. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration
class SecurityProblems {

  @Bean
  AuthenticationEntryPoint problemEntryPoint(Problems problems, ObjectMapper json) {
    return (request, response, e) -> {
      serverFailure(e);
      response.setHeader("WWW-Authenticate", "Basic realm=\"InnoHub\", Bearer");
      write(response, json, problems.answer(request, HttpStatus.UNAUTHORIZED, List.of(),
          "error.unauthenticated").getBody(), HttpStatus.UNAUTHORIZED);
    };
  }

  @Bean
  AccessDeniedHandler problemAccessDenied(Problems problems, ObjectMapper json) {
    return (request, response, e) -> write(response, json, problems.answer(request,
        HttpStatus.FORBIDDEN, List.of(), "error.forbidden").getBody(), HttpStatus.FORBIDDEN);
  }

  /** A throttled HTTP Basic request: 429 problem+json naming the wait (Retry-After is set by the filter). */
  @Bean
  LoginThrottleFilter.ApiAnswer throttledApiAnswer(Problems problems, ObjectMapper json) {
    return (request, response, seconds) -> write(response, json, problems.answer(request,
        HttpStatus.TOO_MANY_REQUESTS, List.of(), "identity.login.throttled", seconds).getBody(),
        HttpStatus.TOO_MANY_REQUESTS);
  }

  /**
   * A sign-in that failed because the server did (the account store unreachable, a bug) is not a wrong password:
   * it goes on as the failure it is, answered by FailureGuard with 503 (database away) or 500 and an incident id.
   */
  static void serverFailure(org.springframework.security.core.AuthenticationException e)
      throws jakarta.servlet.ServletException {
    if (e instanceof AuthenticationServiceException) {
      throw new jakarta.servlet.ServletException("Authentication could not be carried out", e);
    }
  }

  private static void write(HttpServletResponse response, ObjectMapper json, Object body, HttpStatus status)
      throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }
}
