package vn.innohub.reporting.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  List<Evidence> findByReportIdOrderById(long reportId);

  List<Evidence> findByReportIdInOrderById(Collection<Long> reportIds);
}
