package vn.innohub.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanImportJobRepository extends JpaRepository<PlanImportJob, Long> {}
