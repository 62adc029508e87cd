package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/** Which failures mean "the database is away or too slow, try again" (503) and which are a 500. */
class IncidentsTest {

  static Stream<Arguments> failures() {
    SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 3001ms.");
    return Stream.of(
        Arguments.of("the pool had no connection in time", new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction", poolTimeout), 503),
        Arguments.of("Spring JDBC could not get a connection", new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection", poolTimeout), 503),
        Arguments.of("Hibernate's broken connection", new org.hibernate.exception.JDBCConnectionException(
            "could not execute", new SQLException("I/O error", "08006")), 503),
        Arguments.of("PostgreSQL shutting down (57P01) under a wrapper", new RuntimeException(
            new SQLException("terminating connection due to administrator command", "57P01")), 503),
        Arguments.of("connection refused deep in the chain", new IllegalStateException(
            new RuntimeException(new ConnectException("Connection refused"))), 503),
        Arguments.of("H2 'database closed' (non-transient connection)", new RuntimeException(
            new SQLNonTransientConnectionException("Database is already closed", "90121")), 503),
        Arguments.of("transaction timeout", new TransactionTimedOutException("deadline passed"), 503),
        Arguments.of("lock wait timeout", new CannotAcquireLockException("lock timeout"), 503),
        Arguments.of("a bug", new IllegalStateException("a bug"), 500),
        Arguments.of("a constraint (not transient)", new DataIntegrityViolationException("duplicate",
            new SQLException("duplicate key", "23505")), 500),
        Arguments.of("a stale edit", new OptimisticLockingFailureException("stale"), 500),
        Arguments.of("a syntax error", new SQLException("syntax", "42601"), 500));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("failures")
  void theDatabaseBeingAwayOrTooSlowIsA503AndEverythingElseA500(String what, Throwable failure, int status) {
    assertThat(Incidents.statusOf(failure).value()).as(what).isEqualTo(status);
  }

  @Test
  void oneRequestKeepsOneIncidentIdAcrossItsHandling() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
    MockHttpServletResponse response = new MockHttpServletResponse();
    String first = Incidents.record(request, response, HttpStatus.INTERNAL_SERVER_ERROR, new IllegalStateException());
    String again = Incidents.record(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null);
    assertThat(first).matches("[0-9a-f]{12}").isEqualTo(again).isEqualTo(Incidents.id(request));
    assertThat(response.getHeader(Incidents.HEADER)).isEqualTo(first);
    assertThat(Incidents.id(new MockHttpServletRequest())).isNotEqualTo(first);
  }
}
