package vn.innohub.search.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.innohub.directory.Directory;
import vn.innohub.search.SiteSearch;
import vn.innohub.shared.text.Texts;

/** The portal's one search box: profiles, news, events and documents, with facets and suggestions while typing. */
@Controller
class SearchController {

  private final SiteSearch search;
  private final Directory directory;
  private final vn.innohub.shared.web.SplicedPage renderer;
  // Result pages for anonymous visitors, by language and query: kept as the results themselves are.
  private final vn.innohub.shared.cache.FreshCache<String, java.util.Optional<byte[]>> pages;
  private final java.time.Duration maxAge;
  private final org.thymeleaf.ITemplateEngine templates;
  private final org.springframework.context.MessageSource messages;
  // Kind names by language, looked up once: a template's "message or null" costs an exception per missing key.
  private final java.util.Map<java.util.Locale, java.util.Map<String, String>> kindLabels =
      new java.util.concurrent.ConcurrentHashMap<>();

  SearchController(SiteSearch search, Directory directory, vn.innohub.shared.web.SplicedPage renderer,
      vn.innohub.shared.cache.DataChanges changes, org.thymeleaf.ITemplateEngine templates,
      org.springframework.context.MessageSource messages,
      @org.springframework.beans.factory.annotation.Value("${innohub.search.result-cache-max-age:PT30S}")
      java.time.Duration maxAge) {
    this.search = search;
    this.directory = directory;
    this.renderer = renderer;
    this.pages = changes.cacheOfRepeats(2_000, maxAge);
    this.maxAge = maxAge;
    this.templates = templates;
    this.messages = messages;
  }

  private java.util.Map<String, String> kindLabels(java.util.Locale locale) {
    return kindLabels.computeIfAbsent(locale, l -> {
      java.util.Map<String, String> labels = new java.util.HashMap<>();
      for (vn.innohub.shared.search.SearchKind kind : search.kinds()) {
        labels.put(kind.name(), messages.getMessage(kind.labelKey(), null, kind.name(), l));
      }
      return java.util.Map.copyOf(labels);
    });
  }

  @GetMapping("/tim-kiem")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String sector, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String commune, @RequestParam(defaultValue = "0") int page,
      jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
      throws Exception {
    SiteSearch.Query query = new SiteSearch.Query(q, Texts.nullIfBlank(kind), Texts.nullIfBlank(sector),
        Texts.nullIfBlank(stage), Texts.nullIfBlank(commune),
        Math.max(0, Math.min(page, 500)));
    var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    boolean anonymous = auth == null || !auth.isAuthenticated()
        || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
    // The body (results and facets) is rendered per query; the layout around it once per language and viewer.
    if (anonymous) {
      vn.innohub.shared.web.AnonymousPageCache.share(request, maxAge);
      String key = LocaleContextHolder.getLocale().getLanguage() + "|" + query + "|"
          + vn.innohub.shared.web.AnonymousPageCache.variant(request);
      java.util.Optional<byte[]> cached = pages.get(key, k -> {
        try {
          return renderer.sharedAround("search/search", body(q, query, request, response), request, response);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      if (cached.isPresent()) {
        vn.innohub.shared.web.SplicedPage.writeShared(cached.get(), request, response);
        return null;
      }
    }
    renderer.write("search/search", java.util.Map.of(), body(q, query, request, response), request, response);
    return null;
  }

  private byte[] body(String q, SiteSearch.Query query, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, response);
    return search.searchThen(query, result -> {
      var context = new org.thymeleaf.context.WebContext(exchange, LocaleContextHolder.getLocale(),
          model(q, query, result, request.getContextPath()));
      return vn.innohub.shared.web.SplicedPage.encode(templates.process("search/body", java.util.Set.of("body"),
          context));
    });
  }

  private java.util.Map<String, Object> model(String q, SiteSearch.Query query, SiteSearch.Result result,
      String contextPath) {
    java.util.Locale locale = LocaleContextHolder.getLocale();
    String text = q == null ? "" : q;
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("q", text);
    model.put("query", query);
    model.put("result", result);
    java.util.Map<String, String> labels = kindLabels(locale);
    // Past the counting limit the kinds are offered without counts, to narrow the search down.
    java.util.Map<String, Long> kinds = new java.util.LinkedHashMap<>();
    if (result.totalExact()) {
      kinds.putAll(result.kinds());
    } else {
      search.kinds().forEach(k -> kinds.put(k.name(), null));
    }
    java.util.Map<String, String> sectors = directory.sectorNames(locale);
    java.util.List<SearchView.Facet> facets = new java.util.ArrayList<>();
    for (String facet : java.util.List.of("kind", "sector", "stage", "commune")) {
      java.util.Map<String, Long> values = switch (facet) {
        case "kind" -> kinds;
        case "sector" -> result.sectors();
        case "stage" -> result.stages();
        default -> result.communes();
      };
      java.util.List<SearchView.FacetLink> links = new java.util.ArrayList<>();
      values.forEach((key, count) -> {
        String label = switch (facet) {
          case "kind" -> labels.getOrDefault(key, key);
          case "sector" -> sectors.getOrDefault(key, key);
          case "stage" -> messages.getMessage("stage." + key, null, key, locale);
          default -> key;
        };
        String href = SearchView.href(contextPath, text, facet.equals("kind") ? key : query.kind(),
            facet.equals("sector") ? key : query.sector(), facet.equals("stage") ? key : query.stage(),
            facet.equals("commune") ? key : query.commune(), 0);
        links.add(new SearchView.FacetLink(href, label, count));
      });
      facets.add(new SearchView.Facet(facet, messages.getMessage("search.facet." + facet, null, facet, locale), links));
    }
    model.put("facets", facets);
    // A search narrowed to one kind offers that kind's own listing page (the directory, the news, the exchange…).
    search.kinds().stream().filter(k -> k.name().equals(query.kind())).findFirst().ifPresent(k -> {
      model.put("browseHref", contextPath + k.listPath());
      model.put("browseLabel", labels.getOrDefault(k.name(), k.name()));
    });
    model.put("items", result.hits().stream().map(h -> new SearchView.Item(contextPath + h.url(), h.title(),
        labels.getOrDefault(h.kind(), h.kind()), h.summary())).toList());
    model.put("nextHref", result.total() > (long) (query.page() + 1) * SiteSearch.PAGE_SIZE
        ? SearchView.href(contextPath, text, query.kind(), query.sector(), query.stage(), query.commune(),
            query.page() + 1)
        : null);
    return model;
  }

  @GetMapping("/tim-kiem/goi-y")
  String suggest(@RequestParam(required = false) String q, Model model) {
    model.addAttribute("suggestions", search.suggest(q, 8));
    return "search/body :: suggestions";
  }
}
