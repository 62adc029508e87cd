package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.innohub.contest.internal.ContestSpec.RoundKind;

interface FileRepository extends JpaRepository<ApplicationFile, Long> {
  List<ApplicationFile> findByApplicationIdOrderByIdAsc(long applicationId);
}
