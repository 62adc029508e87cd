package vn.innohub.exchange.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.ListingStatus;

interface ListingRepository extends JpaRepository<Listing, Long> {

  Optional<Listing> findBySlug(String slug);

  boolean existsBySlug(String slug);

  List<Listing> findByOwnerUserIdOrderByUpdatedAtDesc(long ownerUserId);

  List<Listing> findByStatusOrderBySubmittedAtAsc(ListingStatus status);

  @Query("select l.slug, l.updatedAt from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED"
      + " order by l.updatedAt desc")
  List<Object[]> publishedSlugs(org.springframework.data.domain.Pageable page);

  @Query("""
      select l from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED
        and (:kind is null or l.kind = :kind) and (:category is null or l.category = :category)
        and (:field is null or l.fieldCode = :field or l.fieldCode like :fieldPrefix)
      order by l.publishedAt desc, l.id desc""")
  Page<Listing> published(@Param("kind") ListingKind kind, @Param("category") ListingCategory category,
      @Param("field") String field, @Param("fieldPrefix") String fieldPrefix, Pageable page);

  /** Listings of the same kind whose folded titles start with the same word: candidates for a duplicate. */
  @Query("""
      select l from Listing l where l.kind = :kind and l.titleKey like :prefix and l.id <> :id
        and l.status <> vn.innohub.exchange.ListingStatus.CLOSED and l.status <> vn.innohub.exchange.ListingStatus.EXPIRED""")
  List<Listing> titleCandidates(@Param("kind") ListingKind kind, @Param("prefix") String prefix, @Param("id") long id,
      Pageable page);

  @Query("""
      select l from Listing l where l.ownerUserId = :owner and l.titleKey = :key and l.id <> :id
        and l.status <> vn.innohub.exchange.ListingStatus.CLOSED and l.status <> vn.innohub.exchange.ListingStatus.EXPIRED""")
  List<Listing> sameOwnerTitle(@Param("owner") long owner, @Param("key") String key, @Param("id") long id);

  @Query("select l from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED and l.validUntil < :today")
  List<Listing> expiredBy(@Param("today") LocalDate today);

  @Query("""
      select l from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED and l.remindedAt is null
        and l.validUntil >= :today and l.validUntil <= :until""")
  List<Listing> expiringBy(@Param("today") LocalDate today, @Param("until") LocalDate until);

  @Query("select l from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED order by l.id")
  List<Listing> allPublished();

  @Query("select count(l) from Listing l where l.status = vn.innohub.exchange.ListingStatus.PUBLISHED and l.kind = :kind")
  long countPublished(@Param("kind") ListingKind kind);
}
