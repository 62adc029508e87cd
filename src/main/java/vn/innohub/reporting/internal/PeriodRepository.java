package vn.innohub.reporting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.innohub.reporting.PeriodStatus;

public interface PeriodRepository extends JpaRepository<ReportingPeriod, Long> {

  List<ReportingPeriod> findByPlanIdOrderByEndAscKindAsc(long planId);

  List<ReportingPeriod> findByStatusOrderByEndAsc(PeriodStatus status);

  List<ReportingPeriod> findAllByOrderByEndDescIdDesc();
}
