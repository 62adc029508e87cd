package vn.innohub.exchange.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.exchange.Exchange;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.Match;
import vn.innohub.exchange.PublicListing;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingImport;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.SpreadsheetSafe;

/** Open data of the exchange: published listings only, never their contacts (schema innohub.exchange/1); import. */
@RestController
@RequestMapping("/api/v1/exchange")
class ExchangeApiController {

  private final ListingService listings;
  private final Exchange exchange;
  private final ListingImport importer;
  private final CurrentUser currentUser;

  ExchangeApiController(ListingService listings, Exchange exchange, ListingImport importer, CurrentUser currentUser) {
    this.listings = listings;
    this.exchange = exchange;
    this.importer = importer;
    this.currentUser = currentUser;
  }

  record Page(String schema, long total, int page, int size, List<PublicListing> offers, List<PublicListing> demands) {}

  @GetMapping("/listings")
  Page list(@RequestParam(required = false) ListingKind kind, @RequestParam(required = false) ListingCategory category,
      @RequestParam(required = false) String field, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    var found = listings.published(kind, category, field, page, size);
    List<PublicListing> views = found.getContent().stream().map(listings::publicView).toList();
    return new Page(PublicListing.SCHEMA, found.getTotalElements(), found.getNumber(), found.getSize(),
        views.stream().filter(v -> v.kind() == ListingKind.OFFER).toList(),
        views.stream().filter(v -> v.kind() == ListingKind.DEMAND).toList());
  }

  @GetMapping("/listings/{slug}")
  PublicListing one(@PathVariable String slug) {
    return listings.publicView(published(slug));
  }

  private Listing published(String slug) {
    return listings.publishedBySlug(slug).orElseThrow(() -> DomainException.notFound("Listing", slug));
  }

  record MatchView(String key, ListingKind kind, String title, String field, Integer trl, String region, double score,
      List<String> reasons, String url) {}

  @GetMapping("/listings/{slug}/matches")
  List<MatchView> matches(@PathVariable String slug, @RequestParam(defaultValue = "10") int max) {
    List<Match> found = exchange.matchesFor(published(slug).getId(), Math.min(Math.max(max, 1), 50));
    return found.stream().map(m -> new MatchView(m.slug(), m.kind(), m.title(), m.fieldCode(), m.trl(), m.province(),
        m.score(), m.reasons(), "/cong-nghe/" + m.slug())).toList();
  }

  /** Published listings as CSV, one row per listing; lists joined with "; " (docs/EXCHANGE.md). */
  @GetMapping(value = "/listings.csv", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) ListingKind kind) {
    StringBuilder out = new StringBuilder("key,kind,category,title,summary,description,field,national_field,trl,"
        + "ip_status,ip_numbers,transfer_modes,price_vnd,negotiable,problem,desired_outcome,constraints,"
        + "budget_min_vnd,budget_max_vnd,deadline,min_trl,call_opens,call_closes,region,commune,owner,valid_until,"
        + "published_at,url\n");
    int page = 0;
    while (true) {
      var found = listings.published(kind, null, null, page++, 200);
      for (Listing l : found.getContent()) {
        PublicListing v = listings.publicView(l);
        List<Object> cells = new ArrayList<>(List.of(v.key(), v.kind(), v.category(), nz(v.title()), nz(v.summary()),
            nz(v.description()), nz(v.field()), nz(v.nationalField()), nz(v.trl()), nz(v.ipStatus()),
            nz(v.ipNumbers()), v.transferModes() == null ? "" : v.transferModes().stream().map(Enum::name)
                .collect(Collectors.joining("; ")), nz(v.priceVnd()), nz(v.negotiable()), nz(v.problem()),
            nz(v.desiredOutcome()), nz(v.constraints()), nz(v.budgetMinVnd()), nz(v.budgetMaxVnd()),
            nz(v.deadline()), nz(v.minTrl()), nz(v.callOpens()), nz(v.callCloses()), nz(v.region()),
            nz(v.commune()), nz(v.owner()), nz(v.validUntil()), nz(v.publishedAt()), v.url()));
        out.append(SpreadsheetSafe.csvRow(cells)).append('\n');
      }
      if (!found.hasNext()) {
        break;
      }
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"san-cong-nghe.csv\"").body(out.toString());
  }

  private static Object nz(Object o) {
    return o == null ? "" : o;
  }

  /** ADMIN imports listings in the export's JSON format; they land as PENDING, bad rows are reported per row. */
  @PostMapping("/import")
  @PreAuthorize("hasRole('ADMIN')")
  ListingImport.Report importListings(@RequestBody JsonNode body) {
    return importer.run(body, currentUser.require());
  }
}
