package vn.innohub.directory.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over published profiles with facets. All words must match (in any order, accents and case
 * ignored); when that finds nothing, any word may match, best matches first. Names weigh three times the rest.
 */
@Service
public class DirectorySearch {

  public static final int PAGE_SIZE = 20;

  /** Filters by facet value; null means any. */
  public record Query(String text, String kind, String sector, String stage, String commune, int page) {}

  public record Result(long total, List<Profile> hits, Map<String, Long> kinds, Map<String, Long> sectors,
      Map<String, Long> stages, Map<String, Long> communes, boolean relaxed) {}

  private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
  private static final AggregationKey<Map<String, Long>> SECTORS = AggregationKey.of("sectors");
  private static final AggregationKey<Map<String, Long>> STAGES = AggregationKey.of("stages");
  private static final AggregationKey<Map<String, Long>> COMMUNES = AggregationKey.of("communes");

  private final EntityManager em;

  DirectorySearch(EntityManager em) {
    this.em = em;
  }

  @Transactional(readOnly = true)
  public Result search(Query q) {
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
    var result = session.search(Profile.class)
        .where(f -> predicate(f, q, operator))
        .aggregation(KINDS, f -> f.terms().field("kindFacet", String.class).maxTermCount(10))
        .aggregation(SECTORS, f -> f.terms().field("sectorFacet", String.class).maxTermCount(30))
        .aggregation(STAGES, f -> f.terms().field("stageFacet", String.class).maxTermCount(10))
        .aggregation(COMMUNES, f -> f.terms().field("communeFacet", String.class).maxTermCount(30))
        .fetch(Math.max(0, q.page()) * PAGE_SIZE, PAGE_SIZE);
    return new Result(result.total().hitCount(), result.hits(), result.aggregation(KINDS),
        result.aggregation(SECTORS), result.aggregation(STAGES), result.aggregation(COMMUNES), false);
  }

  private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f, Query q, BooleanOperator operator) {
    return f.bool(b -> {
      b.filter(f.match().field("visible").matching(true));
      if (q.text() != null && !q.text().isBlank()) {
        b.must(f.simpleQueryString().field("title").boost(3f).field("text")
            .matching(q.text().strip()).defaultOperator(operator));
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

  /** Names starting with what was typed, for suggestions. */
  @Transactional(readOnly = true)
  public List<Profile> suggest(String typed, int max) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return Search.session(em).search(Profile.class)
        .where(f -> f.bool().filter(f.match().field("visible").matching(true))
            .must(f.match().field("titleSuggest").matching(typed.strip())))
        .fetchHits(max);
  }
}
