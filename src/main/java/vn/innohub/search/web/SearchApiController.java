package vn.innohub.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.search.SiteSearch;

/** The site-wide search as JSON (public: it only finds published content). */
@RestController
class SearchApiController {

  private final SiteSearch search;

  SearchApiController(SiteSearch search) {
    this.search = search;
  }

  @GetMapping("/api/v1/search")
  SiteSearch.Result search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String sector, @RequestParam(required = false) String stage,
      @RequestParam(required = false) String commune, @RequestParam(defaultValue = "0") int page) {
    return search.search(new SiteSearch.Query(q, kind, sector, stage, commune, Math.max(0, Math.min(page, 500))));
  }
}
