package vn.innohub.portal.library.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PolicyDocumentRepository extends JpaRepository<PolicyDocument, Long> {

  Optional<PolicyDocument> findBySlug(String slug);

  boolean existsBySlug(String slug);

  Page<PolicyDocument> findAllByOrderByUpdatedAtDesc(Pageable page);

  /** Documents that name this one as their replacement. */
  List<PolicyDocument> findByReplacedByIdOrderByIssuedOnDesc(long replacedById);

  @Query("select distinct d.issuer from PolicyDocument d where d.published = true and d.issuer is not null order by d.issuer")
  List<String> publishedIssuers();

  @Query("select distinct year(d.issuedOn) from PolicyDocument d where d.published = true and d.issuedOn is not null order by 1 desc")
  List<Integer> publishedYears();

  @Query("select d.slug, d.updatedAt from PolicyDocument d where d.published = true order by d.updatedAt desc")
  List<Object[]> publishedSlugs(Pageable page);

  @Query("select d from PolicyDocument d order by d.title")
  List<PolicyDocument> allByTitle();

  @Query("select d from PolicyDocument d where d.published = true and d.replacedBy.id = :id order by d.issuedOn desc nulls last")
  List<PolicyDocument> publishedReplacedBy(@Param("id") long id);
}
