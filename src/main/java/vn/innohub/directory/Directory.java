package vn.innohub.directory;

import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

  /** Live statistics over verified profiles (cached until the next write, see {@code FreshCache}). */
  EcosystemStatistics statistics();

  /** Whether a published profile has this slug (as in /danh-ba/{slug}); false for drafts, pending and unknown ones. */
  boolean isPublished(String slug);

  /**
   * Whether this account manages the profile with this slug (as in /danh-ba/{slug}): it is the profile's owner — the
   * member who entered it or whose claim ADMIN approved. False for an unknown slug and for an unowned profile.
   */
  boolean isManagedBy(String slug, long userId);

  /** The published name of the profile with this slug, empty for drafts, pending and unknown ones. */
  Optional<String> publishedName(String slug);

  /** The slug (as in /danh-ba/{slug}) of any profile, published or not; 404 for an unknown id. */
  String slugOf(long profileId);

  /** How many profiles are published. */
  long publishedCount();

  /**
   * Published profiles' pages for sitemap.xml, in a stable order (by id): page {@code page} (from 0) of {@code size},
   * each with when its published version last changed.
   */
  java.util.List<vn.innohub.shared.web.SitemapSource.Entry> publishedPages(int page, int size);

  /** The managed list of sectors: code → name in the language. */
  java.util.Map<String, String> sectorNames(java.util.Locale locale);

  /** The latest verified startups' public facts, newest first. */
  java.util.List<PublicProfile> latestStartups(int max);

  /** A new profile (a member's own; an ADMIN's is unowned until claimed), as a draft; returns its id. */
  long createProfile(ProfileKind kind, ProfileData data, vn.innohub.identity.Actor actor);

  /** Sends a profile for verification. */
  void submitProfile(long id, vn.innohub.identity.Actor actor);

  /** ADMIN verifies and publishes a pending profile with the criteria met (see the checklist). */
  void verifyProfile(long id, java.util.List<String> criteria, String note, vn.innohub.identity.Actor actor);

  /** A bindable statistic's current value ({@link EcosystemStatistics#KEYS}), empty for an unknown key. */
  default Optional<java.math.BigDecimal> statistic(String key) {
    return EcosystemStatistics.KEYS.contains(key) ? Optional.of(statistics().value(key)) : Optional.empty();
  }
}
