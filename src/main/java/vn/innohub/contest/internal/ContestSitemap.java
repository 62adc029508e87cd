package vn.innohub.contest.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.shared.web.SitemapSource;

/** Announced contests (open, judging or with published results) for sitemap.xml. */
@Component
class ContestSitemap implements SitemapSource {

  private final ContestRepository contests;

  ContestSitemap(ContestRepository contests) {
    this.contests = contests;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> sitemapEntries(int max) {
    return contests.findByAnnouncedTrueOrderByIntakeEndDesc().stream().limit(Math.max(1, max))
        .map(c -> new Entry("/cuoc-thi/" + c.getSlug(), c.getUpdatedAt())).toList();
  }
}
