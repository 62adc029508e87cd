package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface JudgeRepository extends JpaRepository<PanelJudge, Long> {
  List<PanelJudge> findByContestIdAndRoundOrderByIdAsc(long contestId, RoundKind round);

  List<PanelJudge> findByContestIdOrderByRoundAscIdAsc(long contestId);

  boolean existsByContestIdAndRoundAndUserId(long contestId, RoundKind round, long userId);
}
