package vn.innohub.search.internal;

import jakarta.persistence.EntityManager;
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
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.search.SiteSearch;

/**
 * Searches every indexed entity type at once, projecting the common fields so that results need no database load.
 * All words must match (any order, accents and case ignored); if that finds nothing, any word may. Titles weigh
 * three times the text.
 */
@Service
class HibernateSiteSearch implements SiteSearch {

  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
  private static final AggregationKey<Map<String, Long>> SECTORS = AggregationKey.of("sectors");
  private static final AggregationKey<Map<String, Long>> STAGES = AggregationKey.of("stages");
  private static final AggregationKey<Map<String, Long>> COMMUNES = AggregationKey.of("communes");

  private static final java.util.Set<String> PROFILE_KINDS = java.util.Set.of("STARTUP", "SUPPORT_ORG", "FUND", "EXPERT");

  private final EntityManager em;
  // Like a search cluster's request cache: a query's page and facets are kept until anything is written on this node
  // (with embedded Lucene every write is local) or for innohub.search.result-cache-max-age (30 s) on a shared
  // cluster, so popular queries cost next to nothing while an edit on this node shows at once.
  private final vn.innohub.shared.cache.FreshCache<Query, Result> results;

  HibernateSiteSearch(EntityManager em, vn.innohub.shared.cache.DataChanges changes,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.result-cache-max-age:PT30S}")
      java.time.Duration maxAge) {
    this.em = em;
    this.results = changes.cache(5_000, maxAge);
  }

  private SearchScope<Object> scope(SearchSession session) {
    return session.scope(Object.class);
  }

  @Override
  @Transactional(readOnly = true)
  public Result search(Query q) {
    return results.get(q, this::compute);
  }

  private Result compute(Query q) {
    Result strict = run(q, BooleanOperator.AND);
    if (strict.total() == 0 && q.text() != null && q.text().strip().contains(" ")) {
      Result loose = run(q, BooleanOperator.OR);
      return new Result(loose.total(), loose.hits(), loose.kinds(), loose.sectors(), loose.stages(), loose.communes(),
          true);
    }
    return strict;
  }

  private Result run(Query q, BooleanOperator operator) {
    SearchSession session = Search.session(em);
    // Profile facets (sector, stage, commune) are counted once a profile kind is chosen; the kind facet always.
    boolean profiles = q.kind() != null && PROFILE_KINDS.contains(q.kind());
    var query = session.search(scope(session))
        .select(f -> f.composite().from(f.field("kindFacet", String.class), f.field("title", String.class),
            f.field("summary", String.class), f.field("url", String.class)).asList(HibernateSiteSearch::hit))
        .where(f -> predicate(f, q, operator))
        .aggregation(KINDS, f -> f.terms().field("kindFacet", String.class).maxTermCount(10));
    if (profiles) {
      query = query.aggregation(SECTORS, f -> f.terms().field("sectorFacet", String.class).maxTermCount(30))
          .aggregation(STAGES, f -> f.terms().field("stageFacet", String.class).maxTermCount(10))
          .aggregation(COMMUNES, f -> f.terms().field("communeFacet", String.class).maxTermCount(30));
    }
    var result = query.fetch(Math.max(0, q.page()) * PAGE_SIZE, PAGE_SIZE);
    return new Result(result.total().hitCount(), result.hits(), result.aggregation(KINDS),
        profiles ? result.aggregation(SECTORS) : Map.of(), profiles ? result.aggregation(STAGES) : Map.of(),
        profiles ? result.aggregation(COMMUNES) : Map.of(), false);
  }

  private static Hit hit(List<?> fields) {
    return new Hit((String) fields.get(0), (String) fields.get(1), (String) fields.get(2), (String) fields.get(3));
  }

  private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q, BooleanOperator operator) {
    return f.bool(b -> {
      b.filter(f.match().field("visible").matching(true));
      if (q.text() != null && !q.text().isBlank()) {
        b.must(f.simpleQueryString().field("title").boost(3f).field("text").matching(q.text().strip())
            .defaultOperator(operator));
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
  @Transactional(readOnly = true)
  public List<Hit> suggest(String typed, int max) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    SearchSession session = Search.session(em);
    return session.search(scope(session))
        .select(f -> f.composite().from(f.field("kindFacet", String.class), f.field("title", String.class),
            f.field("summary", String.class), f.field("url", String.class)).asList(HibernateSiteSearch::hit))
        .where(f -> f.bool().filter(f.match().field("visible").matching(true))
            .must(f.match().field("titleSuggest").matching(typed.strip())))
        .fetchHits(max);
  }
}
