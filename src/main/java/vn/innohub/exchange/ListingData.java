package vn.innohub.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the owner writes about a listing. Offer fields (TRL, IP, transfer modes, price) are ignored on a demand and
 * demand fields (problem, outcome, constraints, budget, deadline, minimum TRL, call window) on an offer.
 * The contact fields are private: shown only to a party of an accepted connection.
 */
public record ListingData(ListingCategory category, String title, String summary, String description, String fieldCode,
    String province, String commune, Integer trl, IpStatus ipStatus, String ipNumbers, Set<TransferMode> transferModes,
    BigDecimal priceVnd, boolean negotiable, String problem, String desiredOutcome, String constraints,
    BigDecimal budgetMinVnd, BigDecimal budgetMaxVnd, LocalDate deadline, Integer minTrl, LocalDate callOpens,
    LocalDate callCloses, String profileSlug, String ownerName, String contactName, String contactPhone,
    String contactEmail, LocalDate validUntil) {

  public ListingData {
    transferModes = transferModes == null ? Set.of() : Set.copyOf(transferModes);
  }

  public ListingKind kind() {
    return category == null ? null : category.kind();
  }

  /** An offer with the fields matching needs; the rest empty. */
  public static ListingData offer(ListingCategory category, String title, String summary, String description,
      String fieldCode, Integer trl, String province) {
    return new ListingData(category, title, summary, description, fieldCode, province, null, trl, null, null, Set.of(),
        null, true, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A demand with the fields matching needs; the rest empty. */
  public static ListingData demand(ListingCategory category, String title, String problem, String desiredOutcome,
      String fieldCode, Integer minTrl, String province) {
    return new ListingData(category, title, null, null, fieldCode, province, null, null, null, null, Set.of(), null,
        false, problem, desiredOutcome, null, null, null, null, minTrl, null, null, null, null, null, null, null, null);
  }

  public ListingData withContacts(String ownerName, String contactName, String contactPhone, String contactEmail) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, trl, ipStatus,
        ipNumbers, transferModes, priceVnd, negotiable, problem, desiredOutcome, constraints, budgetMinVnd,
        budgetMaxVnd, deadline, minTrl, callOpens, callCloses, profileSlug, ownerName, contactName, contactPhone,
        contactEmail, validUntil);
  }

  public ListingData withValidity(LocalDate validUntil) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, trl, ipStatus,
        ipNumbers, transferModes, priceVnd, negotiable, problem, desiredOutcome, constraints, budgetMinVnd,
        budgetMaxVnd, deadline, minTrl, callOpens, callCloses, profileSlug, ownerName, contactName, contactPhone,
        contactEmail, validUntil);
  }

  public ListingData withBudget(BigDecimal min, BigDecimal max, LocalDate deadline) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, trl, ipStatus,
        ipNumbers, transferModes, priceVnd, negotiable, problem, desiredOutcome, constraints, min, max, deadline,
        minTrl, callOpens, callCloses, profileSlug, ownerName, contactName, contactPhone, contactEmail, validUntil);
  }
}
