package vn.innohub.reporting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Khóa mục báo cáo: names one item of a report ("task-12", "target-3") or one field of it ("task-12-progress") — the
 * form's field names, the keys of field errors and of a reviewer's comments. Written by {@link #toString()}, read back
 * by {@link #parse}.
 */
public record ReportItemKey(Kind kind, long itemId, String field) {

  private static final Pattern TEXT = Pattern.compile("(task|target)-(\\d{1,18})(?:-([A-Za-z]+))?");
  private static final Pattern FIELD = Pattern.compile("[A-Za-z]+");

  /** What the item reports on: a task or a target of the plan. */
  public enum Kind {
    TASK, TARGET;

    String prefix() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ReportItemKey {
    if (kind == null || itemId < 0) {
      throw new IllegalArgumentException("kind and a non-negative item id expected");
    }
    if (field != null && !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("field name of letters expected: " + field);
    }
  }

  public static ReportItemKey task(long itemId) {
    return new ReportItemKey(Kind.TASK, itemId, null);
  }

  public static ReportItemKey task(long itemId, String field) {
    return new ReportItemKey(Kind.TASK, itemId, field);
  }

  public static ReportItemKey target(long itemId) {
    return new ReportItemKey(Kind.TARGET, itemId, null);
  }

  public static ReportItemKey target(long itemId, String field) {
    return new ReportItemKey(Kind.TARGET, itemId, field);
  }

  /** "task-12-progress", "target-3" — or empty for anything else ("difficulties", "TASK-12", "task-x"). */
  public static Optional<ReportItemKey> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Kind kind = m.group(1).equals("task") ? Kind.TASK : Kind.TARGET;
    return Optional.of(new ReportItemKey(kind, Long.parseLong(m.group(2)), m.group(3)));
  }

  /** The key of this item's field {@code field}: {@code task-12} → {@code task-12-progress}. */
  public ReportItemKey field(String field) {
    return new ReportItemKey(kind, itemId, field);
  }

  /** The form's name of this item's field: {@code task(12).name("progress")} is "task-12-progress". */
  public String name(String field) {
    return field(field).toString();
  }

  /** The item itself, without a field. */
  public ReportItemKey item() {
    return field == null ? this : new ReportItemKey(kind, itemId, null);
  }

  public boolean isTask() {
    return kind == Kind.TASK;
  }

  @Override
  public String toString() {
    return kind.prefix() + "-" + itemId + (field == null ? "" : "-" + field);
  }
}
