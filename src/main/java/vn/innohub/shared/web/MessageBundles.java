package vn.innohub.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The UI texts: each module owns its bundle {@code i18n/<module>.properties} (Vietnamese, the default) and
 * {@code i18n/<module>_en.properties}; texts several modules show live in {@code i18n/shared.properties}. The bundles
 * are found on the classpath at start-up, so a new module only adds its own files.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

  /** Where the bundles are; a file name with an underscore is a language variant of another bundle. */
  public static final String LOCATION = "classpath*:i18n/*.properties";

  /** Replaces Boot's single-basename message source (which Thymeleaf and Bean Validation use too). */
  @Bean
  MessageSource messageSource() {
    return source();
  }

  /**
   * The message source as the application configures it — UTF-8 files, Vietnamese for any language without a
   * bundle (never the server's locale), {@code {0}} formatting only where a message has arguments — also for tests
   * that run without a Spring context.
   */
  public static ResourceBundleMessageSource source() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(basenames().toArray(String[]::new));
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** The base names of the bundles, e.g. {@code i18n/exchange}, in alphabetical order. */
  public static List<String> basenames() {
    TreeSet<String> names = new TreeSet<>();
    for (Resource r : bundleFiles()) {
      String file = Objects.requireNonNull(r.getFilename());
      String name = file.substring(0, file.length() - ".properties".length());
      if (!name.contains("_")) {
        names.add("i18n/" + name);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("No message bundle at " + LOCATION);
    }
    return List.copyOf(names);
  }

  /** Every bundle file, Vietnamese and English, by file name. */
  public static List<Resource> bundleFiles() {
    try {
      Resource[] files = new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader())
          .getResources(LOCATION);
      return java.util.Arrays.stream(files)
          .sorted(java.util.Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), ""))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
