package vn.innohub.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.ProfileStatus;

interface ProfileRepository extends JpaRepository<Profile, Long> {

  Optional<Profile> findBySlug(String slug);

  boolean existsBySlug(String slug);

  boolean existsBySlugAndPublishedIsNotNull(String slug);

  long countByPublishedIsNotNull();

  /** Slug and when the published version last changed, by id. */
  @Query("select p.slug, p.publishedAt from Profile p where p.published is not null order by p.id")
  List<Object[]> publishedSlugs(Pageable page);

  List<Profile> findByOwnerUserIdOrderByUpdatedAtDesc(long ownerUserId);

  List<Profile> findByStatusOrderBySubmittedAtAsc(ProfileStatus status);

  @Query("select p from Profile p where p.taxCode = :taxCode and p.id <> :id and p.status <> vn.innohub.directory.ProfileStatus.REJECTED")
  List<Profile> sameTaxCode(@Param("taxCode") String taxCode, @Param("id") long exceptId);

  /** Candidates for a near-identical name: same first word of the folded name. */
  @Query("select p from Profile p where p.nameKey like :prefix and p.id <> :id and p.status <> vn.innohub.directory.ProfileStatus.REJECTED")
  List<Profile> nameCandidates(@Param("prefix") String prefix, @Param("id") long exceptId, Pageable page);

  @Query("select p from Profile p where p.published is not null and (:kind is null or p.kind = :kind) order by p.nameKey")
  Page<Profile> published(@Param("kind") ProfileKind kind, Pageable page);

  @Query("select p from Profile p where p.published is not null and p.kind = vn.innohub.directory.ProfileKind.STARTUP order by p.publishedAt desc")
  List<Profile> latestPublishedStartups(Pageable page);

  @Query("""
      select count(p),
             sum(case when p.innovative = true then 1 else 0 end),
             sum(case when p.statNetworked = true then 1 else 0 end)
      from Profile p where p.published is not null and p.kind = vn.innohub.directory.ProfileKind.STARTUP""")
  List<Object[]> startupCounts();

  @Query("""
      select count(p), sum(case when p.statSpace = true then 1 else 0 end)
      from Profile p where p.published is not null and p.kind = vn.innohub.directory.ProfileKind.SUPPORT_ORG""")
  List<Object[]> supportCounts();

  @Query("select count(p) from Profile p where p.published is not null and p.kind = :kind")
  long countPublished(@Param("kind") ProfileKind kind);

  @Query("select coalesce(sum(p.statIpCount), 0) from Profile p where p.published is not null")
  long ipRegistrations();
}
