package vn.innohub.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import vn.innohub.search.SiteSearch;

/**
 * Searches every indexed entity type at once, projecting the common fields so that results need no database load.
 * All words must match (any order, accents and case ignored); if that finds nothing, any word may. The title's
 * words are indexed twice, so they weigh more.
 *
 * <p>Searches run outside any transaction, in a Hibernate session of their own that never touches the database:
 * results are projected from the index. (A read-only transaction here used to check a JDBC connection out of the
 * pool for every search, so that under load searches queued for connections they did not use.)
 */
@Service
class HibernateSiteSearch implements SiteSearch {

  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
  private static final AggregationKey<Map<String, Long>> SECTORS = AggregationKey.of("sectors");
  private static final AggregationKey<Map<String, Long>> STAGES = AggregationKey.of("stages");
  private static final AggregationKey<Map<String, Long>> COMMUNES = AggregationKey.of("communes");

  private final List<vn.innohub.shared.search.SearchKind> kinds;
  // The kinds whose items carry the profile facets (sector, stage, commune).
  private final java.util.Set<String> profileKinds;

  private final EntityManagerFactory entityManagerFactory;
  // Like a search cluster's request cache: a query's page and facets are kept until anything is written on this node
  // (with embedded Lucene every write is local) or for innohub.search.result-cache-max-age (30 s) on a shared
  // cluster, so popular queries cost next to nothing while an edit on this node shows at once. A query is kept from
  // its second time on: the many typed only once do not fill it.
  private final vn.innohub.shared.cache.FreshCache<Query, Result> results;
  private final int countLimit;
  // Searches that run at once, the others wait their turn in order (as a search cluster's thread pool with its queue):
  // on a busy node a query then waits and runs at full speed instead of sharing the cores with thirty others, so an
  // expensive query no longer stretches every other one's time.
  private final java.util.concurrent.Semaphore slots;
  private final java.time.Duration queueTimeout;

  @org.springframework.beans.factory.annotation.Autowired
  HibernateSiteSearch(EntityManagerFactory entityManagerFactory, vn.innohub.shared.cache.DataChanges changes,
      List<vn.innohub.shared.search.SearchKinds> modules,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.result-cache-max-age:PT30S}")
      java.time.Duration maxAge,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.count-limit:1000}") int countLimit,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.concurrency:0}") int concurrency,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.queue-timeout:PT10S}")
      java.time.Duration queueTimeout) {
    this.entityManagerFactory = entityManagerFactory;
    this.kinds = SearchKindCatalog.of(modules);
    this.profileKinds = kinds.stream().filter(vn.innohub.shared.search.SearchKind::profileFacets)
        .map(vn.innohub.shared.search.SearchKind::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.results = changes.cacheOfRepeats(5_000, maxAge);
    this.countLimit = countLimit;
    this.slots = new java.util.concurrent.Semaphore(concurrency > 0 ? concurrency : defaultConcurrency(), true);
    this.queueTimeout = queueTimeout;
  }

  HibernateSiteSearch(EntityManagerFactory entityManagerFactory, vn.innohub.shared.cache.DataChanges changes,
      List<vn.innohub.shared.search.SearchKinds> modules,
      java.time.Duration maxAge, int countLimit) {
    this(entityManagerFactory, changes, modules, maxAge, countLimit, 0, java.time.Duration.ofSeconds(10));
  }

  /** Elasticsearch's default size of its search thread pool: one and a half per core, plus one. */
  static int defaultConcurrency() {
    return Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;
  }

  <T> T inTurn(java.util.function.Function<SearchSession, T> work) {
    try {
      if (!slots.tryAcquire(queueTimeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)) {
        throw new vn.innohub.shared.DomainException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
            "search.busy");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new vn.innohub.shared.DomainException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
          "search.busy");
    }
    try (EntityManager em = entityManagerFactory.createEntityManager()) {
      return work.apply(Search.session(em));
    } finally {
      slots.release();
    }
  }

  private SearchScope<Object> scope(SearchSession session) {
    return session.scope(Object.class);
  }

  @Override
  public List<vn.innohub.shared.search.SearchKind> kinds() {
    return kinds;
  }

  @Override
  public Result search(Query q) {
    return results.get(q, this::compute);
  }

  @Override
  public <T> T searchThen(Query q, java.util.function.Function<Result, T> view) {
    return inTurn(session -> view.apply(results.get(q, key -> compute(session, key))));
  }

  private Result compute(Query q) {
    return inTurn(session -> compute(session, q));
  }

  private Result compute(SearchSession session, Query q) {
    Result strict = run(session, q, BooleanOperator.AND);
    if (strict.total() == 0 && q.text() != null && q.text().strip().contains(" ")) {
      Result loose = run(session, q, BooleanOperator.OR);
      return new Result(loose.total(), loose.totalExact(), loose.hits(), loose.kinds(), loose.sectors(),
          loose.stages(), loose.communes(), true);
    }
    return strict;
  }

  private Result run(SearchSession session, Query q, BooleanOperator operator) {
    // First the page, counting hits only up to the count limit: past it Lucene skips blocks of documents that cannot
    // reach the top (block-max WAND) instead of scoring every match of a broad query.
    var page = session.search(scope(session))
        .select(f -> f.composite().from(f.field("kindFacet", String.class), f.field("title", String.class),
            f.field("summary", String.class), f.field("url", String.class)).asList(HibernateSiteSearch::hit))
        .where(f -> predicate(f, q, operator))
        .totalHitCountThreshold(countLimit)
        .fetch(vn.innohub.shared.web.Paging.searchOffset(q.page(), PAGE_SIZE), PAGE_SIZE);
    boolean exact = page.total().isHitCountExact();
    if (!exact || page.total().hitCount() == 0) {
      return new Result(exact ? 0 : page.total().hitCountLowerBound(), exact, page.hits(), Map.of(), Map.of(),
          Map.of(), Map.of(), false);
    }
    // Few enough matches to count them by facet: the kind always; sector, stage and commune once a profile kind is
    // chosen.
    boolean profiles = q.kind() != null && profileKinds.contains(q.kind());
    var facets = session.search(scope(session)).where(f -> predicate(f, q, operator))
        .aggregation(KINDS, f -> f.terms().field("kindFacet", String.class).maxTermCount(Math.max(10, kinds.size())));
    if (profiles) {
      facets = facets.aggregation(SECTORS, f -> f.terms().field("sectorFacet", String.class).maxTermCount(30))
          .aggregation(STAGES, f -> f.terms().field("stageFacet", String.class).maxTermCount(10))
          .aggregation(COMMUNES, f -> f.terms().field("communeFacet", String.class).maxTermCount(30));
    }
    var counted = facets.fetch(0);
    return new Result(page.total().hitCount(), true, page.hits(), counted.aggregation(KINDS),
        profiles ? counted.aggregation(SECTORS) : Map.of(), profiles ? counted.aggregation(STAGES) : Map.of(),
        profiles ? counted.aggregation(COMMUNES) : Map.of(), false);
  }

  private static Hit hit(List<?> fields) {
    return new Hit((String) fields.get(0), (String) fields.get(1), (String) fields.get(2), (String) fields.get(3));
  }

  private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q, BooleanOperator operator) {
    boolean hasText = q.text() != null && !q.text().isBlank();
    if (!hasText && q.kind() == null && q.sector() == null && q.stage() == null && q.commune() == null) {
      return f.matchAll();
    }
    // Only published items are indexed at all, so no filter clause is needed for that: a bare conjunction of the
    // query's words is what Lucene skips through fastest.
    return f.bool(b -> {
      if (hasText) {
        String text = q.text().strip();
        // One field holds every word, the title's twice (weighted at indexing rather than by a second clause:
        // a plain conjunction of single-term scorers is what Lucene skips through fastest).
        b.must(f.simpleQueryString().field("words").matching(text).defaultOperator(operator));
      }
      if (q.kind() != null) {
        b.filter(f.match().field("kindFacet").matching(q.kind()));
      }
      if (q.sector() != null) {
        b.filter(f.match().field("sectorFacet").matching(q.sector()));
      }
      if (q.stage() != null) {
        b.filter(f.match().field("stageFacet").matching(q.stage()));
      }
      if (q.commune() != null) {
        b.filter(f.match().field("communeFacet").matching(q.commune()));
      }
    });
  }

  @Override
  public List<Hit> suggest(String typedText, int max) {
    String typed = vn.innohub.shared.text.SearchBox.bounded(typedText);
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return inTurn(session -> session.search(scope(session))
        .select(f -> f.composite().from(f.field("kindFacet", String.class), f.field("title", String.class),
            f.field("summary", String.class), f.field("url", String.class)).asList(HibernateSiteSearch::hit))
        .where(f -> f.match().field("titleSuggest").matching(typed.strip()))
        .fetchHits(max));
  }
}
