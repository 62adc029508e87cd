package vn.innohub.search.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.innohub.directory.Directory;
import vn.innohub.search.SiteSearch;

/** The portal's one search box: profiles, news, events and documents, with facets and suggestions while typing. */
@Controller
class SearchController {

  private final SiteSearch search;
  private final Directory directory;
  private final vn.innohub.shared.web.SplicedPage renderer;
  // Result pages for anonymous visitors, by language and query: kept as the results themselves are.
  private final vn.innohub.shared.cache.FreshCache<String, java.util.Optional<byte[]>> pages;
  private final java.time.Duration maxAge;

  SearchController(SiteSearch search, Directory directory, vn.innohub.shared.web.SplicedPage renderer,
      vn.innohub.shared.cache.DataChanges changes,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.result-cache-max-age:PT30S}")
      java.time.Duration maxAge) {
    this.search = search;
    this.directory = directory;
    this.renderer = renderer;
    this.pages = changes.cache(2_000, maxAge);
    this.maxAge = maxAge;
  }

  @GetMapping("/tim-kiem")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String sector, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String commune, @RequestParam(defaultValue = "0") int page, Model model,
      jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
      throws Exception {
    SiteSearch.Query query = new SiteSearch.Query(q, blank(kind), blank(sector), blank(stage), blank(commune),
        Math.max(0, Math.min(page, 500)));
    var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    boolean anonymous = auth == null || !auth.isAuthenticated()
        || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
    if (anonymous) {
      vn.innohub.shared.web.AnonymousPageCache.share(request, maxAge);
      String key = LocaleContextHolder.getLocale().getLanguage() + "|" + query;
      java.util.Optional<byte[]> cached = pages.get(key, k -> {
        java.util.Map<String, Object> m = model(q, query);
        try {
          return renderer.renderShared("search/search", m, request, response);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      if (cached.isPresent()) {
        vn.innohub.shared.web.SplicedPage.writeShared(cached.get(), request, response);
        return null;
      }
    }
    model.addAllAttributes(model(q, query));
    return "search/search";
  }

  private java.util.Map<String, Object> model(String q, SiteSearch.Query query) {
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("q", q == null ? "" : q);
    model.put("query", query);
    SiteSearch.Result result = search.search(query);
    model.put("result", result);
    // Past the counting limit the kinds are offered without counts, to narrow the search down.
    java.util.Map<String, Long> kinds = new java.util.LinkedHashMap<>();
    if (result.totalExact()) {
      kinds.putAll(result.kinds());
    } else {
      SiteSearch.KINDS.forEach(k -> kinds.put(k, null));
    }
    model.put("kinds", kinds);
    model.put("sectors", directory.sectorNames(LocaleContextHolder.getLocale()));
    model.put("pageSize", SiteSearch.PAGE_SIZE);
    return model;
  }

  @GetMapping("/tim-kiem/goi-y")
  String suggest(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("suggestions", search.suggest(q, 8));
    return "search/search :: suggestions";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
