package vn.innohub.portal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.directory.Directory;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.web.SitemapSource;
import vn.innohub.shared.web.SitemapSource.Entry;

/**
 * sitemap.xml and robots.txt for search engines: public pages only. sitemap.xml is a sitemap index (sitemaps.org):
 * one file for the portal's pages, news, events, documents and the other modules' pages, and as many files as the
 * directory needs for its profiles, so that every published profile is listed however large the directory grows.
 */
@RestController
class SitemapController {

  /** A sitemap file may list 50,000 addresses (sitemaps.org). */
  static final int MAX_URLS = 50_000;

  /** Profiles per directory file: well under the limit, so that each file stays a few megabytes at most. */
  static final int PROFILES_PER_FILE = 20_000;

  private static final String[] PORTAL_PAGES = {
      "/", "/danh-ba", "/tin-tuc", "/su-kien", "/van-ban", "/tim-kiem", "/cong-nghe", "/cuoc-thi"};

  private final PortalContent content;
  private final Directory directory;
  private final PolicyLibrary library;
  private final List<SitemapSource> sources;
  private final String baseUrl;

  SitemapController(PortalContent content, Directory directory, PolicyLibrary library, List<SitemapSource> sources,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.content = content;
    this.directory = directory;
    this.library = library;
    this.sources = sources;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  String index() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    sitemap(x, "/sitemap-trang.xml");
    int files = profileFiles();
    for (int file = 1; file <= files; file++) {
      sitemap(x, "/sitemap-danh-ba-" + file + ".xml");
    }
    return x.append("</sitemapindex>\n").toString();
  }

  /** The portal's own pages, news, events, the policy library and the other modules' public pages. */
  @GetMapping(value = "/sitemap-trang.xml", produces = MediaType.APPLICATION_XML_VALUE)
  String pages() {
    List<Entry> entries = new ArrayList<>();
    for (String path : PORTAL_PAGES) {
      entries.add(new Entry(path, null));
    }
    content.publishedNews(0, 1000).forEach(n -> entries.add(new Entry("/tin-tuc/" + n.getSlug(), n.getUpdatedAt())));
    content.recentAndComing(1000).forEach(e -> entries.add(new Entry("/su-kien/" + e.getSlug(), e.getUpdatedAt())));
    for (SitemapSource source : sources) {
      entries.addAll(source.sitemapEntries(Math.max(1, MAX_URLS / 2 / Math.max(1, sources.size()))));
    }
    entries.addAll(library.sitemapEntries(Math.max(1, MAX_URLS - entries.size())));
    return urlset(entries.stream().limit(MAX_URLS).toList());
  }

  /** Published profiles, {@value #PROFILES_PER_FILE} a file, numbered from 1. */
  @GetMapping(value = "/sitemap-danh-ba-{file}.xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> profiles(@PathVariable String file) {
    int n = file.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(file) : 0;
    if (n < 1 || n > profileFiles()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
        .body(urlset(directory.publishedPages(n - 1, PROFILES_PER_FILE)));
  }

  /** As many files as the published profiles fill; none while there are none (a urlset must list an address). */
  private int profileFiles() {
    return (int) ((directory.publishedCount() + PROFILES_PER_FILE - 1) / PROFILES_PER_FILE);
  }

  private String urlset(List<Entry> entries) {
    StringBuilder x = new StringBuilder(entries.size() * 96 + 128).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Entry e : entries) {
      x.append("<url><loc>").append(StringEscapeUtils.escapeXml10(baseUrl + e.path())).append("</loc>");
      lastModified(x, e.lastModified());
      x.append("</url>\n");
    }
    return x.append("</urlset>\n").toString();
  }

  private void sitemap(StringBuilder x, String path) {
    x.append("<sitemap><loc>").append(StringEscapeUtils.escapeXml10(baseUrl + path)).append("</loc></sitemap>\n");
  }

  private static void lastModified(StringBuilder x, Instant at) {
    if (at != null) {
      x.append("<lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(at))
          .append("</lastmod>");
    }
  }

  @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> robots() {
    return ResponseEntity.ok("User-agent: *\nDisallow: /admin/\nDisallow: /me/\nDisallow: /api/\n"
        + "Sitemap: " + baseUrl + "/sitemap.xml\n");
  }
}
