package vn.innohub.plan.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanImportJobRepository extends JpaRepository<PlanImportJob, Long> {

  /** The oldest jobs last heard of before this instant, a batch at a time. */
  List<PlanImportJob> findTop500ByUpdatedAtBeforeOrderByIdAsc(Instant before);
}
