package vn.innohub.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Sessions live in the database so that any node can serve any request. Spring Session writes a session's last-access
 * time on every request, which made every page view a database write and commit; this records it only when it has
 * moved by more than {@code innohub.security.session-access-granularity} (default one minute), so a session may
 * expire up to that much earlier than its 8-hour timeout. Attribute changes (sign-in, CSRF token, saved requests) are
 * written as before.
 */
@Component
class SessionAccessThrottle implements BeanPostProcessor {

  private final Duration granularity;

  SessionAccessThrottle(@Value("${innohub.security.session-access-granularity:PT1M}") Duration granularity) {
    this.granularity = granularity;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof JdbcIndexedSessionRepository jdbc && !granularity.isZero()) {
      return new Repository((FindByIndexNameSessionRepository<Session>) (Object) jdbc, jdbc, granularity);
    }
    return bean;
  }

  /** Delegates to the JDBC repository, handing out sessions that only move their last-access time coarsely. */
  static final class Repository implements FindByIndexNameSessionRepository<ThrottledSession>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> delegate;
    private final DisposableBean lifecycle;
    private final Duration granularity;

    Repository(FindByIndexNameSessionRepository<Session> delegate, DisposableBean lifecycle, Duration granularity) {
      this.delegate = delegate;
      this.lifecycle = lifecycle;
      this.granularity = granularity;
    }

    @Override
    public ThrottledSession createSession() {
      return new ThrottledSession(delegate.createSession(), granularity);
    }

    @Override
    public void save(ThrottledSession session) {
      delegate.save(session.delegate);
    }

    @Override
    public ThrottledSession findById(String id) {
      Session found = delegate.findById(id);
      return found == null ? null : new ThrottledSession(found, granularity);
    }

    @Override
    public void deleteById(String id) {
      delegate.deleteById(id);
    }

    @Override
    public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
      Map<String, ThrottledSession> sessions = new LinkedHashMap<>();
      delegate.findByIndexNameAndIndexValue(indexName, indexValue)
          .forEach((id, s) -> sessions.put(id, new ThrottledSession(s, granularity)));
      return sessions;
    }

    @Override
    public void destroy() throws Exception {
      lifecycle.destroy();
    }
  }

  /** A session whose last-access time is only moved forward in steps of at least the granularity. */
  static final class ThrottledSession implements Session {

    private final Session delegate;
    private final Duration granularity;

    ThrottledSession(Session delegate, Duration granularity) {
      this.delegate = delegate;
      this.granularity = granularity;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (Duration.between(delegate.getLastAccessedTime(), lastAccessedTime).compareTo(granularity) >= 0) {
        delegate.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return delegate.getId();
    }

    @Override
    public String changeSessionId() {
      return delegate.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return delegate.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return delegate.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      delegate.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      delegate.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return delegate.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return delegate.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      delegate.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return delegate.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return delegate.isExpired();
    }
  }
}
