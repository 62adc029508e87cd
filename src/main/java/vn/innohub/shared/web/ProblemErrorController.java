package vn.innohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside controllers (unknown URLs, oversized requests, filters) reach /error:
 * browsers get the friendly page, API clients get problem+json. Never a stack trace.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends BasicErrorController {

  private final Problems problems;

  public ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties serverProperties,
      List<ErrorViewResolver> resolvers, Problems problems) {
    super(errorAttributes, serverProperties.getError(), resolvers);
    this.problems = problems;
  }

  @Override
  @RequestMapping
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
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
}
