package vn.innohub.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanImportRepository extends JpaRepository<PlanImport, Long> {}
