package vn.innohub.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.ReportItemKey;
import vn.innohub.reporting.ReportView;

/** Reads a report form: one field per item value, named by its {@link ReportItemKey} ("task-12-progress"). */
final class ReportForms {

  private ReportForms() {}

  static ReportDraft draft(ReportView report, Map<String, String> params) {
    List<ReportDraft.TaskEntry> tasks = new ArrayList<>();
    for (ReportView.TaskLine t : report.tasks()) {
      ReportItemKey k = ReportItemKey.task(t.itemId());
      if (params.containsKey(k.name("status"))) {
        tasks.add(new ReportDraft.TaskEntry(t.itemId(), params.get(k.name("status")), params.get(k.name("progress")),
            params.get(k.name("results")), params.get(k.name("quantity")), params.get(k.name("completedOn")),
            params.get(k.name("cancelReason"))));
      }
    }
    List<ReportDraft.TargetEntry> targets = new ArrayList<>();
    for (ReportView.TargetLine t : report.targets()) {
      ReportItemKey k = ReportItemKey.target(t.itemId());
      if (params.containsKey(k.name("actual")) || params.containsKey(k.name("numerator"))) {
        targets.add(new ReportDraft.TargetEntry(t.itemId(), params.get(k.name("actual")), params.get(k.name("note")),
            params.get(k.name("numerator")), params.get(k.name("denominator"))));
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
