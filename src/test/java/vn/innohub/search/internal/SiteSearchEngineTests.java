package vn.innohub.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.IntegrationTest;
import vn.innohub.RandomWords;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.search.SiteSearch;
import vn.innohub.shared.cache.DataChanges;

/** The search engine under the site search: what is indexed, how hits are counted and ranked. */
@IntegrationTest
class SiteSearchEngineTests {

  @Autowired EntityManager em;
  @Autowired jakarta.persistence.EntityManagerFactory emf;
  @Autowired javax.sql.DataSource dataSource;
  @Autowired SiteSearch siteSearch;
  @Autowired java.util.List<vn.innohub.shared.search.SearchKinds> kinds;
  @Autowired DataChanges changes;
  @Autowired PortalContent content;
  @Autowired TransactionTemplate tx;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  @Test
  void pastTheCountLimitTheTotalIsOnlyALowerBoundAndFacetsAreLeftUncounted() {
    // A word of letters only that no other test writes, so exactly these items hold it — identical ones, so that
    // once a page is full no later item can beat it and Lucene may skip the rest (postings come in blocks of 128).
    String word = "dem" + RandomWords.letters(5);
    int items = 400;
    tx.executeWithoutResult(s -> {
      for (int i = 1; i <= items; i++) {
        content.saveNews(null, 0, "Bản tin " + word + " số " + i, null, "Nội dung giống nhau.", null, true, admin);
      }
    });
    SiteSearch.Query query = new SiteSearch.Query("ban tin " + word, null, null, null, null, 0);

    SiteSearch.Result counted = new HibernateSiteSearch(emf, changes, kinds, Duration.ZERO, 1000).search(query);
    assertThat(counted.totalExact()).isTrue();
    assertThat(counted.total()).isEqualTo(items);
    assertThat(counted.hits()).hasSize(SiteSearch.PAGE_SIZE);
    assertThat(counted.kinds()).isEqualTo(Map.of("NEWS", (long) items));

    SiteSearch.Result bounded = new HibernateSiteSearch(emf, changes, kinds, Duration.ZERO, 30).search(query);
    assertThat(bounded.totalExact()).isFalse();
    assertThat(bounded.total()).as("a lower bound").isBetween(30L, (long) items);
    assertThat(bounded.hits()).as("the page itself is complete").hasSize(SiteSearch.PAGE_SIZE);
    assertThat(bounded.kinds()).isEmpty();
  }

  @Test
  void searchingNeedsNoDatabaseConnection() throws Exception {
    String word = "pool" + RandomWords.letters(5);
    content.saveNews(null, 0, "Bản tin " + word, null, "Nội dung.", null, true, admin);
    var pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
    java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
    try {
      // Every connection of the pool checked out: a search that needed one would wait for the pool's timeout and
      // fail; results come from the index alone.
      for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
        held.add(pool.getConnection());
      }
      SiteSearch.Result found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> siteSearch.search(new SiteSearch.Query(word, null, null, null, null, 0)));
      assertThat(found.total()).isEqualTo(1);
      assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> siteSearch.suggest(word, 5)))
          .extracting(SiteSearch.Hit::title).containsExactly("Bản tin " + word);
    } finally {
      for (java.sql.Connection c : held) {
        c.close();
      }
    }
  }

  @Test
  void aSearchWaitingLongerThanTheQueueTimeoutIsToldTheEngineIsBusyAndTheNextOneRuns() throws Exception {
    var engine = new HibernateSiteSearch(emf, changes, kinds, Duration.ZERO, 1000, 1, Duration.ofMillis(200));
    var holding = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      var slow = executor.submit(() -> engine.inTurn(session -> {
        holding.countDown();
        try {
          return release.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
      assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      SiteSearch.Query query = new SiteSearch.Query("khoi nghiep", null, null, null, null, 0);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.search(query))
          .isInstanceOfSatisfying(vn.innohub.shared.DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.code()).isEqualTo("search.busy");
          });
      release.countDown();
      assertThat(slow.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(engine.search(query).hits()).as("the slot is free again").isNotNull();
    } finally {
      release.countDown();
      executor.shutdownNow();
    }
  }

  @Test
  void titleWordsWeighMoreThanTheSameWordsInTheText() {
    String word = "tieu" + RandomWords.letters(5);
    content.saveNews(null, 0, "Tin về hợp tác xã", null, "Bài viết có nhắc tới " + word + " ở cuối.", null, true, admin);
    var titled = content.saveNews(null, 0, "Mô hình " + word, null, "Bài viết về hợp tác xã.", null, true, admin);
    SiteSearch.Result found = new HibernateSiteSearch(emf, changes, kinds, Duration.ZERO, 1000)
        .search(new SiteSearch.Query(word, null, null, null, null, 0));
    assertThat(found.hits()).hasSize(2);
    assertThat(found.hits().get(0).url()).isEqualTo("/tin-tuc/" + titled.getSlug());
  }

  @Test
  void onlyPublishedItemsAreIndexedAndAnUnpublishedOneLeavesTheIndex() {
    String word = "an" + RandomWords.letters(6);
    var news = content.saveNews(null, 0, "Thông báo " + word, null, "Nội dung.", null, true, admin);
    var draft = content.saveNews(null, 0, "Bản nháp " + word, null, "Nội dung.", null, false, admin);
    assertThat(documents(word)).isEqualTo(1);
    content.saveNews(news.getId(), news.getVersion(), "Thông báo " + word, null, "Nội dung.", null, false, admin);
    assertThat(documents(word)).as("unpublished: gone from the index, not just filtered out").isZero();
    content.saveNews(draft.getId(), draft.getVersion(), "Bản nháp " + word, null, "Nội dung.", null, true, admin);
    assertThat(documents(word)).isEqualTo(1);
  }

  /** Documents in the index holding the word, published or not: the search engine's own count, no filter. */
  private long documents(String word) {
    return tx.execute(s -> org.hibernate.search.mapper.orm.Search.session(em).search(Object.class)
        .where(f -> f.match().field("words").matching(word)).fetchTotalHitCount());
  }
}
