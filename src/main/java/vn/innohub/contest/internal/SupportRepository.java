package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface SupportRepository extends JpaRepository<Support, Long> {
  List<Support> findByApplicationIdOrderByIdAsc(long applicationId);

  @Query("select count(distinct s.applicationId) from Support s where s.delivered = true")
  long supportedProjects();

  @Query("select coalesce(sum(s.amountVnd), 0) from Support s where s.delivered = true and s.kind = ?1")
  BigDecimal delivered(Support.Kind kind);
}
