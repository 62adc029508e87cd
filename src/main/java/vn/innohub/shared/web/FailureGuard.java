package vn.innohub.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The last answer to a failure that escaped everything else — a filter (the session store, Spring Security, the
 * login throttle), a page controller, a view, an htmx fragment, or the error page itself: 503 "busy, try again"
 * with Retry-After when the database could not be reached in time, else 500, both with an incident id that the
 * log line carries. Outermost of all filters, so the answer needs no session, no security context and no database
 * (an error dispatch to /error would load the session from the very database that is away).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class FailureGuard {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> failureGuardFilter(Messages messages, Problems problems,
      LocaleResolver locales, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(messages, problems, locales, json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return registration;
  }

  static final class Filter extends OncePerRequestFilter {

    private final Messages messages;
    private final Problems problems;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    Filter(Messages messages, Problems problems, LocaleResolver locales, ObjectMapper json) {
      this.messages = messages;
      this.problems = problems;
      this.locales = locales;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
      return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      try {
        chain.doFilter(request, response);
      } catch (ServletException | IOException | RuntimeException e) {
        if (clientGone(e)) {
          throw e;
        }
        HttpStatus status = Incidents.statusOf(e);
        String incident = Incidents.record(request, response, status, e);
        if (response.isCommitted()) {
          throw e; // Half an answer is on its way; the log line has the incident.
        }
        answer(request, response, status, incident);
      }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String incident)
        throws IOException {
      response.resetBuffer();
      response.setStatus(status.value());
      response.setHeader(Incidents.HEADER, incident);
      response.setHeader("Cache-Control", "no-store");
      if (status == HttpStatus.SERVICE_UNAVAILABLE) {
        response.setHeader("Retry-After", Long.toString(problems.retryAfterSeconds()));
      }
      String code = Incidents.messageCode(status);
      if (wantsJson(request)) {
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(),
            problems.answer(request, status, List.of(), code, incident).getBody());
        return;
      }
      Locale locale = locale(request);
      String title = HtmlUtils.htmlEscape(messages.get(locale, "problem.title." + status.value()), "UTF-8");
      String detail = HtmlUtils.htmlEscape(messages.get(locale, code, incident), "UTF-8");
      response.setContentType("text/html;charset=UTF-8");
      String body;
      if ("true".equals(request.getHeader("HX-Request"))) {
        // An htmx fragment: something the page can swap in where the fragment would have gone.
        body = "<div class=\"alert alert-danger\" role=\"alert\" data-incident=\"" + incident + "\">" + detail
            + "</div>";
      } else {
        String home = HtmlUtils.htmlEscape(messages.get(locale, "error.page.back"), "UTF-8");
        String context = request.getContextPath();
        body = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
            + " · InnoHub</title><link rel=\"stylesheet\" href=\"" + context + "/webjars/bootstrap/css/bootstrap.min.css\">"
            + "</head><body><main id=\"main\" class=\"container py-5\"><h1 class=\"h3\">" + title + "</h1>"
            + "<p class=\"lead\" data-incident=\"" + incident + "\">" + detail + "</p><a class=\"btn btn-primary\" href=\""
            + context + "/\">" + home + "</a></main></body></html>\n";
      }
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private Locale locale(HttpServletRequest request) {
      try {
        return locales.resolveLocale(request);
      } catch (RuntimeException e) {
        return Messages.VI;
      }
    }

    private static boolean wantsJson(HttpServletRequest request) {
      Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
      String path = (original == null ? request.getRequestURI() : original.toString())
          .substring(request.getContextPath().length());
      if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
        return true;
      }
      String accept = request.getHeader("Accept");
      return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** The client closed the connection: nothing to answer and no incident. */
    private static boolean clientGone(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        String name = t.getClass().getSimpleName();
        if (name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")) {
          return true;
        }
      }
      return false;
    }
  }
}
