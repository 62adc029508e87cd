package vn.innohub.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

  List<Plan> findAllByOrderByPeriodFromDescIdDesc();

  @org.springframework.data.jpa.repository.Query("select p.version from Plan p where p.id = :id")
  java.util.Optional<Long> versionOf(@org.springframework.data.repository.query.Param("id") long id);
}
