package vn.innohub.shared.files;

import java.time.Duration;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The upload limits from {@code innohub.uploads.*}, applied at start to our own inspection ({@link UploadLimits})
 * and to POI's guards for any ZIP it opens by itself ({@link ZipSecureFile}: inflate ratio, entry size, text size).
 */
@Component
public class UploadGuards {

  private static volatile ApplicationEventPublisher events;

  private final UploadLimits limits;
  private final int parseThreads;
  private final int parseQueue;

  public UploadGuards(@Value("${innohub.uploads.max-zip-entries:10000}") int maxEntries,
      @Value("${innohub.uploads.max-declared-size:100MB}") DataSize maxDeclared,
      @Value("${innohub.uploads.max-inflated-size:100MB}") DataSize maxInflated,
      @Value("${innohub.uploads.max-compression-ratio:100}") int maxRatio,
      @Value("${innohub.uploads.ratio-grace-size:1MB}") DataSize ratioGrace,
      @Value("${innohub.uploads.max-pdf-pages:500}") int maxPdfPages,
      @Value("${innohub.uploads.max-pdf-inflated-size:100MB}") DataSize maxPdfInflated,
      @Value("${innohub.uploads.max-text-chars:5000000}") int maxTextChars,
      @Value("${innohub.uploads.parse-time-budget:PT5S}") Duration parseTimeBudget,
      @Value("${innohub.uploads.parse-threads:0}") int parseThreads,
      @Value("${innohub.uploads.parse-queue:8}") int parseQueue, ApplicationEventPublisher publisher) {
    events = publisher;
    this.limits = new UploadLimits(maxEntries, maxDeclared.toBytes(), maxInflated.toBytes(), maxRatio,
        ratioGrace.toBytes(), maxPdfPages, maxPdfInflated.toBytes(), maxTextChars, parseTimeBudget);
    this.parseThreads = parseThreads > 0 ? parseThreads
        : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    this.parseQueue = Math.max(1, parseQueue);
    apply(limits);
  }

  /** Makes {@code limits} the ones every upload is read with, ours and POI's. */
  static void apply(UploadLimits limits) {
    UploadLimits.use(limits);
    ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
    ZipSecureFile.setGraceEntrySize(limits.ratioGraceBytes());
    ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
    ZipSecureFile.setMaxFileCount(limits.maxEntries());
    ZipSecureFile.setMaxTextSize(limits.maxTextChars());
  }

  /** Tells the application (the audit trail) of a refused upload; the parsers are static, so is the publisher. */
  static void publish(UploadRefused event) {
    // The request's own application first: the static one is the last application started in this JVM, which in a
    // test run with several application contexts is not the one serving the request.
    ApplicationEventPublisher publisher = events;
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
      ApplicationEventPublisher own = org.springframework.web.context.support.WebApplicationContextUtils
          .getWebApplicationContext(attributes.getRequest().getServletContext());
      if (own != null) {
        publisher = own;
      }
    }
    if (publisher != null) {
      publisher.publishEvent(event);
    }
  }

  public UploadLimits limits() {
    return limits;
  }

  int parseThreads() {
    return parseThreads;
  }

  int parseQueue() {
    return parseQueue;
  }
}
