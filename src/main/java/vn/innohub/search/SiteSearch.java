package vn.innohub.search;

import java.util.List;
import java.util.Map;

/**
 * One search over everything the portal publishes (profiles, news, events, documents). Every indexed entity
 * contributes the same fields: {@code title}, {@code text}, {@code visible}, {@code kindFacet}, and projectable
 * {@code summary} and {@code url}; profiles add {@code sectorFacet}, {@code stageFacet} and {@code communeFacet}.
 */
public interface SiteSearch {

  int PAGE_SIZE = 20;

  record Query(String text, String kind, String sector, String stage, String commune, int page) {}

  record Hit(String kind, String title, String summary, String url) {}

  record Result(long total, List<Hit> hits, Map<String, Long> kinds, Map<String, Long> sectors,
      Map<String, Long> stages, Map<String, Long> communes, boolean relaxed) {}

  Result search(Query query);

  List<Hit> suggest(String typed, int max);
}
