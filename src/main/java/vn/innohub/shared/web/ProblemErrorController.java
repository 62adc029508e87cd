package vn.innohub.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside controllers (unknown URLs, oversized requests, filters) reach /error:
 * browsers get the friendly page, API clients get problem+json. Never a stack trace.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends BasicErrorController {

  private final Problems problems;
  private final Messages messages;
  private final ErrorAttributes errorAttributes;

  public ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties serverProperties,
      List<ErrorViewResolver> resolvers, Problems problems, Messages messages) {
    super(errorAttributes, serverProperties.getError(), resolvers);
    this.problems = problems;
    this.messages = messages;
    this.errorAttributes = errorAttributes;
  }

  /**
   * The friendly page; a 5xx (a servlet's sendError, an exception Tomcat forwarded here) names its incident, and
   * one whose cause is the database being away is answered 503 "busy, try again".
   */
  @Override
  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = status(request);
    Map<String, Object> model = new HashMap<>();
    model.put("status", status.value());
    if (status.is5xxServerError()) {
      String incident = Incidents.record(request, response, status, failure(request));
      model.put("incident", incident);
      model.put("detail", messages.get(Incidents.messageCode(status), incident));
      if (status == HttpStatus.SERVICE_UNAVAILABLE) {
        response.setHeader("Retry-After", Long.toString(problems.retryAfterSeconds()));
      }
    }
    response.setStatus(status.value());
    return new ModelAndView("error", model, status);
  }

  @Override
  @RequestMapping
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = status(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    if (status.is5xxServerError()) {
      String incident = Incidents.record(request, null, status, failure(request));
      ResponseEntity<ProblemDetail> answer = problems.answer(request, status, List.of(),
          Incidents.messageCode(status), incident);
      return (ResponseEntity) answer;
    }
    String code = switch (status.value()) {
      case 400 -> "error.malformed";
      case 401 -> "error.unauthenticated";
      case 403 -> "error.forbidden";
      case 404 -> "error.noSuchPage";
      case 405 -> "error.method";
      case 413 -> "error.tooLarge";
      case 415 -> "error.mediaType";
      default -> status.is4xxClientError() ? "error.malformed" : "error.unexpected";
    };
    ResponseEntity<ProblemDetail> answer = problems.answer(request, status, List.of(), code, "-");
    return (ResponseEntity) answer;
  }

  /** The status to answer: a 500 caused by the database being away becomes 503. */
  private HttpStatus status(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    Throwable error = failure(request);
    return status == HttpStatus.INTERNAL_SERVER_ERROR && error != null && Incidents.databaseUnavailable(error)
        ? HttpStatus.SERVICE_UNAVAILABLE : status;
  }

  private Throwable failure(HttpServletRequest request) {
    Throwable error = errorAttributes.getError(new ServletWebRequest(request));
    if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
      error = t;
    }
    return error;
  }
}
