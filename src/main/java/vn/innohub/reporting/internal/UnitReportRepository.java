package vn.innohub.reporting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.innohub.reporting.ReportStatus;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

  List<UnitReport> findByPeriodIdOrderByUnitId(long periodId);

  Optional<UnitReport> findByPeriodIdAndUnitId(long periodId, long unitId);

  @Query("select r from UnitReport r join fetch r.period p where r.unitId in :units order by p.end desc, r.id")
  List<UnitReport> findForUnits(@Param("units") Collection<Long> units);

  @Query("select r from UnitReport r join fetch r.period p where p.status = vn.innohub.reporting.PeriodStatus.OPEN order by p.end, r.id")
  List<UnitReport> findInOpenPeriods();

  long countByPeriodId(long periodId);

  /** Sum of report versions and count of reports and periods of a plan: changes with every report change. */
  @Query(value = "SELECT COALESCE(SUM(r.version + 1), 0) * 1000003 + COUNT(r.id) * 1009"
      + " + (SELECT COALESCE(SUM(p2.version + 1), 0) FROM reporting_period p2 WHERE p2.plan_id = :plan)"
      + " FROM unit_report r JOIN reporting_period p ON p.id = r.period_id WHERE p.plan_id = :plan", nativeQuery = true)
  long stamp(@Param("plan") long planId);

  List<UnitReport> findByPeriodIdAndStatus(long periodId, ReportStatus status);
}
