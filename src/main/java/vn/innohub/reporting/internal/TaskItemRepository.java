package vn.innohub.reporting.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TaskItemRepository extends JpaRepository<ReportTaskItem, Long> {

  /** Every unit's word on the tasks in one period, with the report and its unit. */
  @Query("select i from ReportTaskItem i join fetch i.report r where r.period.id = :period and i.taskId in :tasks")
  List<ReportTaskItem> inPeriod(@Param("period") long periodId, @Param("tasks") Collection<Long> taskIds);

  /** What units said of the tasks in reports that left the draft stage, latest period first. */
  @Query("select i from ReportTaskItem i join fetch i.report r join fetch r.period p where i.taskId in :tasks"
      + " and r.status <> vn.innohub.reporting.ReportStatus.DRAFT order by p.end desc, r.approvedAt desc")
  List<ReportTaskItem> reported(@Param("tasks") Collection<Long> taskIds);
}
