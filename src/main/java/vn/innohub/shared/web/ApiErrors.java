package vn.innohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.innohub.shared.DomainException;

/** Turns every failure in a JSON API controller into problem+json; a stack trace never leaves the server. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

  private final Problems problems;

  public ApiErrors(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    if (e.status().is5xxServerError()) {
      Incidents.record(request, response, e.status(), e);
    }
    return problems.answer(request, e.status(), e.items(), e.code(), e.args());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<String> items = e.getBindingResult().getFieldErrors().stream()
        .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
    return problems.answer(request, HttpStatus.BAD_REQUEST, items, "error.validation");
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, HttpServletRequest request) {
    List<String> items = e.getConstraintViolations().stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    return problems.answer(request, HttpStatus.BAD_REQUEST, items, "error.validation");
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.BAD_REQUEST, List.of(), "error.malformed");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of(), "error.mediaType");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.METHOD_NOT_ALLOWED, List.of(), "error.method");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.PAYLOAD_TOO_LARGE, List.of(), "error.tooLarge");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> notMultipart(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.BAD_REQUEST, List.of(), "upload.empty");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> stale(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.CONFLICT, List.of(), "error.staleEdit");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(Exception e, HttpServletRequest request) {
    if (tooLong(e)) {
      return problems.answer(request, HttpStatus.BAD_REQUEST, List.of(), "error.tooLong");
    }
    return problems.answer(request, HttpStatus.CONFLICT, List.of(), "error.integrity");
  }

  /**
   * Whether the database refused a value longer than its column (H2 "Value too long", PostgreSQL "value too long"):
   * the fallback for a field a form did not check itself, answered 400 rather than 409 or 500.
   */
  static boolean tooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("value too long")) {
        return true;
      }
    }
    return false;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.FORBIDDEN, List.of(), "error.forbidden");
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(Exception e, HttpServletRequest request) {
    return problems.answer(request, HttpStatus.UNAUTHORIZED, List.of(), "error.unauthenticated");
  }

  /**
   * Anything else: 503 "busy, try again" (with Retry-After) when the database could not be reached in time, else
   * 500; both name the incident whose log line carries the exception.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    HttpStatus status = Incidents.statusOf(e);
    String incident = Incidents.record(request, response, status, e);
    return problems.answer(request, status, List.of(), Incidents.messageCode(status), incident);
  }
}
