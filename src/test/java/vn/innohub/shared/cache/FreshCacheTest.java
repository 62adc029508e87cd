package vn.innohub.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class FreshCacheTest {

  private final DataChanges changes = Mockito.mock(DataChanges.class);
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String key) {
    return key + "#" + loads.incrementAndGet();
  }

  @Test
  void keepsAValueUntilSomethingIsWrittenOnThisNode() {
    FreshCache<String, String> cache = new FreshCache<>(changes, Duration.ofHours(1), 10);
    Mockito.when(changes.version()).thenReturn(7L);
    assertThat(cache.get("a", this::load)).isEqualTo("a#1");
    assertThat(cache.get("a", this::load)).isEqualTo("a#1");
    assertThat(cache.get("b", this::load)).isEqualTo("b#2");
    Mockito.when(changes.version()).thenReturn(8L);
    assertThat(cache.get("a", this::load)).isEqualTo("a#3");
    assertThat(cache.get("a", this::load)).isEqualTo("a#3");
  }

  @Test
  void readsAgainOnceTheCrossNodeDelayHasPassed() throws InterruptedException {
    FreshCache<String, String> cache = new FreshCache<>(changes, Duration.ofMillis(30), 10);
    assertThat(cache.get("a", this::load)).isEqualTo("a#1");
    Thread.sleep(60);
    assertThat(cache.get("a", this::load)).isEqualTo("a#2");
  }

  @Test
  void whileOneCallerRefreshesAnOldEntryTheOthersKeepTheOldValue() throws Exception {
    FreshCache<String, String> cache = new FreshCache<>(changes, Duration.ofMillis(20), 10);
    assertThat(cache.get("a", this::load)).isEqualTo("a#1");
    Thread.sleep(40);
    java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread refresher = new Thread(() -> cache.get("a", k -> {
      loading.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return load(k);
    }));
    refresher.start();
    loading.await();
    assertThat(cache.get("a", this::load)).as("served the old value, no second load").isEqualTo("a#1");
    release.countDown();
    refresher.join();
    assertThat(cache.get("a", this::load)).isEqualTo("a#2");
  }

  @Test
  void startsAfreshWhenFull() {
    FreshCache<Integer, String> cache = new FreshCache<>(changes, Duration.ofHours(1), 2);
    cache.get(1, k -> "one" + loads.incrementAndGet());
    cache.get(2, k -> "two" + loads.incrementAndGet());
    cache.get(3, k -> "three" + loads.incrementAndGet());
    assertThat(cache.get(1, k -> "one" + loads.incrementAndGet())).isEqualTo("one4");
  }

  @Test
  void aCacheOfRepeatsKeepsAValueOnlyFromItsKeysSecondRequest() {
    FreshCache<String, String> cache = new FreshCache<>(changes, Duration.ofHours(1), 10, true);
    Mockito.when(changes.version()).thenReturn(1L);
    assertThat(cache.get("once", this::load)).isEqualTo("once#1");
    assertThat(cache.get("twice", this::load)).isEqualTo("twice#2");
    assertThat(cache.get("twice", this::load)).as("asked again: loaded and now kept").isEqualTo("twice#3");
    assertThat(cache.get("twice", this::load)).isEqualTo("twice#3");
    assertThat(cache.get("twice", this::load)).isEqualTo("twice#3");
    Mockito.when(changes.version()).thenReturn(2L);
    assertThat(cache.get("twice", this::load)).as("a write: read afresh, and kept at once").isEqualTo("twice#4");
    assertThat(cache.get("twice", this::load)).isEqualTo("twice#4");
  }
}
