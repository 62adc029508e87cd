package vn.innohub.portal.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.audit.AuditTrail;

/** Security events of event registration, written in their own transaction so that the refusal's rollback keeps them. */
@Component
class RegistrationSecurityEvents {

  private final AuditTrail trail;

  RegistrationSecurityEvents(AuditTrail trail) {
    this.trail = trail;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void throttled(String bucket, long eventId, int max, Duration window) {
    trail.record("REGISTRATION_THROTTLED", "PortalEvent", String.valueOf(eventId), null,
        Map.of("limit", bucket, "max", max, "window", window.toString()));
  }
}
