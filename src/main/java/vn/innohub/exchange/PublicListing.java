package vn.innohub.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published listing as open data (schema innohub.exchange/1; docs/EXCHANGE.md maps it to the national technology
 * exchange field by field). Never carries the private contact fields. The same names are read by the import.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicListing(String key, ListingKind kind, ListingCategory category, String title, String summary,
    String description, String field, String nationalField, Integer trl, IpStatus ipStatus, String ipNumbers,
    List<TransferMode> transferModes, BigDecimal priceVnd, Boolean negotiable, String problem, String desiredOutcome,
    String constraints, BigDecimal budgetMinVnd, BigDecimal budgetMaxVnd, LocalDate deadline, Integer minTrl,
    LocalDate callOpens, LocalDate callCloses, String selectionOutcome, String region, String commune, String owner,
    String profileSlug, LocalDate validUntil, Instant publishedAt, String url) {

  public static final String SCHEMA = "innohub.exchange/1";
}
