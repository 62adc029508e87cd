package vn.innohub.exchange.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingKind;

/** The public list of published listings: filters alone from the database, words through the search index. */
@Service
public class ListingFinder {

  private final EntityManager em;
  private final ListingService listings;
  private final ListingRepository repository;

  ListingFinder(EntityManager em, ListingService listings, ListingRepository repository) {
    this.em = em;
    this.listings = listings;
    this.repository = repository;
  }

  @Transactional(readOnly = true)
  public Page<Listing> find(String typed, ListingKind kind, ListingCategory category, String field, int page, int size) {
    String text = vn.innohub.shared.text.SearchBox.bounded(typed);
    if (text == null || text.isBlank()) {
      return listings.published(kind, category, field, page, size);
    }
    int p = Math.max(0, page);
    int s = Math.min(Math.max(size, 1), 100);
    var result = Search.session(em).search(Listing.class).select(f -> f.id(Long.class))
        .where(f -> f.bool(b -> {
          b.filter(f.match().field("visible").matching(true));
          if (kind != null) {
            b.filter(f.match().field("listingKind").matching(kind.name()));
          }
          if (category != null) {
            b.filter(f.match().field("category").matching(category));
          }
          if (field != null && !field.isBlank()) {
            b.filter(f.bool().should(f.match().field("fieldCode").matching(field))
                .should(f.match().field("fieldParent").matching(field)));
          }
          b.must(f.simpleQueryString().field("words").matching(text.strip())
              .defaultOperator(BooleanOperator.AND));
        }))
        .fetch(vn.innohub.shared.web.Paging.searchOffset(p, s), s);
    Map<Long, Listing> byId = repository.findAllById(result.hits()).stream()
        .collect(Collectors.toMap(Listing::getId, Function.identity()));
    List<Listing> hits = result.hits().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    return new PageImpl<>(hits, PageRequest.of(p, s), result.total().hitCount());
  }
}
