package vn.innohub.portal.library.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;

/**
 * Full-text search over the published library: titles, numbers, summaries, tags, issuers and the text of the
 * attached files, accents and case ignored. All words must match; when that finds nothing, any word may, best first.
 * A match in the title or the number weighs four times one inside a file; with nothing typed the newest come first.
 */
@Service
public class LibrarySearch {

  public static final int PAGE_SIZE = 20;

  /** Filters; null means any. */
  public record Query(String text, DocumentType type, DocumentStatus status, String issuer, Integer year, String tag,
      int page, int size) {

    public Query {
      text = vn.innohub.shared.text.SearchBox.bounded(text);
      page = Math.max(0, page);
      size = size <= 0 ? PAGE_SIZE : Math.min(size, 100);
    }

    public static Query text(String text) {
      return new Query(text, null, null, null, null, null, 0, PAGE_SIZE);
    }

    boolean hasText() {
      return text != null && !text.isBlank();
    }
  }

  /**
   * One hit: the document (its replacement loaded), its files, and when the words were found only in a file, a
   * passage of that file around the first one.
   */
  public record Hit(PolicyDocument document, List<FileInfo> files, String passage, String passageFile) {}

  public record Result(long total, List<Hit> hits, Map<String, Long> types, boolean relaxed, int page, int size) {

    public List<PolicyDocument> documents() {
      return hits.stream().map(Hit::document).toList();
    }

    public int pages() {
      return (int) ((total + size - 1) / size);
    }
  }

  private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");

  private final EntityManager em;
  private final PolicyAttachmentRepository attachments;

  LibrarySearch(EntityManager em, PolicyAttachmentRepository attachments) {
    this.em = em;
    this.attachments = attachments;
  }

  /** The published documents found, without passages (for the open-data API). */
  @Transactional(readOnly = true)
  public Result search(Query q) {
    return search(q, false);
  }

  /** The published documents found; with {@code passages}, a quote of the file where only a file matched. */
  @Transactional(readOnly = true)
  public Result search(Query q, boolean passages) {
    Result strict = run(q, BooleanOperator.AND, passages);
    if (strict.total() == 0 && q.hasText() && q.text().strip().contains(" ")) {
      Result loose = run(q, BooleanOperator.OR, passages);
      return new Result(loose.total(), loose.hits(), loose.types(), true, loose.page(), loose.size());
    }
    return strict;
  }

  private Result run(Query q, BooleanOperator operator, boolean passages) {
    var result = Search.session(em).search(PolicyDocument.class)
        .where(f -> predicate(f, q, operator))
        .sort(f -> sort(f, q))
        .aggregation(TYPES, f -> f.terms().field("typeKey", String.class).maxTermCount(DocumentType.values().length))
        .fetch(vn.innohub.shared.web.Paging.searchOffset(q.page(), q.size()), q.size());
    List<PolicyDocument> found = result.hits();
    found.forEach(d -> Hibernate.initialize(d.getReplacedBy()));
    Map<Long, List<FileInfo>> files = found.isEmpty() ? Map.of()
        : attachments.infoFor(found.stream().map(PolicyDocument::getId).toList()).stream()
            .collect(Collectors.groupingBy(FileInfo::documentId));
    List<String> words = passages && q.hasText() ? Passages.words(q.text()) : List.of();
    List<Hit> hits = found.stream().map(d -> hit(d, files.getOrDefault(d.getId(), List.of()), words)).toList();
    return new Result(result.total().hitCount(), hits, result.aggregation(TYPES), false, q.page(), q.size());
  }

  private Hit hit(PolicyDocument d, List<FileInfo> files, List<String> words) {
    if (words.isEmpty() || files.isEmpty() || Passages.containsAny(d.getTitle(), words)
        || Passages.containsAny(d.getSummary(), words)) {
      return new Hit(d, files, null, null);
    }
    for (PolicyAttachment a : attachments.withText(d.getId())) {
      String passage = Passages.around(a.getText(), words, 110);
      if (passage != null) {
        return new Hit(d, files, passage, a.getFileName());
      }
    }
    return new Hit(d, files, null, null);
  }

  private static PredicateFinalStep predicate(SearchPredicateFactory f, Query q, BooleanOperator operator) {
    return f.bool().with(b -> {
      // Only published documents are indexed (see PolicyDocument's routing): without words, list them all.
      if (!q.hasText()) {
        b.must(f.matchAll());
      }
      if (q.hasText()) {
        String text = q.text().strip();
        b.must(f.bool()
            .should(f.simpleQueryString()
                .field("title").boost(4f)
                .field("numberText").boost(4f)
                .field("summaryText").boost(2f)
                .field("tagText").boost(2f)
                .field("issuerText").boost(2f)
                .field("words")
                .matching(text).defaultOperator(operator))
            // The exact number ("150/KH-UBND") first of all.
            .should(f.match().field("numberKey").matching(text).boost(10f)));
      }
      if (q.type() != null) {
        b.filter(f.match().field("typeKey").matching(q.type().name()));
      }
      if (q.status() != null) {
        b.filter(f.match().field("statusKey").matching(q.status().name()));
      }
      if (q.issuer() != null && !q.issuer().isBlank()) {
        b.filter(f.match().field("issuerKey").matching(q.issuer().strip()));
      }
      if (q.year() != null) {
        b.filter(f.match().field("issueYear").matching(q.year()));
      }
      if (q.tag() != null && !q.tag().isBlank()) {
        b.filter(f.match().field("tagKey").matching(q.tag().strip()));
      }
    });
  }

  private static SortFinalStep sort(SearchSortFactory f, Query q) {
    if (q.hasText()) {
      return f.score().then().field("issuedOn").desc().missing().last().then().field("idSort").desc();
    }
    return f.field("issuedOn").desc().missing().last().then().field("idSort").desc();
  }
}
