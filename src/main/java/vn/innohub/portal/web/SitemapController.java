package vn.innohub.portal.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.directory.Directory;
import vn.innohub.portal.internal.PortalContent;

/** sitemap.xml and robots.txt for search engines: public pages only. */
@RestController
class SitemapController {

  private final PortalContent content;
  private final Directory directory;
  private final String baseUrl;

  SitemapController(PortalContent content, Directory directory,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.content = content;
    this.directory = directory;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  String sitemap() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : new String[] {"/", "/danh-ba", "/tin-tuc", "/su-kien", "/van-ban", "/tim-kiem"}) {
      url(x, path, null);
    }
    DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    content.publishedNews(0, 1000).forEach(n -> url(x, "/tin-tuc/" + n.getSlug(), day.format(n.getUpdatedAt())));
    content.recentAndComing(1000).forEach(e -> url(x, "/su-kien/" + e.getSlug(), day.format(e.getUpdatedAt())));
    directory.publishedSlugs().forEach(s -> url(x, "/danh-ba/" + s, null));
    return x.append("</urlset>\n").toString();
  }

  private void url(StringBuilder x, String path, String lastModified) {
    x.append("<url><loc>").append(StringEscapeUtils.escapeXml10(baseUrl + path)).append("</loc>");
    if (lastModified != null) {
      x.append("<lastmod>").append(lastModified).append("</lastmod>");
    }
    x.append("</url>\n");
  }

  @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> robots() {
    return ResponseEntity.ok("User-agent: *\nDisallow: /admin/\nDisallow: /me/\nDisallow: /api/\n"
        + "Sitemap: " + baseUrl + "/sitemap.xml\n");
  }
}
