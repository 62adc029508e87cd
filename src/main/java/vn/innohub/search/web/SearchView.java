package vn.innohub.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the search page shows, prepared in Java: links and labels ready to print, so that the template evaluates a few
 * plain expressions per line instead of building each facet link from five conditional parameters.
 */
public final class SearchView {

  private SearchView() {}

  /** One facet value: the link that narrows the search to it, its label, and its count (null when not counted). */
  public record FacetLink(String href, String label, Long count) {}

  /** A facet (kind, sector, stage, commune) with its values. */
  public record Facet(String name, String title, List<FacetLink> links) {}

  /** One result as printed. */
  public record Item(String href, String title, String label, String summary) {}

  /** The search page's link for these criteria; empty criteria are left out. */
  static String href(String contextPath, String q, String kind, String sector, String stage, String commune,
      int page) {
    StringBuilder url = new StringBuilder(contextPath).append("/tim-kiem");
    char separator = '?';
    String[][] parameters = {{"q", q}, {"kind", kind}, {"sector", sector}, {"stage", stage}, {"commune", commune},
        {"page", page > 0 ? Integer.toString(page) : null}};
    for (String[] p : parameters) {
      if (p[1] != null && !p[1].isEmpty()) {
        url.append(separator).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
        separator = '&';
      }
    }
    return url.toString();
  }
}
