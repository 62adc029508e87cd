package vn.innohub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Sự cố: a failure answered 5xx. Each gets an id that the answer shows (page, problem+json, header
 * {@value #HEADER}) and that its one log line carries, in the text ({@code incident=…}) and in the MDC key
 * {@value #MDC_KEY} for structured logs, so an operator can find the line from what a user reports.
 */
public final class Incidents {

  public static final String HEADER = "X-Incident-Id";
  public static final String MDC_KEY = "incident";
  /** The logger of every incident line: one place to watch and to grep. */
  public static final String LOGGER = "vn.innohub.incident";

  private static final String ID = Incidents.class.getName() + ".id";
  private static final String LOGGED = Incidents.class.getName() + ".logged";
  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  private Incidents() {
  }

  /** The request's incident id, the same for every part of its handling (error dispatches included). */
  public static String id(HttpServletRequest request) {
    Object id = request.getAttribute(ID);
    if (id == null) {
      id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      request.setAttribute(ID, id);
    }
    return id.toString();
  }

  /**
   * Records a 5xx answer once per request: the id in the answer's header and one log line (WARN without stack
   * trace when the database is unavailable or the server busy, ERROR with it otherwise). Returns the id.
   */
  public static String record(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
      Throwable error) {
    String id = id(request);
    if (response != null && !response.isCommitted()) {
      response.setHeader(HEADER, id);
    }
    if (request.getAttribute(LOGGED) != null) {
      return id;
    }
    request.setAttribute(LOGGED, Boolean.TRUE);
    Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    String path = original == null ? request.getRequestURI() : original.toString();
    try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
      if (error == null) {
        log.warn("incident={} status={} {} {}", id, status.value(), request.getMethod(), path);
      } else if (databaseUnavailable(error) || status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
        log.warn("incident={} status={} {} {}: {}", id, status.value(), request.getMethod(), path, summary(error));
      } else {
        log.error("incident={} status={} {} {}: {}", id, status.value(), request.getMethod(), path, summary(error),
            error);
      }
    }
    return id;
  }

  /**
   * Whether {@code error} means the database could not be reached or did not answer in time (no connection from the
   * pool, a broken connection, a transaction, query or lock-wait timeout, a deadlock): the request may succeed a
   * little later, so it is answered 503 "busy, try again".
   */
  public static boolean databaseUnavailable(Throwable error) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
          || t instanceof TransactionTimedOutException || t instanceof TransientDataAccessResourceException
          || t instanceof QueryTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException
          || t instanceof org.springframework.dao.PessimisticLockingFailureException
          || t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof java.sql.SQLTimeoutException || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          // 08: connection exception; 57P01-03: PostgreSQL shutting down or not accepting connections yet.
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }

  /** The status a failure is answered with: 503 when the database is unavailable, else 500. */
  public static HttpStatus statusOf(Throwable error) {
    return databaseUnavailable(error) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /** The message code shown for a 5xx: "busy, try again" for 503, "unexpected error" otherwise. */
  public static String messageCode(HttpStatusCode status) {
    return status.value() == 503 ? "error.busy" : "error.unexpected";
  }

  /** The exception's chain in one line, "Outer: message <- Cause: message <- ...", for the incident's log line. */
  private static String summary(Throwable error) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = error; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (depth > 0) {
        text.append(" <- ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
    }
    return text.length() > 1000 ? text.substring(0, 1000) + "…" : text.toString();
  }

}
