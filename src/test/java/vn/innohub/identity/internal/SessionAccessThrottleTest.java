package vn.innohub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class SessionAccessThrottleTest {

  @Test
  void theLastAccessTimeMovesOnlyInStepsOfTheGranularity() {
    MapSession stored = new MapSession();
    Instant t0 = Instant.parse("2026-11-23T02:00:00Z");
    stored.setLastAccessedTime(t0);
    var session = new SessionAccessThrottle.ThrottledSession(stored, Duration.ofMinutes(1));
    session.setLastAccessedTime(t0.plusSeconds(59));
    assertThat(stored.getLastAccessedTime()).isEqualTo(t0);
    session.setLastAccessedTime(t0.plusSeconds(60));
    assertThat(stored.getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));
    session.setLastAccessedTime(t0.plusSeconds(100));
    assertThat(stored.getLastAccessedTime()).isEqualTo(t0.plusSeconds(60));
    // Everything else reaches the stored session unchanged.
    session.setAttribute("k", "v");
    assertThat((String) stored.getAttribute("k")).isEqualTo("v");
  }
}
