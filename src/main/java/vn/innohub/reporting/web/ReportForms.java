package vn.innohub.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.ReportView;

/** Reads a report form: one field per item value, named "task-{itemId}-{field}" and "target-{itemId}-{field}". */
final class ReportForms {

  private ReportForms() {}

  static ReportDraft draft(ReportView report, Map<String, String> params) {
    List<ReportDraft.TaskEntry> tasks = new ArrayList<>();
    for (ReportView.TaskLine t : report.tasks()) {
      String k = "task-" + t.itemId() + "-";
      if (params.containsKey(k + "status")) {
        tasks.add(new ReportDraft.TaskEntry(t.itemId(), params.get(k + "status"), params.get(k + "progress"),
            params.get(k + "results"), params.get(k + "quantity"), params.get(k + "completedOn"),
            params.get(k + "cancelReason")));
      }
    }
    List<ReportDraft.TargetEntry> targets = new ArrayList<>();
    for (ReportView.TargetLine t : report.targets()) {
      String k = "target-" + t.itemId() + "-";
      if (params.containsKey(k + "actual") || params.containsKey(k + "numerator")) {
        targets.add(new ReportDraft.TargetEntry(t.itemId(), params.get(k + "actual"), params.get(k + "note"),
            params.get(k + "numerator"), params.get(k + "denominator")));
      }
    }
    Long version = null;
    try {
      version = params.get("version") == null ? null : Long.valueOf(params.get("version"));
    } catch (NumberFormatException e) {
      version = -1L;
    }
    return new ReportDraft(version, params.get("difficulties"), params.get("proposals"), tasks, targets);
  }
}
