package vn.innohub.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers an upload over {@code spring.servlet.multipart}'s limits with 413 and a body saying so: problem+json for
 * the API, a Vietnamese page for browser forms. It runs before Spring Security: the multipart body is parsed here
 * (Tomcat keeps the parts for Spring MVC), because once Tomcat has refused the body every later reader of its
 * parameters — the CSRF filter, then the /error dispatch — fails again and the answer went out with no body at all.
 * Refusing changes nothing, so no CSRF token is needed to be told.
 */
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
public class UploadSizeLimit {

  private final Problems problems;
  private final Messages messages;
  private final LocaleResolver locales;
  private final ObjectMapper json;
  private final long maxFile;
  private final long maxRequest;

  public UploadSizeLimit(Problems problems, Messages messages, LocaleResolver locales, ObjectMapper json,
      @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile,
      @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxRequest) {
    this.problems = problems;
    this.messages = messages;
    this.locales = locales;
    this.json = json;
    this.maxFile = maxFile.toBytes();
    this.maxRequest = maxRequest.toBytes();
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimitFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("uploadSizeLimit");
    // after TrustedProxies (the client's address and scheme), before Spring Security (-100)
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  private final class Filter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String type = request.getContentType();
      if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
          && "POST".equalsIgnoreCase(request.getMethod()) && tooLarge(request)) {
        refuse(request, response);
        return;
      }
      chain.doFilter(request, response);
    }
  }

  /** Over the request limit by its declared length, or over a limit while Tomcat parses the parts. */
  private boolean tooLarge(HttpServletRequest request) {
    if (maxRequest >= 0 && request.getContentLengthLong() > maxRequest) {
      return true;
    }
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException e) {
      // Tomcat's FileUpload size exceptions arrive wrapped in an IllegalStateException
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || t.getClass().getSimpleName().contains("SizeException")) {
          return true;
        }
      }
      return false;
    } catch (IOException | ServletException | RuntimeException e) {
      // a malformed body is Spring MVC's to answer (400)
      return false;
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object[] args = {DataSize.ofBytes(maxFile).toMegabytes(), DataSize.ofBytes(maxRequest).toMegabytes()};
    response.reset();
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      ProblemDetail problem = problems.answer(request, HttpStatus.PAYLOAD_TOO_LARGE, List.of(), "error.tooLargeLimit",
          args).getBody();
      response.setContentType(Problems.PROBLEM_JSON.toString());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    Locale locale = locales.resolveLocale(request);
    String title = escape(messages.get(locale, "problem.title.413"));
    String detail = escape(messages.get(locale, "error.tooLargeLimit", args));
    String context = escape(request.getContextPath());
    String back = escape(request.getRequestURI());
    String page = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
        + " · InnoHub</title><link rel=\"stylesheet\" href=\"" + context + "/webjars/bootstrap/css/bootstrap.min.css\">"
        + "<link rel=\"stylesheet\" href=\"" + context + "/css/app.css\"></head><body><main id=\"main\" "
        + "class=\"container py-5\"><h1 class=\"h3\">" + title + "</h1><p class=\"lead\" role=\"alert\">" + detail
        + "</p><a class=\"btn btn-primary\" href=\"" + back + "\">"
        + escape(messages.get(locale, "error.tooLarge.back")) + "</a> <a class=\"btn btn-link\" href=\""
        + context + "/\">" + escape(messages.get(locale, "error.page.back")) + "</a></main></body></html>";
    response.setContentType("text/html;charset=UTF-8");
    response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
  }

  /** HTML special characters only: the page is UTF-8, Vietnamese letters stay as they are. */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }
}
