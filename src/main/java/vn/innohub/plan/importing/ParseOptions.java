package vn.innohub.plan.importing;

/** How the officer wants a plan's tables understood; chosen in the import preview and applied without re-upload. */
public record ParseOptions(ParentRows parentRows) {

  /** Parent rows as groups: the reading most plans mean. */
  public static final ParseOptions DEFAULT = new ParseOptions(ParentRows.GROUPS);

  public ParseOptions {
    parentRows = parentRows == null ? ParentRows.GROUPS : parentRows;
  }

  /**
   * What a row with numbered sub-tasks under it ("1" above "1.1", "1.2"; "a" above "- …") becomes. A parent row
   * that names its own lead agency or time is a task in both modes.
   */
  public enum ParentRows {
    /** The parent row becomes a group (mục) and its sub-tasks are tasks of that group. */
    GROUPS,
    /** The parent row is a task too, with its sub-tasks as tasks under it ({@code parentCode}). */
    TASKS;

    public boolean groups() {
      return this == GROUPS;
    }

    public boolean tasks() {
      return this == TASKS;
    }
  }
}
