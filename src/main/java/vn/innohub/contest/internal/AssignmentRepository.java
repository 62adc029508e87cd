package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface AssignmentRepository extends JpaRepository<JudgeAssignment, Long> {
  List<JudgeAssignment> findByContestIdAndRound(long contestId, RoundKind round);

  List<JudgeAssignment> findByJudgeUserIdOrderByIdAsc(long judgeUserId);

  List<JudgeAssignment> findByApplicationIdAndJudgeUserIdOrderByIdDesc(long applicationId, long judgeUserId);

  List<JudgeAssignment> findByApplicationIdOrderByIdAsc(long applicationId);
}
