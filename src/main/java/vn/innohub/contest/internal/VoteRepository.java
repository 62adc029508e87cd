package vn.innohub.contest.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoteRepository extends JpaRepository<Vote, Long> {

  Optional<Vote> findByContestIdAndUserId(long contestId, long userId);

  boolean existsByContestIdAndUserId(long contestId, long userId);

  /** Votes per application: rows of (application id, count). */
  @Query("select v.applicationId, count(v) from Vote v where v.contestId = ?1 and v.voidedAt is null"
      + " group by v.applicationId")
  List<Object[]> countByApplication(long contestId);

  List<Vote> findByContestIdOrderByCreatedAtAsc(long contestId);

  @Query("select count(v) from Vote v where v.voidedAt is null")
  long countValid();
}
