package vn.innohub.exchange;

import java.util.List;

/** What other modules (and the exchange's own pages) may ask of the technology exchange. */
public interface Exchange {

  /** Statistics bindable to plan targets ({@code statistic.<key>} labels). */
  List<String> STATISTICS = List.of("exchange.listings.published.offers", "exchange.listings.published.demands",
      "exchange.connections", "exchange.connections.accepted", "exchange.deals.signed", "exchange.deals.value",
      "exchange.transfers", "exchange.enterprises.supported");

  /**
   * For a demand, the published offers that could serve it, best first; for an offer, the published demands it could
   * serve. Never the owner's own listings. Empty for an unknown listing.
   */
  List<Match> matchesFor(long listingId, int max);
}
