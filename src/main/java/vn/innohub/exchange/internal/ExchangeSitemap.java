package vn.innohub.exchange.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.web.SitemapSource;

/** Published offers and demands for sitemap.xml (moderated, not expired or closed), last changed first. */
@Component
class ExchangeSitemap implements SitemapSource {

  private final ListingRepository listings;

  ExchangeSitemap(ListingRepository listings) {
    this.listings = listings;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries(int max) {
    return listings.publishedSlugs(PageRequest.of(0, Math.max(1, max))).stream()
        .map(r -> new Entry("/cong-nghe/" + r[0], (Instant) r[1])).toList();
  }
}
