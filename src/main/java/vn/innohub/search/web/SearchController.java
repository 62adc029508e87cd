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

  SearchController(SiteSearch search, Directory directory) {
    this.search = search;
    this.directory = directory;
  }

  @GetMapping("/tim-kiem")
  String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String sector, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String commune, @RequestParam(defaultValue = "0") int page, Model model) {
    SiteSearch.Query query = new SiteSearch.Query(q, blank(kind), blank(sector), blank(stage), blank(commune),
        Math.max(0, Math.min(page, 500)));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("query", query);
    model.addAttribute("result", search.search(query));
    model.addAttribute("sectors", directory.sectorNames(LocaleContextHolder.getLocale()));
    model.addAttribute("pageSize", SiteSearch.PAGE_SIZE);
    return "search/search";
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
