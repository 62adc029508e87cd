package vn.innohub.dashboard.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.shared.text.SpreadsheetSafe;

/**
 * Open data of a period: targets, tasks and the approved unit values behind the targets, as JSON (one document) or
 * CSV (one table per file). The schema is documented in docs/OPEN-DATA.md and versioned by {@link #SCHEMA}.
 */
public final class OpenData {

  public static final String SCHEMA = "innohub.period-results/1";

  private OpenData() {}

  /** A target's row. */
  public record TargetRecord(long planId, long periodId, String period, long targetId, String code, String name,
      String targetText, BigDecimal targetValue, Integer targetYear, String unit, BigDecimal baseline, BigDecimal actual,
      Integer progress, String assessment) {}

  /** A task's row. */
  public record TaskRecord(long planId, long periodId, String period, long taskId, String code, String section,
      String title, String lead, String deadline, String status, Integer progress, boolean behindSchedule,
      String results) {}

  /** One approved unit value of a target. */
  public record ValueRecord(long planId, long periodId, String period, long targetId, String targetCode, long unitId,
      String unit, BigDecimal value, long reportId) {}

  public static Map<String, Object> document(ReportData data) {
    return Map.of("schema", SCHEMA, "period", data.periodLabel(), "targets", targets(data), "tasks", tasks(data),
        "values", values(data));
  }

  public static List<TargetRecord> targets(ReportData data) {
    List<TargetRecord> out = new ArrayList<>();
    for (ReportData.Part p : data.parts()) {
      for (Dashboard.TargetRow t : p.targets()) {
        out.add(new TargetRecord(p.plan().id(), p.period().id(), p.period().label(), t.id(), t.code(), t.name(),
            t.valueText(), t.target(), t.year(), t.unitOfMeasure(), t.baseline(), t.actual(), t.progress(),
            t.light().name()));
      }
    }
    return out;
  }

  public static List<TaskRecord> tasks(ReportData data) {
    List<TaskRecord> out = new ArrayList<>();
    for (ReportData.Part p : data.parts()) {
      if (p.results() == null) {
        continue;
      }
      for (PeriodResults.TaskResult t : p.results().tasks()) {
        out.add(new TaskRecord(p.plan().id(), p.period().id(), p.period().label(), t.taskId(), t.code(), t.section(),
            t.title(), t.leadText(), t.deadline() == null ? null : t.deadline().toString(),
            t.status() == null ? null : t.status().name(), t.progress(), t.behindSchedule(), t.results()));
      }
    }
    return out;
  }

  public static List<ValueRecord> values(ReportData data) {
    List<ValueRecord> out = new ArrayList<>();
    for (ReportData.Part p : data.parts()) {
      if (p.results() == null) {
        continue;
      }
      for (PeriodResults.TargetActual t : p.results().targets()) {
        for (PeriodResults.Source s : t.sources()) {
          out.add(new ValueRecord(p.plan().id(), p.period().id(), p.period().label(), t.targetId(), t.code(), s.unitId(),
              s.unitName(), s.value(), s.reportId()));
        }
      }
    }
    return out;
  }

  /** CSV (RFC 4180, UTF-8 with BOM so that Excel reads Vietnamese) of one table: targets, tasks or values. */
  public static String csv(ReportData data, String table) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    List<? extends Record> rows = switch (table) {
      case "tasks" -> tasks(data);
      case "values" -> values(data);
      default -> targets(data);
    };
    Class<?> type = switch (table) {
      case "tasks" -> TaskRecord.class;
      case "values" -> ValueRecord.class;
      default -> TargetRecord.class;
    };
    var components = type.getRecordComponents();
    List<String> names = new ArrayList<>();
    for (var c : components) {
      names.add(snake(c.getName()));
    }
    sb.append(String.join(",", names)).append("\r\n");
    for (Record r : rows) {
      List<String> cells = new ArrayList<>();
      for (var c : components) {
        try {
          Object v = c.getAccessor().invoke(r);
          cells.add(SpreadsheetSafe.csv(v));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      sb.append(String.join(",", cells)).append("\r\n");
    }
    return sb.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
