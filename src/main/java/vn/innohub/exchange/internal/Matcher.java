package vn.innohub.exchange.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.Exchange;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.Match;
import vn.innohub.shared.web.Messages;

/**
 * Gợi ý phù hợp: ranks the published listings of the other kind for a listing. Candidates and their scores come from
 * Lucene (BM25 through Hibernate Search): the source's meaningful words against the other listings' titles (boosted)
 * and texts, plus constant boosts for the same field, the same parent field and the same province. The candidates
 * are then re-ranked by TRL fit (see {@link #trlFactor}), ties broken by id, so the order is reproducible.
 */
@Service
public class Matcher implements Exchange {

  /**
   * The ranking's weights: title boost over the text, constant boosts for the same field, the same parent field and
   * the same province, and the factors for an offer one or more TRL levels below the demand's minimum.
   */
  public record Weights(float title, float sameField, float sameParent, float sameRegion, double oneBelow,
      double farBelow) {}

  /** Chosen on the labelled set (src/test/resources/exchange/matching-set.json; docs/BENCHMARKS.md). */
  public static final Weights WEIGHTS = new Weights(2f, 4f, 2f, 0.5f, 0.6, 0.3);
  /** Candidates taken from the index before the re-rank. */
  static final int CANDIDATES = 50;
  static final int QUERY_WORDS = 80;

  private final EntityManager em;
  private final ListingRepository listings;
  private final ExchangeFieldRepository fields;
  private final Messages messages;

  Matcher(EntityManager em, ListingRepository listings, ExchangeFieldRepository fields, Messages messages) {
    this.em = em;
    this.listings = listings;
    this.fields = fields;
    this.messages = messages;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Match> matchesFor(long listingId, int max) {
    return listings.findById(listingId).map(l -> rank(l, max)).orElse(List.of());
  }

  /**
   * TRL fit of an offer for a demand's minimum: at or above it fits (×1); one level below ×{@code oneBelow}; further
   * below ×{@code farBelow} (a far less mature technology rarely serves the need); no minimum given: ×1.
   */
  static double trlFactor(Integer offerTrl, Integer minTrl, Weights w) {
    if (minTrl == null || offerTrl == null || offerTrl >= minTrl) {
      return 1.0;
    }
    return offerTrl == minTrl - 1 ? w.oneBelow() : w.farBelow();
  }

  @Transactional(readOnly = true)
  public List<Match> rank(Listing source, int max) {
    return rank(source, max, WEIGHTS);
  }

  private List<Match> rank(Listing source, int max, Weights w) {
    String text = Keywords.query(source.getMatchText(), QUERY_WORDS);
    String parent = Listing.parentOf(source.getFieldCode());
    String region = source.getRegionKey();
    ListingKind other = source.getKind().other();
    var session = Search.session(em);
    List<List<?>> hits = session.search(Listing.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
        .where(f -> f.bool(b -> {
          b.filter(f.match().field("visible").matching(true));
          b.filter(f.match().field("listingKind").matching(other.name()));
          if (source.getOwnerUserId() != null) {
            b.mustNot(f.match().field("ownerId").matching(source.getOwnerUserId()));
          }
          if (source.getId() != null) {
            b.mustNot(f.id().matching(source.getId()));
          }
          if (!text.isBlank()) {
            b.should(f.simpleQueryString().field("title").boost(w.title()).field("matchText").matching(text)
                .defaultOperator(BooleanOperator.OR));
          }
          b.should(f.match().field("fieldCode").matching(source.getFieldCode()).constantScore().boost(w.sameField()));
          b.should(f.match().field("fieldParent").matching(parent).constantScore().boost(w.sameParent()));
          if (region != null) {
            b.should(f.match().field("regionKey").matching(region).constantScore().boost(w.sameRegion()));
          }
          b.minimumShouldMatchNumber(1);
        }))
        .fetchHits(CANDIDATES);
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<Long, Listing> byId = listings.findAllById(hits.stream().map(h -> (Long) h.get(0)).toList()).stream()
        .collect(Collectors.toMap(Listing::getId, Function.identity()));
    record Scored(Listing listing, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (List<?> h : hits) {
      Listing c = byId.get((Long) h.get(0));
      if (c == null) {
        continue;
      }
      Listing offer = source.getKind() == ListingKind.OFFER ? source : c;
      Listing demand = source.getKind() == ListingKind.OFFER ? c : source;
      scored.add(new Scored(c, ((Float) h.get(1)) * trlFactor(offer.getTrl(), demand.getMinTrl(), w)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.listing().getId()));
    Map<String, String> names = fieldNamesVi();
    return scored.stream().limit(max).map(s -> match(source, s.listing(), s.score(), names)).toList();
  }

  private Map<String, String> fieldNamesVi() {
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    return fields.findAll().stream().collect(Collectors.toMap(ExchangeField::getCode, f -> f.name(locale)));
  }

  private Match match(Listing source, Listing c, double score, Map<String, String> names) {
    List<String> reasons = new ArrayList<>();
    if (source.getFieldCode().equals(c.getFieldCode())) {
      reasons.add(messages.get("exchange.reason.sameField", names.get(c.getFieldCode())));
    } else if (Listing.parentOf(source.getFieldCode()).equals(c.getFieldParent())) {
      reasons.add(messages.get("exchange.reason.sameParent", names.get(c.getFieldParent())));
    }
    Set<String> otherKeys = Keywords.keys(c.getMatchText());
    List<String> shared = Keywords.shared(source.getMatchText(), otherKeys, 5);
    if (!shared.isEmpty()) {
      reasons.add(messages.get("exchange.reason.keywords", String.join(", ", shared)));
    }
    Listing offer = source.getKind() == ListingKind.OFFER ? source : c;
    Listing demand = source.getKind() == ListingKind.OFFER ? c : source;
    if (offer.getTrl() != null && demand.getMinTrl() != null) {
      reasons.add(messages.get(offer.getTrl() >= demand.getMinTrl() ? "exchange.reason.trlFits"
          : "exchange.reason.trlBelow", offer.getTrl(), demand.getMinTrl()));
    } else if (offer.getTrl() != null) {
      reasons.add(messages.get("exchange.reason.trl", offer.getTrl()));
    }
    if (source.getRegionKey() != null && source.getRegionKey().equals(c.getRegionKey())) {
      reasons.add(messages.get("exchange.reason.sameRegion", c.getProvince()));
    }
    return new Match(c.getId(), c.getSlug(), c.getTitle(), c.getKind(), c.getFieldCode(), c.getTrl(), c.getProvince(),
        Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
  }
}
