package vn.innohub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Builds RFC 7807 problem+json answers carrying the message in Vietnamese and in English. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
public class Problems {

  public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

  private final Messages messages;
  private final LocaleResolver locales;
  private final long retryAfterSeconds;

  public Problems(Messages messages, LocaleResolver locales,
      @org.springframework.beans.factory.annotation.Value("${innohub.web.busy-retry-after:5}") long retryAfterSeconds) {
    this.messages = messages;
    this.locales = locales;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds a client is asked to wait (Retry-After) when a 503 says the system is busy or the database away. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * The answer to {@code request}, worded in the caller's language (cookie or Accept-Language; Vietnamese by
   * default) — also from security filters, which run before Spring MVC sets the request's locale.
   */
  public ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatusCode status, List<String> items,
      String code, Object... args) {
    Locale locale = locales.resolveLocale(request);
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = original == null ? request.getRequestURI() : original.toString();
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(messages.get(locale, "problem.title." + status.value()));
    problem.setDetail(messages.get(locale, code, args));
    problem.setInstance(URI.create(path));
    Map<String, String> both = new LinkedHashMap<>();
    both.put("vi", messages.get(Messages.VI, code, args));
    both.put("en", messages.get(Messages.EN, code, args));
    problem.setProperty("messages", both);
    problem.setProperty("code", code);
    if (!items.isEmpty()) {
      problem.setProperty("errors", items);
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(PROBLEM_JSON);
    if (status.is5xxServerError()) {
      // Every 5xx names its incident; a caller that had the exception has logged it already (Incidents.record).
      String incident = Incidents.record(request, null, status, null);
      problem.setProperty("incident", incident);
      answer.header(Incidents.HEADER, incident);
      if (status.value() == 503) {
        answer.header("Retry-After", Long.toString(retryAfterSeconds));
      }
    }
    return answer.body(problem);
  }
}
