package vn.innohub.shared.cache;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * A counter raised after every committed insert, update or delete of an entity on this node. Read caches use it to
 * drop what they hold as soon as anything was written here; writes on other nodes reach them when their entries age
 * out (see {@link FreshCache}).
 */
@Component
public class DataChanges {

  private final AtomicLong version = new AtomicLong();
  private final java.time.Duration crossNodeDelay;

  DataChanges(EntityManagerFactory entityManagerFactory,
      @org.springframework.beans.factory.annotation.Value("${innohub.cache.cross-node-delay:PT1S}")
      java.time.Duration crossNodeDelay) {
    this.crossNodeDelay = crossNodeDelay;
    Listener listener = new Listener();
    EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
        .requireService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
    registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
    registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
  }

  /** A cache whose entries live until a write on this node, or for the configured cross-node delay at most. */
  public <K, V> FreshCache<K, V> cache(int maxEntries) {
    return new FreshCache<>(this, crossNodeDelay, maxEntries);
  }

  /** A cache whose entries live until a write on this node, or for {@code maxAge} at most. */
  public <K, V> FreshCache<K, V> cache(int maxEntries, java.time.Duration maxAge) {
    return new FreshCache<>(this, maxAge, maxEntries);
  }

  /** As {@link #cache(int, java.time.Duration)}, keeping a value only once its key is asked for a second time. */
  public <K, V> FreshCache<K, V> cacheOfRepeats(int maxEntries, java.time.Duration maxAge) {
    return new FreshCache<>(this, maxAge, maxEntries, true);
  }

  /** Changes whenever something was written on this node since the last read. */
  public long version() {
    return version.get();
  }

  /** For writes that do not go through an entity (plain SQL). */
  public void touch() {
    version.incrementAndGet();
  }

  private final class Listener
      implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    @Override
    public void onPostInsert(PostInsertEvent event) {
      touch();
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
      touch();
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
      touch();
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
      // nothing was written
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
      // nothing was written
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
      // nothing was written
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
      return true;
    }
  }
}
