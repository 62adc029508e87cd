package vn.innohub.shared.files;

import java.time.Duration;

/**
 * What reading one uploaded file may cost: the ZIP directory's entry count and declared size, the bytes actually
 * inflated and their ratio, PDF pages and text, and the time a parse may take. Set once at start from
 * {@code innohub.uploads.*} ({@link UploadGuards}); the parsers are static, so the limits are too.
 */
public record UploadLimits(int maxEntries, long maxDeclaredBytes, long maxInflatedBytes, int maxRatio,
    long ratioGraceBytes, int maxPdfPages, long maxPdfInflatedBytes, int maxTextChars, Duration parseTimeBudget) {

  public static final UploadLimits DEFAULTS = new UploadLimits(10_000, 100L << 20, 100L << 20, 100, 1L << 20, 500,
      100L << 20, 5_000_000, Duration.ofSeconds(5));

  private static volatile UploadLimits current = DEFAULTS;

  public static UploadLimits current() {
    return current;
  }

  static void use(UploadLimits limits) {
    current = limits;
  }
}
