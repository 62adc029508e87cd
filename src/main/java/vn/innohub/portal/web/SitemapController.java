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
  private final vn.innohub.portal.library.internal.PolicyLibrary library;
  private final java.util.List<vn.innohub.shared.web.SitemapSource> sources;
  private final String baseUrl;

  /** A sitemap file may list 50,000 addresses (sitemaps.org); profiles, the most numerous, fill what is left. */
  static final int MAX_URLS = 50_000;

  SitemapController(PortalContent content, Directory directory, vn.innohub.portal.library.internal.PolicyLibrary library,
      java.util.List<vn.innohub.shared.web.SitemapSource> sources,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.content = content;
    this.directory = directory;
    this.library = library;
    this.sources = sources;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  String sitemap() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : new String[] {"/", "/danh-ba", "/tin-tuc", "/su-kien", "/van-ban", "/tim-kiem"}) {
      url(x, path, null);
    }
    for (String path : new String[] {"/cong-nghe", "/cuoc-thi"}) {
      url(x, path, null);
    }
    DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    java.util.List<vn.innohub.shared.web.SitemapSource.Entry> entries = new java.util.ArrayList<>();
    content.publishedNews(0, 1000).forEach(n -> entries.add(
        new vn.innohub.shared.web.SitemapSource.Entry("/tin-tuc/" + n.getSlug(), n.getUpdatedAt())));
    content.recentAndComing(1000).forEach(e -> entries.add(
        new vn.innohub.shared.web.SitemapSource.Entry("/su-kien/" + e.getSlug(), e.getUpdatedAt())));
    for (vn.innohub.shared.web.SitemapSource source : sources) {
      entries.addAll(source.sitemapEntries(Math.max(0, MAX_URLS / 4 - entries.size())));
    }
    entries.addAll(library.sitemapEntries(Math.max(1, MAX_URLS / 2 - entries.size())));
    int left = MAX_URLS - 10 - entries.size();
    entries.forEach(e -> url(x, e.path(), e.lastModified() == null ? null : day.format(e.lastModified())));
    directory.publishedSlugs().stream().limit(Math.max(0, left)).forEach(s -> url(x, "/danh-ba/" + s, null));
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
