package vn.innohub.shared.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A small read cache for values read on every page view (a plan's data version, a user's unread count, search
 * results): an entry is used while nothing was written on this node since it was read ({@link DataChanges}) and it is
 * younger than {@code maxAge}, which bounds how long a write made on another node can go unseen. When an entry is only
 * too old, one caller reads it again while the others keep using the old value for that moment (no stampede); after
 * a write on this node everyone reads afresh. Cleared when it grows past {@code maxEntries}.
 *
 * <p>A cache made with {@code keepRepeatsOnly} keeps a value only the second time its key is asked for (within the
 * last few thousand keys), as a cache's "doorkeeper" does: where most keys are asked for once (searches typed once),
 * they no longer fill the cache, which the garbage collector would copy on every young collection.
 */
public final class FreshCache<K, V> {

  private record Entry<V>(V value, long changes, long readAt, AtomicBoolean refreshing) {}

  private final DataChanges changes;
  private final long maxAgeNanos;
  private final int maxEntries;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<K, Boolean> seen;

  public FreshCache(DataChanges changes, Duration maxAge, int maxEntries) {
    this(changes, maxAge, maxEntries, false);
  }

  public FreshCache(DataChanges changes, Duration maxAge, int maxEntries, boolean keepRepeatsOnly) {
    this.changes = changes;
    this.maxAgeNanos = maxAge.toNanos();
    this.maxEntries = maxEntries;
    this.seen = keepRepeatsOnly ? new ConcurrentHashMap<>() : null;
  }

  public V get(K key, Function<K, V> loader) {
    long now = System.nanoTime();
    long version = changes.version();
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.changes() == version) {
      if (now - entry.readAt() < maxAgeNanos || !entry.refreshing().compareAndSet(false, true)) {
        return entry.value();
      }
    }
    V value = loader.apply(key);
    if (seen != null && entry == null && seen.put(key, Boolean.TRUE) == null) {
      if (seen.size() > 4 * maxEntries) {
        seen.clear();
      }
      return value;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    // The version was read before loading: a write committed meanwhile makes this entry stale at once.
    entries.put(key, new Entry<>(value, version, now, new AtomicBoolean()));
    return value;
  }
}
