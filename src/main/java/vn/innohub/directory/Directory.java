package vn.innohub.directory;

import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Directory {

  /** Live statistics over verified profiles (cached until the next write, see {@code FreshCache}). */
  EcosystemStatistics statistics();

  /** A bindable statistic's current value ({@link EcosystemStatistics#KEYS}), empty for an unknown key. */
  default Optional<java.math.BigDecimal> statistic(String key) {
    return EcosystemStatistics.KEYS.contains(key) ? Optional.of(statistics().value(key)) : Optional.empty();
  }
}
