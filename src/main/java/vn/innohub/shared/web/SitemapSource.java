package vn.innohub.shared.web;

import java.time.Instant;
import java.util.List;

/**
 * A module's public pages for sitemap.xml: each module that publishes pages contributes a bean, so the portal lists
 * them without depending on the module.
 */
public interface SitemapSource {

  /** A public page: its path and, when known, when it last changed. */
  record Entry(String path, Instant lastModified) {}

  /** At most {@code max} entries, newest first where the order matters. */
  List<Entry> sitemapEntries(int max);
}
