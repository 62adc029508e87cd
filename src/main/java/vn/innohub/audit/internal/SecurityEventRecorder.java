package vn.innohub.audit.internal;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.innohub.audit.AuditTrail;

/** Logins, logouts and failed logins go into the same chain as data changes. */
@Component
class SecurityEventRecorder {

  private final AuditTrail trail;

  SecurityEventRecorder(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    trail.record("LOGIN", "User", event.getAuthentication().getName(), null, null);
  }

  @EventListener
  void loggedOut(LogoutSuccessEvent event) {
    trail.record("LOGOUT", "User", event.getAuthentication().getName(), null, null);
  }

  /** Throttles, locks, sessions ended by an account change, votes voided: recorded in the caller's transaction. */
  @EventListener
  void security(vn.innohub.shared.audit.SecurityEvent event) {
    trail.record(event.action(), event.entityType(), event.entityId(), null, event.details());
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String reason = event.getException().getClass().getSimpleName();
    trail.record("LOGIN_FAILED", "User", String.valueOf(event.getAuthentication().getName()), null,
        Map.of("reason", reason));
  }
}
