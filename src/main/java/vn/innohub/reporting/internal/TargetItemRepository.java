package vn.innohub.reporting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TargetItemRepository extends JpaRepository<ReportTargetItem, Long> {

  @Query("select i from ReportTargetItem i join fetch i.report r where r.period.id = :period"
      + " and r.status = vn.innohub.reporting.ReportStatus.APPROVED order by i.targetId, r.approvedAt, r.id")
  List<ReportTargetItem> approvedInPeriod(@Param("period") long periodId);

  @Query("select i from ReportTargetItem i join fetch i.report r join fetch r.period p where p.planId = :plan"
      + " and r.status = vn.innohub.reporting.ReportStatus.APPROVED order by r.approvedAt, r.id")
  List<ReportTargetItem> approvedInPlan(@Param("plan") long planId);
}
