package vn.innohub.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.innohub.shared.audit.SecurityEvent;

/**
 * Ends a user's sessions when their account changes (disabled, roles, units, password): deletes them from the shared
 * session store, found by principal name (Spring Session's index, so sessions on every node go at once), and leaves a
 * tombstone so that the next request with the old cookie is told why. Also stamps each session with the instant of its
 * sign-in, which the absolute session lifetime and {@link UserAccount#endSessionsBefore} are measured against.
 */
@Component
public class SessionTermination {

  /** Session attribute: when the session signed in (epoch milliseconds of the injected clock). */
  static final String AUTHENTICATED_AT = "innohub.authenticatedAt";
  private static final Duration TOMBSTONE_LIFE = Duration.ofDays(1);

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
    this.sessions = sessions;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.events = events;
    this.clock = clock;
  }

  /**
   * Ends every session of the username except {@code keepSessionId} (null: all), once the current transaction has
   * committed (at once when there is none), so the account's new state is what the next sign-in reads.
   */
  public void endSessions(String username, String keepSessionId, String reason) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          ownTransaction.executeWithoutResult(s -> end(username, keepSessionId, reason));
        }
      });
    } else {
      ownTransaction.executeWithoutResult(s -> end(username, keepSessionId, reason));
    }
  }

  private void end(String username, String keepSessionId, String reason) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return;
    }
    Instant now = clock.instant();
    jdbc.update("DELETE FROM ended_session WHERE ended_at < ?", Timestamp.from(now.minus(TOMBSTONE_LIFE)));
    int ended = 0;
    for (String id : repository.findByPrincipalName(username).keySet()) {
      if (id.equals(keepSessionId)) {
        continue;
      }
      jdbc.update("DELETE FROM ended_session WHERE id_hash = ?", ApiTokens.hash(id));
      jdbc.update("INSERT INTO ended_session (id_hash, reason, ended_at) VALUES (?, ?, ?)", ApiTokens.hash(id), reason,
          Timestamp.from(now));
      repository.deleteById(id);
      ended++;
    }
    events.publishEvent(new SecurityEvent("SESSIONS_ENDED", "User", username,
        Map.of("reason", reason, "sessions", ended, "keptCurrent", keepSessionId != null)));
  }

  /** Why the session with this id was ended, if it was ended by an account change (asked once: it is forgotten). */
  Optional<String> takeTombstone(String sessionId) {
    String hash = ApiTokens.hash(sessionId);
    Optional<String> reason = jdbc.query("SELECT reason FROM ended_session WHERE id_hash = ?",
        rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(), hash);
    if (reason.isPresent()) {
      jdbc.update("DELETE FROM ended_session WHERE id_hash = ?", hash);
    }
    return reason;
  }

  /** Every sign-in (form, SSO) stamps its session with the clock's instant. */
  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      markSignedIn(attributes.getRequest());
    }
  }

  /** Stamps the request's session as signed in now (also after the user's own password change). */
  public void markSignedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(AUTHENTICATED_AT, clock.millis());
    }
  }

  static Optional<Instant> signedInAt(HttpSession session) {
    return session.getAttribute(AUTHENTICATED_AT) instanceof Long at ? Optional.of(Instant.ofEpochMilli(at))
        : Optional.empty();
  }
}
