package vn.innohub.search;

import java.util.List;
import java.util.Map;

/**
 * One search over everything the portal publishes (profiles, news, events, documents). Every indexed entity
 * contributes the same fields: {@code title} (boosted), {@code words} (everything searchable, title included: every
 * word of a query must be there), {@code titleSuggest}, {@code visible}, {@code kindFacet}, and projectable
 * {@code summary} and {@code url}; profiles add {@code sectorFacet}, {@code stageFacet} and {@code communeFacet}.
 * Hits are counted exactly up to {@code innohub.search.count-limit} (1,000); beyond it the total is a lower bound and facets are not
 * counted (the engine then stops scoring documents that cannot reach the first pages).
 */
public interface SiteSearch {

  int PAGE_SIZE = 20;

  /**
   * Every kind of item found (every value of {@code kindFacet}), as the modules that index them declare them
   * ({@link vn.innohub.shared.search.SearchKinds}), in the order the portal lists them.
   */
  List<vn.innohub.shared.search.SearchKind> kinds();

  record Query(String text, String kind, String sector, String stage, String commune, int page) {
    public Query {
      text = vn.innohub.shared.text.SearchBox.bounded(text);
    }
  }

  record Hit(String kind, String title, String summary, String url) {}

  /**
   * {@code total} is exact when {@code totalExact}, otherwise at least that many (and the facet maps are empty);
   * {@code relaxed}: no item had every word, so items with any of them are shown.
   */
  record Result(long total, boolean totalExact, List<Hit> hits, Map<String, Long> kinds, Map<String, Long> sectors,
      Map<String, Long> stages, Map<String, Long> communes, boolean relaxed) {}

  Result search(Query query);

  /**
   * Searches and hands the result to {@code view} (a page rendering it) in the same turn: a node runs only a few
   * searches at once, the others wait in order, and a page whose rendering also waits its turn is not slowed by
   * thirty others rendering at the same time.
   */
  <T> T searchThen(Query query, java.util.function.Function<Result, T> view);

  List<Hit> suggest(String typed, int max);
}
