package vn.innohub.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.innohub.reporting.ReportItemKey;
import vn.innohub.reporting.ReportView;
import vn.innohub.shared.web.Messages;

/**
 * How a report is laid out on its page (issue 17): targets, then the tasks the unit leads by section, then the
 * coordinating ones folded below; an index of those groups with how many items are updated; the problems to fix and
 * the DOST's comments per item, each a link to its item.
 */
record ReportLayout(List<Group> groups, List<ReportView.TaskLine> coordinating, Group coordinatingGroup, int updated,
    int total, List<Problem> problems, List<Problem> comments, Set<String> attention, boolean openAll) {

  /** A report with at most this many items shows every item open; a longer one folds them. */
  static final int OPEN_UP_TO = 6;

  private static final Pattern CODE = Pattern.compile("^\\s*([^\\s.]{1,8})\\.\\s");

  /** A group of the index: its anchor, its name, its items' anchors, how many of them are updated. */
  record Group(String id, String label, String title, List<ReportView.TaskLine> tasks, int updated, int total) {}

  /** One line of the list at the top: the anchor of the field or item it is about, and the text. */
  record Problem(String anchor, String item, String text) {}

  static ReportLayout of(ReportView report, Map<String, String> errors, Messages messages) {
    List<Group> groups = new ArrayList<>();
    int updated = 0;
    int total = 0;
    if (!report.targets().isEmpty()) {
      int done = (int) report.targets().stream().filter(ReportLayout::updated).count();
      groups.add(new Group("group-targets", messages.get("reporting.targets"), "", List.of(), done,
          report.targets().size()));
      updated += done;
      total += report.targets().size();
    }
    Map<String, List<ReportView.TaskLine>> sections = new LinkedHashMap<>();
    List<ReportView.TaskLine> coordinating = new ArrayList<>();
    for (ReportView.TaskLine t : report.tasks()) {
      if (t.lead()) {
        sections.computeIfAbsent(t.section() == null ? "" : t.section(), k -> new ArrayList<>()).add(t);
      } else {
        coordinating.add(t);
      }
    }
    int n = 0;
    for (Map.Entry<String, List<ReportView.TaskLine>> s : sections.entrySet()) {
      n++;
      int done = (int) s.getValue().stream().filter(ReportLayout::updated).count();
      Matcher m = CODE.matcher(s.getKey());
      String label = m.find() ? messages.get("reporting.index.section", m.group(1))
          : s.getKey().isBlank() ? messages.get("reporting.leadTasks") : s.getKey();
      groups.add(new Group("group-" + n, label, s.getKey(), s.getValue(), done, s.getValue().size()));
      updated += done;
      total += s.getValue().size();
    }
    Group coordinatingGroup = null;
    if (!coordinating.isEmpty()) {
      int done = (int) coordinating.stream().filter(ReportLayout::updated).count();
      coordinatingGroup = new Group("group-coordinating", messages.get("reporting.coordinatingShort"), "", coordinating,
          done, coordinating.size());
      updated += done;
      total += coordinating.size();
    }

    Map<String, String> itemNames = new LinkedHashMap<>();
    report.targets().forEach(t -> itemNames.put(ReportItemKey.target(t.itemId()).toString(), name(t.code(), t.name())));
    report.tasks().forEach(t -> itemNames.put(ReportItemKey.task(t.itemId()).toString(), name(t.code(), t.title())));
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> attention = new LinkedHashSet<>();
    errors.forEach((key, message) -> {
      Optional<ReportItemKey> parsed = ReportItemKey.parse(key);
      String item = parsed.map(k -> k.item().toString()).orElse(key);
      String name = itemNames.get(item);
      // an item's own key ("task-12") or another field ("difficulties") is labelled by itself
      String field = fieldLabel(parsed.map(ReportItemKey::field).orElse(key), messages);
      String text;
      if (name == null) {
        text = (field.isEmpty() ? "" : field + ": ") + message;
      } else if (message.contains(name)) {
        text = message; // the message names the item already ("Nhiệm vụ 3. …: …")
      } else {
        text = name + " — " + (field.isEmpty() ? "" : field + ": ") + message;
      }
      if (seen.add(text)) {
        problems.add(new Problem(key, name == null ? "" : item, text));
      }
      if (name != null) {
        attention.add(item);
      }
    });
    List<Problem> comments = new ArrayList<>();
    for (ReportView.TargetLine t : report.targets()) {
      comment(ReportItemKey.target(t.itemId()).toString(), t.reviewComment(), itemNames, comments, attention);
    }
    for (ReportView.TaskLine t : report.tasks()) {
      comment(ReportItemKey.task(t.itemId()).toString(), t.reviewComment(), itemNames, comments, attention);
    }
    return new ReportLayout(groups, coordinating, coordinatingGroup, updated, total, problems, comments, attention,
        report.targets().size() + report.tasks().size() <= OPEN_UP_TO);
  }

  private static void comment(String item, String comment, Map<String, String> itemNames, List<Problem> comments,
      Set<String> attention) {
    if (comment != null) {
      comments.add(new Problem(item, item, itemNames.get(item) + ": " + comment));
      attention.add(item);
    }
  }

  /** "1.2. Title", or the title alone for an item without a code (never "null. …"). */
  static String name(String code, String title) {
    String t = title == null ? "" : title;
    return code == null || code.isBlank() ? t : code + ". " + t;
  }

  /** A task is updated once it has a status; a target once it has a value or a note. */
  static boolean updated(ReportView.TaskLine t) {
    return t.status() != null;
  }

  static boolean updated(ReportView.TargetLine t) {
    return t.actual() != null || t.note() != null && !t.note().isBlank();
  }

  private static String fieldLabel(String field, Messages messages) {
    return switch (field) {
      case "status" -> messages.get("reporting.status");
      case "progress" -> messages.get("reporting.progress");
      case "quantity" -> messages.get("reporting.quantity");
      case "completedOn" -> messages.get("reporting.completedOn");
      case "cancelReason" -> messages.get("reporting.cancelReason");
      case "results" -> messages.get("reporting.resultsText");
      case "actual" -> messages.get("reporting.value");
      case "note" -> messages.get("reporting.note");
      case "difficulties" -> messages.get("reporting.difficulties");
      case "proposals" -> messages.get("reporting.proposals");
      default -> "";
    };
  }
}
