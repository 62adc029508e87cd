package vn.innohub.portal.web;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.portal.internal.NewsArticle;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.shared.DomainException;

/** Published news and events as open data (schemas innohub.news/1 and innohub.events/1). */
@RestController
class PortalApiController {

  private final PortalContent content;

  PortalApiController(PortalContent content) {
    this.content = content;
  }

  record News(String slug, String title, String summary, String body, Instant publishedAt, String url) {
    static News of(NewsArticle n) {
      return new News(n.getSlug(), n.getTitle(), n.getSummary(), n.getBody(), n.getPublishedAt(), "/tin-tuc/" + n.getSlug());
    }
  }

  record NewsPage(String schema, long total, int page, List<News> news) {}

  record Event(String slug, String title, String summary, Instant startsAt, Instant endsAt, String place,
      String onlineUrl, String organiser, Integer capacity, String url) {
    static Event of(PortalEvent e) {
      return new Event(e.getSlug(), e.getTitle(), e.getSummary(), e.getStartsAt(), e.getEndsAt(), e.getPlace(),
          e.getOnlineUrl(), e.getOrganiser(), e.getCapacity(), "/su-kien/" + e.getSlug());
    }
  }

  record Events(String schema, List<Event> events) {}

  @GetMapping("/api/v1/news")
  NewsPage news(@RequestParam(defaultValue = "0") int page) {
    var found = content.publishedNews(page, 50);
    return new NewsPage("innohub.news/1", found.getTotalElements(), found.getNumber(),
        found.getContent().stream().map(News::of).toList());
  }

  @GetMapping("/api/v1/news/{slug}")
  News article(@PathVariable String slug) {
    return content.publishedNews(slug).map(News::of).orElseThrow(() -> DomainException.notFound("News", slug));
  }

  @GetMapping("/api/v1/events")
  Events events() {
    return new Events("innohub.events/1", content.upcoming(200).stream().map(Event::of).toList());
  }
}
