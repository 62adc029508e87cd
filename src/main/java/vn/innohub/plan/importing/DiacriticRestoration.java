package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import vn.innohub.plan.importing.ParsedPlan.BudgetLine;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.plan.importing.ParsedPlan.Item;
import vn.innohub.plan.importing.ParsedPlan.Restored;
import vn.innohub.plan.importing.ParsedPlan.Target;
import vn.innohub.plan.importing.ParsedPlan.Task;
import vn.innohub.shared.text.DiacriticRestorer;

/**
 * Khôi phục dấu khi nhập: a plan read from text without diacritics (OCR) gets them back for display — names,
 * contents, outputs and agency texts of targets, tasks and budget lines. Each restored field keeps its text as read
 * in {@link ParsedPlan#restored()}, and its item is flagged {@link Flag#DIACRITICS_RESTORED}. Agency texts are
 * resolved again from the restored text (resolution folds, so the units are the same; the text shown is restored).
 */
public final class DiacriticRestoration {

  private DiacriticRestoration() {}

  /** A document mostly without diacritics: at least {@link OcrText#MIN_WORDS} words, {@link OcrText#PLAIN_SHARE} plain. */
  public static boolean needed(List<String> lines) {
    int words = 0;
    int plain = 0;
    for (String line : lines) {
      for (String word : line.split("[^\\p{L}\\p{M}]+")) {
        if (!word.isEmpty()) {
          words++;
          plain += DiacriticRestorer.unmarked(word) ? 1 : 0;
        }
      }
    }
    return words >= OcrText.MIN_WORDS && plain >= OcrText.PLAIN_SHARE * words;
  }

  /** The plan with diacritics restored when its document needs it; the model is built only then. */
  public static ParsedPlan ifNeeded(List<String> lines, ParsedPlan p, Supplier<DiacriticRestorer> model,
      AgencyLookup agencies) {
    return needed(lines) ? apply(p, model.get(), agencies) : p;
  }

  public static ParsedPlan apply(ParsedPlan p, DiacriticRestorer r, AgencyLookup agencies) {
    List<Restored> restored = new ArrayList<>(p.restored());
    List<Target> targets = new ArrayList<>();
    for (Target t : p.targets()) {
      Fields f = new Fields(r, agencies, Item.TARGET, t.seq(), restored);
      String name = f.text("name", t.name());
      AgencyText aggregator = f.agency("aggregator", t.aggregator());
      AgencyText lead = f.agency("lead", t.lead());
      AgencyText coordinating = f.agency("coordinating", t.coordinating());
      targets.add(new Target(t.code(), t.seq(), name, t.value(), t.targetYear(), aggregator, lead, coordinating,
          t.line(), f.flags(t.flags()), t.parentCode()));
    }
    // a section's label is also its tasks' key: both restored alike
    List<ParsedPlan.Section> sections = new ArrayList<>();
    for (ParsedPlan.Section s : p.sections()) {
      sections.add(new ParsedPlan.Section(s.code(), r.restore(s.title())));
    }
    List<Task> tasks = new ArrayList<>();
    for (Task t : p.tasks()) {
      tasks.add(task(t, r, agencies, restored));
    }
    // parent rows shown as groups are restored alike (they become tasks when the officer reads them so); their
    // texts as read are not listed: a group row is no task of the draft
    List<Task> groupRows = new ArrayList<>();
    for (Task t : p.groupRows()) {
      groupRows.add(task(t, r, agencies, new ArrayList<>()));
    }
    List<BudgetLine> budget = new ArrayList<>();
    for (int i = 0; i < p.budget().size(); i++) {
      BudgetLine b = p.budget().get(i);
      Fields f = new Fields(r, agencies, Item.BUDGET, i, restored);
      String label = f.text("label", b.label());
      AgencyText lead = f.agency("lead", b.lead());
      AgencyText coordinating = f.agency("coordinating", b.coordinating());
      budget.add(new BudgetLine(label, b.source(), b.total(), b.byYear(), b.line(), f.flags(b.flags()), b.code(),
          b.section(), b.group(), lead, coordinating));
    }
    return new ParsedPlan(p.number(), p.date(), p.place(), p.title(), p.issuer(), p.periodFrom(), p.periodTo(),
        p.legalBases(), sections, targets, tasks, budget, p.unparsed(), p.warnings(), p.budgetTotals(), p.options(),
        groupRows, restored);
  }

  private static Task task(Task t, DiacriticRestorer r, AgencyLookup agencies, List<Restored> restored) {
    Fields f = new Fields(r, agencies, Item.TASK, t.seq(), restored);
    // a section's label is also its tasks' key: restored as the section titles are
    String section = t.section() == null ? null : r.restore(t.section());
    String name = f.text("name", t.name());
    String content = f.text("content", t.content());
    String outputs = f.text("outputs", t.outputs());
    AgencyText lead = f.agency("lead", t.lead());
    AgencyText coordinating = f.agency("coordinating", t.coordinating());
    return new Task(t.code(), t.seq(), section, name, content, lead, coordinating, t.schedule(), outputs,
        t.outputQuantities(), t.line(), f.flags(t.flags()), t.parentCode());
  }

  /** The restored fields of one item. */
  private static final class Fields {
    private final DiacriticRestorer r;
    private final AgencyLookup agencies;
    private final Item item;
    private final int seq;
    private final List<Restored> restored;
    private boolean changed;

    Fields(DiacriticRestorer r, AgencyLookup agencies, Item item, int seq, List<Restored> restored) {
      this.r = r;
      this.agencies = agencies;
      this.item = item;
      this.seq = seq;
      this.restored = restored;
    }

    String text(String field, String asRead) {
      if (asRead == null || asRead.isBlank()) {
        return asRead;
      }
      String out = r.restore(asRead);
      if (!out.equals(asRead)) {
        restored.add(new Restored(item, seq, field, asRead));
        changed = true;
      }
      return out;
    }

    AgencyText agency(String field, AgencyText asRead) {
      if (asRead.isEmpty()) {
        return asRead;
      }
      String out = text(field, asRead.text());
      if (out.equals(asRead.text())) {
        return asRead;
      }
      AgencyText again = agencies.resolve(out);
      // the units found on the text as read stay, should the restored text resolve to fewer
      return again.unitIds().size() >= asRead.unitIds().size() ? again
          : new AgencyText(out, asRead.unitIds(), asRead.unitNames(), asRead.unresolved());
    }

    List<Flag> flags(List<Flag> flags) {
      if (!changed) {
        return flags;
      }
      EnumSet<Flag> out = EnumSet.noneOf(Flag.class);
      out.addAll(flags);
      out.add(Flag.DIACRITICS_RESTORED);
      return List.copyOf(out);
    }
  }
}
