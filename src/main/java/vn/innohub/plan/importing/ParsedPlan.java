package vn.innohub.plan.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;

/**
 * A plan as understood from a document, before an officer commits it: every field keeps the text it came from,
 * uncertain fields carry flags, and every source line that was not used is listed.
 */
public record ParsedPlan(String number, LocalDate date, String place, String title, AgencyText issuer,
    int periodFrom, int periodTo, List<String> legalBases, List<Section> sections, List<Target> targets,
    List<Task> tasks, List<BudgetLine> budget, List<SourceLine> unparsed, List<String> warnings,
    List<BudgetTotal> budgetTotals, ParseOptions options, List<Task> groupRows, List<Restored> restored) {

  public ParsedPlan {
    budgetTotals = budgetTotals == null ? List.of() : List.copyOf(budgetTotals);
    options = options == null ? ParseOptions.DEFAULT : options;
    groupRows = groupRows == null ? List.of() : List.copyOf(groupRows);
    restored = restored == null ? List.of() : List.copyOf(restored);
  }

  /** A plan whose diacritics were not restored (every reader; restoration is a step after the parse). */
  public ParsedPlan(String number, LocalDate date, String place, String title, AgencyText issuer, int periodFrom,
      int periodTo, List<String> legalBases, List<Section> sections, List<Target> targets, List<Task> tasks,
      List<BudgetLine> budget, List<SourceLine> unparsed, List<String> warnings, List<BudgetTotal> budgetTotals,
      ParseOptions options, List<Task> groupRows) {
    this(number, date, place, title, issuer, periodFrom, periodTo, legalBases, sections, targets, tasks, budget,
        unparsed, warnings, budgetTotals, options, groupRows, List.of());
  }

  /**
   * A plan read with the default options and no parent rows shown as groups (as stored before sub-tasks were kept,
   * and by readers without tables).
   */
  public ParsedPlan(String number, LocalDate date, String place, String title, AgencyText issuer, int periodFrom,
      int periodTo, List<String> legalBases, List<Section> sections, List<Target> targets, List<Task> tasks,
      List<BudgetLine> budget, List<SourceLine> unparsed, List<String> warnings, List<BudgetTotal> budgetTotals) {
    this(number, date, place, title, issuer, periodFrom, periodTo, legalBases, sections, targets, tasks, budget,
        unparsed, warnings, budgetTotals, ParseOptions.DEFAULT, List.of());
  }

  /** The same plan with other sections, targets and tasks (header, budget, options and restored fields kept). */
  public ParsedPlan withItems(List<Section> newSections, List<Target> newTargets, List<Task> newTasks,
      ParseOptions newOptions, List<Task> newGroupRows) {
    return new ParsedPlan(number, date, place, title, issuer, periodFrom, periodTo, legalBases, newSections,
        newTargets, newTasks, budget, unparsed, warnings, budgetTotals, newOptions, newGroupRows, restored);
  }

  /** A plan without budget totals (as stored before issue 18, and by readers that print none). */
  public ParsedPlan(String number, LocalDate date, String place, String title, AgencyText issuer, int periodFrom,
      int periodTo, List<String> legalBases, List<Section> sections, List<Target> targets, List<Task> tasks,
      List<BudgetLine> budget, List<SourceLine> unparsed, List<String> warnings) {
    this(number, date, place, title, issuer, periodFrom, periodTo, legalBases, sections, targets, tasks, budget,
        unparsed, warnings, List.of());
  }

  /** Why a field is highlighted in the preview. */
  public enum Flag {
    AGENCY_UNRESOLVED, LEAD_MISSING, SCHEDULE_NEEDS_DATE, VALUE_UNCERTAIN, NUMBER_MALFORMED, NAME_MISSING,
    /** A printed total (grand, group or year column) differs from the sum of its lines. */
    BUDGET_TOTAL_MISMATCH,
    /** Text read without diacritics (OCR): its diacritics were restored by the model; an officer should check it. */
    DIACRITICS_RESTORED
  }

  /** Where diacritics were restored. */
  public enum Item { TARGET, TASK, BUDGET }

  /**
   * A field whose diacritics were restored: the item ({@code seq} of a target or task, the index of a budget line),
   * the field ("name", "content", "outputs", "lead", "coordinating", "aggregator", "label") and the text as read.
   */
  public record Restored(Item item, int seq, String field, String asRead) {}

  /** The text a field had as read, before its diacritics were restored; null when it was not restored. */
  public String asRead(String item, int seq, String field) {
    for (Restored r : restored) {
      if (r.item().name().equals(item) && r.seq() == seq && r.field().equals(field)) {
        return r.asRead();
      }
    }
    return null;
  }

  /** Mục: a section (I, II … or a numbered group) that tasks belong to. */
  public record Section(String code, String title) {}

  /**
   * Chỉ tiêu as read. {@code code} is as printed (or the order in a prose list); a sub-indicator printed without a
   * number under a numbered target gets the parent's code and a letter ("2.a") and the parent's code in
   * {@code parentCode} (null for a target of its own).
   */
  public record Target(String code, int seq, String name, Quantity value, Integer targetYear, AgencyText aggregator,
      AgencyText lead, AgencyText coordinating, int line, List<Flag> flags, String parentCode) {

    /** A target that is no sub-indicator. */
    public Target(String code, int seq, String name, Quantity value, Integer targetYear, AgencyText aggregator,
        AgencyText lead, AgencyText coordinating, int line, List<Flag> flags) {
      this(code, seq, name, value, targetYear, aggregator, lead, coordinating, line, flags, null);
    }
  }

  /**
   * Nhiệm vụ as read. {@code seq} is the document order, because printed codes repeat in real plans.
   * {@code parentCode} is the code of the row this sub-task is printed under ("1" for "1.1"), null for a top row.
   */
  public record Task(String code, int seq, String section, String name, String content, AgencyText lead,
      AgencyText coordinating, Schedule schedule, String outputs, List<Quantity> outputQuantities, int line,
      List<Flag> flags, String parentCode) {

    /** A task that is no sub-task. */
    public Task(String code, int seq, String section, String name, String content, AgencyText lead,
        AgencyText coordinating, Schedule schedule, String outputs, List<Quantity> outputQuantities, int line,
        List<Flag> flags) {
      this(code, seq, section, name, content, lead, coordinating, schedule, outputs, outputQuantities, line, flags,
          null);
    }
  }

  /**
   * Dòng kinh phí: a budget line in million VND — total and by year, its source, its lead and coordinating agencies,
   * its printed row code, the section it sits in and the group (parent row or section) it belongs to.
   */
  public record BudgetLine(String label, String source, BigDecimal total, Map<Integer, BigDecimal> byYear, int line,
      List<Flag> flags, String code, String section, String group, AgencyText lead, AgencyText coordinating) {

    public BudgetLine {
      byYear = byYear == null ? Map.of() : byYear;
      flags = flags == null ? List.of() : flags;
      code = code == null ? "" : code;
      lead = lead == null ? AgencyText.empty() : lead;
      coordinating = coordinating == null ? AgencyText.empty() : coordinating;
    }

    /** A line read without agencies, code or section (the spreadsheet template, older stored imports). */
    public BudgetLine(String label, String source, BigDecimal total, Map<Integer, BigDecimal> byYear, int line,
        List<Flag> flags) {
      this(label, source, total, byYear, line, flags, "", null, null, AgencyText.empty(), AgencyText.empty());
    }
  }

  /**
   * A total of a budget table: the printed grand total ("Tổng cộng"), a group's row (a section or a parent row) —
   * what the document printed beside what its lines add up to. {@code printed…} are null/absent where nothing was
   * printed; {@code mismatches} lists every printed figure that differs from the sum.
   */
  public record BudgetTotal(Kind kind, String code, String label, BigDecimal printedTotal,
      Map<Integer, BigDecimal> printedByYear, BigDecimal computedTotal, Map<Integer, BigDecimal> computedByYear,
      List<Mismatch> mismatches, int line, List<Flag> flags) {

    /** A grand total row, or a group row (section or parent row). */
    public enum Kind {
      GRAND, GROUP;

      public boolean grand() {
        return this == GRAND;
      }
    }

    /** A printed figure and the sum it should be; {@code year} is null for the total column. */
    public record Mismatch(Integer year, BigDecimal printed, BigDecimal computed) {

      /** The printed figure in the money format of the documents: "9.615.243", "1.250,5". */
      public String printedText() {
        return money(printed);
      }

      public String computedText() {
        return money(computed);
      }
    }

    private static String money(BigDecimal amount) {
      java.text.DecimalFormatSymbols vi = new java.text.DecimalFormatSymbols();
      vi.setGroupingSeparator('.');
      vi.setDecimalSeparator(',');
      return amount == null ? "" : new java.text.DecimalFormat("#,##0.###", vi).format(amount);
    }
  }

  /** A line of the source document, numbered from 1. */
  public record SourceLine(int number, String text) {}

  /** All flags of the plan, for the preview's summary. */
  public int flagCount() {
    int n = 0;
    for (Target t : targets) {
      n += t.flags().size();
    }
    for (Task t : tasks) {
      n += t.flags().size();
    }
    for (BudgetLine b : budget) {
      n += b.flags().size();
    }
    for (BudgetTotal b : budgetTotals) {
      n += b.flags().size();
    }
    return n;
  }

  static <T> List<T> mutable() {
    return new ArrayList<>();
  }
}
