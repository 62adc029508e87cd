package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface ApplicationRepository extends JpaRepository<ContestApplication, Long> {
  List<ContestApplication> findByContestIdOrderByIdAsc(long contestId);

  List<ContestApplication> findByOwnerUserIdOrderByIdDesc(long ownerUserId);

  Optional<ContestApplication> findFirstByContestIdAndOwnerUserId(long contestId, long ownerUserId);

  long countBySubmittedAtIsNotNull();

  List<ContestApplication> findByContestIdAndAwardRankIsNotNullOrderByAwardRankAsc(long contestId);
}
