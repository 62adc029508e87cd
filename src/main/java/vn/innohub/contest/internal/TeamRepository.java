package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface TeamRepository extends JpaRepository<TeamMember, Long> {
  List<TeamMember> findByApplicationId(long applicationId);

  List<TeamMember> findByUserId(long userId);

  List<TeamMember> findByEmailAndAcceptedAtIsNull(String email);

  boolean existsByApplicationIdAndEmail(long applicationId, String email);
}
