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

  public Problems(Messages messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
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
    return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
  }
}
