package vn.innohub.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import vn.innohub.directory.Directory;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.web.SitemapSource;
import vn.innohub.shared.web.SitemapSource.Entry;

/** How sitemap.xml splits a large directory into files, with the directory and content stubbed. */
class SitemapControllerTest {

  private final Directory directory = mock(Directory.class);
  private final PortalContent content = mock(PortalContent.class);
  private final PolicyLibrary library = mock(PolicyLibrary.class);

  private SitemapController controller(List<SitemapSource> sources) {
    when(content.publishedNews(anyInt(), anyInt())).thenReturn(Page.empty());
    when(content.recentAndComing(anyInt())).thenReturn(List.of());
    when(library.sitemapEntries(anyInt())).thenReturn(List.of());
    return new SitemapController(content, directory, library, sources, "https://khoinghiep.example.vn/");
  }

  private static List<String> locations(String xml) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void oneProfileMoreThanTwoFilesHoldMakesAThirdFileAndNoFourth() {
    long published = 2L * SitemapController.PROFILES_PER_FILE + 1;
    when(directory.publishedCount()).thenReturn(published);
    SitemapController sitemap = controller(List.of());
    assertThat(locations(sitemap.index())).containsExactly(
        "https://khoinghiep.example.vn/sitemap-trang.xml",
        "https://khoinghiep.example.vn/sitemap-danh-ba-1.xml",
        "https://khoinghiep.example.vn/sitemap-danh-ba-2.xml",
        "https://khoinghiep.example.vn/sitemap-danh-ba-3.xml");

    when(directory.publishedPages(2, SitemapController.PROFILES_PER_FILE))
        .thenReturn(List.of(new Entry("/danh-ba/nong-trai-so", Instant.parse("2026-06-09T18:30:00Z"))));
    var third = sitemap.profiles("3");
    assertThat(third.getStatusCode().value()).isEqualTo(200);
    // 18:30 UTC on 9 June: the day of the change in UTC, as sitemaps.org's W3C date.
    assertThat(third.getBody()).contains("<url><loc>https://khoinghiep.example.vn/danh-ba/nong-trai-so</loc>"
        + "<lastmod>2026-06-09</lastmod></url>");
    verify(directory).publishedPages(2, SitemapController.PROFILES_PER_FILE);
    for (String outside : List.of("4", "0", "-1", "01", "abc", "9999999")) {
      assertThat(sitemap.profiles(outside).getStatusCode().value()).as(outside).isEqualTo(404);
    }
  }

  @Test
  void exactlyTwoFilesFullMakeTwoFiles() {
    when(directory.publishedCount()).thenReturn(2L * SitemapController.PROFILES_PER_FILE);
    SitemapController sitemap = controller(List.of());
    assertThat(locations(sitemap.index())).containsExactly(
        "https://khoinghiep.example.vn/sitemap-trang.xml",
        "https://khoinghiep.example.vn/sitemap-danh-ba-1.xml",
        "https://khoinghiep.example.vn/sitemap-danh-ba-2.xml");
    assertThat(sitemap.profiles("3").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void anEmptyDirectoryHasNoProfileFileAndAddressesAreEscaped() {
    when(directory.publishedCount()).thenReturn(0L);
    SitemapSource exchange = max -> List.of(new Entry("/cong-nghe/a&b", null));
    SitemapController sitemap = controller(List.of(exchange));
    assertThat(locations(sitemap.index())).containsExactly("https://khoinghiep.example.vn/sitemap-trang.xml");
    assertThat(sitemap.profiles("1").getStatusCode().value()).isEqualTo(404);
    String pages = sitemap.pages();
    assertThat(pages).contains("<loc>https://khoinghiep.example.vn/cong-nghe/a&amp;b</loc>")
        .contains("<loc>https://khoinghiep.example.vn/</loc>");
  }
}
