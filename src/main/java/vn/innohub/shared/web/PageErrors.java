package vn.innohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import vn.innohub.shared.DomainException;

/**
 * Failures in server-rendered pages become the friendly error page with the message in the user's
 * language; other failures go to Boot's error page, which never shows exception text or stack traces.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@ControllerAdvice(annotations = Controller.class)
public class PageErrors {

  private final Messages messages;
  private final Problems problems;

  public PageErrors(Messages messages, Problems problems) {
    this.messages = messages;
    this.problems = problems;
  }

  @ExceptionHandler(DomainException.class)
  ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
    ModelAndView view = page(e.status(), messages.of(e));
    if (e.status().is5xxServerError()) {
      view.addObject("incident", Incidents.record(request, response, e.status(), e));
    }
    return view;
  }

  /**
   * The database could not be reached in time (no pooled connection within the connection timeout, a broken
   * connection, a transaction timeout): 503 "busy, try again" with Retry-After, quickly, never a 500. Other
   * failures escape to {@link FailureGuard}, which answers them as an incident too.
   */
  @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
      org.springframework.dao.TransientDataAccessResourceException.class,
      org.springframework.dao.QueryTimeoutException.class,
      org.springframework.transaction.CannotCreateTransactionException.class,
      org.springframework.transaction.TransactionTimedOutException.class})
  ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
    String incident = Incidents.record(request, response, HttpStatus.SERVICE_UNAVAILABLE, e);
    response.setHeader("Retry-After", Long.toString(problems.retryAfterSeconds()));
    ModelAndView view = page(HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.busy", incident));
    view.addObject("incident", incident);
    return view;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge() {
    return page(HttpStatus.PAYLOAD_TOO_LARGE, messages.get("error.tooLarge"));
  }

  @ExceptionHandler(MultipartException.class)
  ModelAndView notMultipart() {
    return page(HttpStatus.BAD_REQUEST, messages.get("upload.empty"));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ModelAndView stale() {
    return page(HttpStatus.CONFLICT, messages.get("error.staleEdit"));
  }

  /** A value longer than its column that the form did not check: 400 with a message, not a 500 (issue 15). */
  @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
  ModelAndView integrity(org.springframework.dao.DataIntegrityViolationException e) {
    return ApiErrors.tooLong(e) ? page(HttpStatus.BAD_REQUEST, messages.get("error.tooLong"))
        : page(HttpStatus.CONFLICT, messages.get("error.integrity"));
  }

  private ModelAndView page(HttpStatus status, String message) {
    ModelAndView view = new ModelAndView("error");
    view.setStatus(status);
    view.addObject("status", status.value());
    view.addObject("detail", message);
    return view;
  }
}
