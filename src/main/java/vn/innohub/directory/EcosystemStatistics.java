package vn.innohub.directory;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Ecosystem numbers counted live from verified profiles' published facts. {@link #KEYS} are the statistics a plan
 * target can be bound to.
 */
public record EcosystemStatistics(
    long startups, long innovativeStartups, long startupsThatRaised, BigDecimal capitalRaisedVnd,
    Map<Integer, BigDecimal> capitalRaisedByYear, long innovationSpaces, long supportOrganisations,
    long networkedStartups, long ipRegistrations, long investors, long experts) {

  public static final java.util.List<String> KEYS = java.util.List.of("directory.innovativeStartups",
      "directory.startups", "directory.startupsThatRaised", "directory.capitalRaisedBillionVnd",
      "directory.innovationSpaces", "directory.networkedStartups", "directory.ipRegistrations");

  /** The value of a bindable statistic; capital in billions of VND (tỷ đồng), as plans state it. */
  public BigDecimal value(String key) {
    return switch (key) {
      case "directory.innovativeStartups" -> BigDecimal.valueOf(innovativeStartups);
      case "directory.startups" -> BigDecimal.valueOf(startups);
      case "directory.startupsThatRaised" -> BigDecimal.valueOf(startupsThatRaised);
      case "directory.capitalRaisedBillionVnd" -> capitalRaisedVnd.divide(BigDecimal.valueOf(1_000_000_000L), 3,
          java.math.RoundingMode.HALF_UP).stripTrailingZeros();
      case "directory.innovationSpaces" -> BigDecimal.valueOf(innovationSpaces);
      case "directory.networkedStartups" -> BigDecimal.valueOf(networkedStartups);
      case "directory.ipRegistrations" -> BigDecimal.valueOf(ipRegistrations);
      default -> throw new IllegalArgumentException(key);
    };
  }
}
