package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface ConflictRepository extends JpaRepository<Conflict, Long> {
  List<Conflict> findByApplicationIdIn(List<Long> applicationIds);

  boolean existsByApplicationIdAndJudgeUserId(long applicationId, long judgeUserId);
}
