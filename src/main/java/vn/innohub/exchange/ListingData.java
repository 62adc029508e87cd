package vn.innohub.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the owner writes about a listing: the common facts, then what only an offer ({@link OfferTerms}), only a
 * demand ({@link DemandTerms}) or only a challenge ({@link ChallengeCall}) has. The terms of the other kind are
 * ignored when the listing is saved. The {@link Contacts} are private: shown only to a party of an accepted connection.
 * None of the groups is ever null; an absent group is its {@code NONE}.
 */
public record ListingData(ListingCategory category, String title, String summary, String description, String fieldCode,
    String province, String commune, String profileSlug, LocalDate validUntil, OfferTerms offer, DemandTerms demand,
    ChallengeCall call, Contacts contacts) {

  public ListingData {
    offer = offer == null ? OfferTerms.NONE : offer;
    demand = demand == null ? DemandTerms.NONE : demand;
    call = call == null ? ChallengeCall.NONE : call;
    contacts = contacts == null ? Contacts.NONE : contacts;
  }

  /** Điều kiện chào bán: what an offer states about the technology and its transfer. */
  public record OfferTerms(Integer trl, IpStatus ipStatus, String ipNumbers, Set<TransferMode> transferModes,
      BigDecimal priceVnd, boolean negotiable) {

    public static final OfferTerms NONE = new OfferTerms(null, null, null, Set.of(), null, true);

    public OfferTerms {
      transferModes = transferModes == null ? Set.of() : Set.copyOf(transferModes);
    }

    /** Only the readiness level; the price is left to negotiation. */
    public static OfferTerms ofTrl(Integer trl) {
      return new OfferTerms(trl, null, null, Set.of(), null, true);
    }
  }

  /** Yêu cầu của tin nhu cầu: the problem a demand states and what its owner can spend and accept. */
  public record DemandTerms(String problem, String desiredOutcome, String constraints, BigDecimal budgetMinVnd,
      BigDecimal budgetMaxVnd, LocalDate deadline, Integer minTrl) {

    public static final DemandTerms NONE = new DemandTerms(null, null, null, null, null, null, null);

    /** The problem, the outcome wanted and the lowest readiness level accepted; no budget or deadline. */
    public static DemandTerms of(String problem, String desiredOutcome, Integer minTrl) {
      return new DemandTerms(problem, desiredOutcome, null, null, null, null, minTrl);
    }

    public DemandTerms withBudget(BigDecimal min, BigDecimal max, LocalDate deadline) {
      return new DemandTerms(problem, desiredOutcome, constraints, min, max, deadline, minTrl);
    }
  }

  /** Đợt đặt hàng: the window in which a challenge (an agency's problem statement) takes proposals. */
  public record ChallengeCall(LocalDate opens, LocalDate closes) {

    public static final ChallengeCall NONE = new ChallengeCall(null, null);
  }

  /** Who speaks for the listing: its owner's public name and the private contact. */
  public record Contacts(String ownerName, String contactName, String contactPhone, String contactEmail) {

    public static final Contacts NONE = new Contacts(null, null, null, null);

    public Contacts withOwnerName(String name) {
      return new Contacts(name, contactName, contactPhone, contactEmail);
    }
  }

  public ListingKind kind() {
    return category == null ? null : category.kind();
  }

  /** An offer with the fields matching needs; the rest empty. */
  public static ListingData offer(ListingCategory category, String title, String summary, String description,
      String fieldCode, Integer trl, String province) {
    return new ListingData(category, title, summary, description, fieldCode, province, null, null, null,
        OfferTerms.ofTrl(trl), DemandTerms.NONE, ChallengeCall.NONE, Contacts.NONE);
  }

  /** A demand with the fields matching needs; the rest empty. */
  public static ListingData demand(ListingCategory category, String title, String problem, String desiredOutcome,
      String fieldCode, Integer minTrl, String province) {
    return new ListingData(category, title, null, null, fieldCode, province, null, null, null, OfferTerms.NONE,
        DemandTerms.of(problem, desiredOutcome, minTrl), ChallengeCall.NONE, Contacts.NONE);
  }

  public ListingData withContacts(Contacts contacts) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, profileSlug,
        validUntil, offer, demand, call, contacts);
  }

  public ListingData withContacts(String ownerName, String contactName, String contactPhone, String contactEmail) {
    return withContacts(new Contacts(ownerName, contactName, contactPhone, contactEmail));
  }

  public ListingData withValidity(LocalDate validUntil) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, profileSlug,
        validUntil, offer, demand, call, contacts);
  }

  public ListingData withProfile(String profileSlug) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, profileSlug,
        validUntil, offer, demand, call, contacts);
  }

  public ListingData withDemand(DemandTerms demand) {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, profileSlug,
        validUntil, offer, demand, call, contacts);
  }

  public ListingData withBudget(BigDecimal min, BigDecimal max, LocalDate deadline) {
    return withDemand(demand.withBudget(min, max, deadline));
  }
}
