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
    List<Task> tasks, List<BudgetLine> budget, List<SourceLine> unparsed, List<String> warnings) {

  /** Why a field is highlighted in the preview. */
  public enum Flag {
    AGENCY_UNRESOLVED, LEAD_MISSING, SCHEDULE_NEEDS_DATE, VALUE_UNCERTAIN, NUMBER_MALFORMED, NAME_MISSING
  }

  /** Mục: a section (I, II … or a numbered group) that tasks belong to. */
  public record Section(String code, String title) {}

  /** Chỉ tiêu as read. {@code code} is as printed (or the order in a prose list). */
  public record Target(String code, int seq, String name, Quantity value, Integer targetYear, AgencyText aggregator,
      AgencyText lead, AgencyText coordinating, int line, List<Flag> flags) {}

  /** Nhiệm vụ as read. {@code seq} is the document order, because printed codes repeat in real plans. */
  public record Task(String code, int seq, String section, String name, String content, AgencyText lead,
      AgencyText coordinating, Schedule schedule, String outputs, List<Quantity> outputQuantities, int line,
      List<Flag> flags) {}

  /** A budget line in million VND: total and by year. */
  public record BudgetLine(String label, String source, BigDecimal total, Map<Integer, BigDecimal> byYear, int line,
      List<Flag> flags) {}

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
    return n;
  }

  static <T> List<T> mutable() {
    return new ArrayList<>();
  }
}
