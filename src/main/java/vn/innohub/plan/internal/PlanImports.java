package vn.innohub.plan.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.CurrentUser;
import vn.innohub.plan.Aggregation;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.importing.AgencyLookup;
import vn.innohub.plan.importing.AgencyText;
import vn.innohub.plan.importing.Flags;
import vn.innohub.plan.importing.ParseOptions;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.plan.importing.QuantityParser;
import vn.innohub.plan.importing.ReadProgress;
import vn.innohub.plan.importing.ScheduleParser;
import vn.innohub.plan.importing.SubTasks;
import vn.innohub.plan.importing.UnreadableDocument;
import vn.innohub.shared.files.ParseBudget;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;

/**
 * Two-step import of plan documents: a preview that shows what was understood (stored, so that any node can
 * serve the officer's next request), corrections of flagged fields, a diff against the plan being replaced,
 * and the commit. Nothing changes in an existing plan before the commit.
 */
@Service
public class PlanImports {

  /** Changes an import would make to an existing plan. */
  public record Diff(List<String> addedTargets, List<String> removedTargets, List<String> changedTargets,
      List<String> addedTasks, List<String> removedTasks, List<String> changedTasks) {
    public boolean isEmpty() {
      return addedTargets.isEmpty() && removedTargets.isEmpty() && changedTargets.isEmpty() && addedTasks.isEmpty()
          && removedTasks.isEmpty() && changedTasks.isEmpty();
    }
  }

  private final PlanImportRepository imports;
  private final PlanRepository plans;
  private final Agencies agencies;
  private final CurrentUser currentUser;
  private final ObjectMapper json;
  private final Clock clock;
  private final ParseBudget budget;
  private final DiacriticModel diacritics;
  private final java.time.Duration pagedBudget;

  @jakarta.persistence.PersistenceContext
  private jakarta.persistence.EntityManager entityManager;

  public PlanImports(PlanImportRepository imports, PlanRepository plans, Agencies agencies, CurrentUser currentUser,
      ObjectMapper json, Clock clock, ParseBudget budget, DiacriticModel diacritics,
      @org.springframework.beans.factory.annotation.Value("${innohub.plan-import.api-time-budget:PT60S}")
      java.time.Duration pagedBudget) {
    this.budget = budget;
    this.diacritics = diacritics;
    this.pagedBudget = pagedBudget;
    this.imports = imports;
    this.plans = plans;
    this.agencies = agencies;
    this.currentUser = currentUser;
    this.json = json;
    this.clock = clock;
  }

  /** Reads a document without saving anything: for the command line's dry run. */
  @Transactional(readOnly = true)
  public ParsedPlan read(String name, byte[] content) {
    return parse(source(name, content));
  }

  /**
   * The document's lines, read on the bounded parse pool within the upload budget; a PDF or an image (many pages,
   * perhaps OCR) within {@code innohub.plan-import.api-time-budget}, the API and the command line being synchronous.
   */
  private PlanReading.Source source(String name, byte[] content) {
    try {
      // the reader's own budget for its kind (a long PDF), never shorter than the API's for a PDF or an image
      java.time.Duration own = PlanReading.parseBudget(name, content);
      if (paged(content) && (own == null || own.compareTo(pagedBudget) < 0)) {
        own = pagedBudget;
      }
      AgencyLookup lookup = agencies.lookup();
      return budget.run(own, () -> PlanReading.source(name, content, ReadProgress.NONE, lookup));
    } catch (UnreadableDocument e) {
      throw new DomainException(HttpStatus.BAD_REQUEST, e.code());
    }
  }

  /** The registry's units as the readers match agency names against them. */
  AgencyLookup lookup() {
    return agencies.lookup();
  }

  /** The text parse of what a reader took from the document (it needs the registry's agencies). */
  private ParsedPlan parse(PlanReading.Source source) {
    // a document read without diacritics (OCR) gets them back for display, flagged: the model is built only then
    return PlanReading.parse(source, agencies.lookup(), LocalDate.now(clock).getYear(), diacritics::get);
  }

  /** A document read page by page — a PDF or a scanned image — whose reading may take long: magic bytes, not name. */
  public static boolean paged(byte[] content) {
    if (content == null || content.length < 4) {
      return false;
    }
    int b0 = content[0] & 0xFF;
    int b1 = content[1] & 0xFF;
    int b2 = content[2] & 0xFF;
    int b3 = content[3] & 0xFF;
    boolean pdf = b0 == '%' && b1 == 'P' && b2 == 'D' && b3 == 'F';
    boolean png = b0 == 0x89 && b1 == 'P' && b2 == 'N' && b3 == 'G';
    boolean jpeg = b0 == 0xFF && b1 == 0xD8 && b2 == 0xFF;
    boolean tiff = b0 == 'I' && b1 == 'I' && b2 == 42 && b3 == 0 || b0 == 'M' && b1 == 'M' && b2 == 0 && b3 == 42;
    return pdf || png || jpeg || tiff;
  }

  @Transactional
  public long preview(String name, byte[] content, Long replacesPlanId) {
    if (replacesPlanId != null && plans.findById(replacesPlanId).isEmpty()) {
      throw DomainException.notFound("Plan", replacesPlanId);
    }
    PlanReading.Source source = source(name, content);
    String who = currentUser.get().map(a -> a.username()).orElse("system");
    return save(name, source, replacesPlanId, who);
  }

  /**
   * Stores the preview of a document already read (by a background read of the web import, {@code owner} being
   * who uploaded it); parses its lines here, within the caller's transaction.
   */
  @Transactional
  public long preview(String name, PlanReading.Source source, Long replacesPlanId, String owner) {
    if (replacesPlanId != null && plans.findById(replacesPlanId).isEmpty()) {
      throw DomainException.notFound("Plan", replacesPlanId);
    }
    return save(name, source, replacesPlanId, owner);
  }

  private long save(String name, PlanReading.Source source, Long replacesPlanId, String owner) {
    ParsedPlan parsed = parse(source);
    return imports.save(new PlanImport(replacesPlanId, name == null ? "" : name, owner, clock.instant(),
        write(parsed, lineConfidence(source)))).getId();
  }

  /** OCR confidence (%) of the source lines the items were read from, by line number; empty for a text layer. */
  @Transactional(readOnly = true)
  public Map<Integer, Integer> lineConfidence(long importId) {
    return storedConfidence(get(importId));
  }

  @Transactional(readOnly = true)
  public ParsedPlan draft(long importId) {
    return readPayload(get(importId));
  }

  @Transactional(readOnly = true)
  public PlanImport importRecord(long importId) {
    return get(importId);
  }

  /** Corrects the header, re-reading nothing else. */
  @Transactional
  public void correctHeader(long importId, String number, String title, int from, int to) {
    PlanImport record = preview(importId);
    ParsedPlan p = readPayload(record);
    if (title == null || title.isBlank()) {
      throw DomainException.invalid("plan.title.required");
    }
    if (from > to || from < 2000 || to > 2100) {
      throw DomainException.invalid("plan.period.invalid");
    }
    record.update(write(record, new ParsedPlan(Texts.blankToNull(number), p.date(), p.place(),
        title.strip(), p.issuer(), from, to, p.legalBases(), p.sections(), p.targets(), p.tasks(), p.budget(),
        p.unparsed(), p.warnings(), p.budgetTotals(), p.options(), p.groupRows(), p.restored())));
  }

  /** Corrects a task's agencies or schedule as the officer typed them; the fields are read again and re-flagged. */
  @Transactional
  public void correctTask(long importId, int seq, String lead, String coordinating, String schedule) {
    correctTask(importId, seq, null, lead, coordinating, schedule);
  }

  /**
   * As {@link #correctTask(long, int, String, String, String)}, with the task's name (null: unchanged) — the field
   * an officer checks after its diacritics were restored. A correction is the officer's check: the flag
   * "đã khôi phục dấu" goes with it.
   */
  @Transactional
  public void correctTask(long importId, int seq, String name, String lead, String coordinating, String schedule) {
    PlanImport record = preview(importId);
    ParsedPlan p = readPayload(record);
    AgencyLookup lookup = agencies.lookup();
    List<ParsedPlan.Task> tasks = new ArrayList<>(p.tasks());
    int index = indexOfSeq(tasks.stream().map(ParsedPlan.Task::seq).toList(), seq);
    ParsedPlan.Task t = tasks.get(index);
    AgencyText leadText = lead == null ? t.lead() : Agencies.resolve(lookup, lead);
    AgencyText coordText = coordinating == null ? t.coordinating() : Agencies.resolve(lookup, coordinating);
    Schedule s = schedule == null ? t.schedule() : ScheduleParser.parse(schedule, p.periodFrom(), p.periodTo());
    String taskName = name == null ? t.name() : VietnameseText.tidy(name);
    tasks.set(index, new ParsedPlan.Task(t.code(), t.seq(), t.section(), taskName, t.content(), leadText, coordText, s,
        t.outputs(), t.outputQuantities(), t.line(), Flags.ofTask(taskName, leadText, coordText, s), t.parentCode()));
    record.update(write(record, p.withItems(p.sections(), p.targets(), tasks, p.options(), p.groupRows())));
  }

  /** Corrects a target's value or lead agencies. */
  @Transactional
  public void correctTarget(long importId, int seq, String value, String lead) {
    correctTarget(importId, seq, null, value, lead);
  }

  /** As {@link #correctTarget(long, int, String, String)}, with the target's name (null: unchanged). */
  @Transactional
  public void correctTarget(long importId, int seq, String name, String value, String lead) {
    PlanImport record = preview(importId);
    ParsedPlan p = readPayload(record);
    List<ParsedPlan.Target> targets = new ArrayList<>(p.targets());
    int index = indexOfSeq(targets.stream().map(ParsedPlan.Target::seq).toList(), seq);
    ParsedPlan.Target t = targets.get(index);
    Quantity q = value == null ? t.value() : QuantityParser.value(value);
    AgencyText leadText = lead == null ? t.lead() : Agencies.resolve(agencies.lookup(), lead);
    String targetName = name == null ? t.name() : VietnameseText.tidy(name);
    targets.set(index, new ParsedPlan.Target(t.code(), t.seq(), targetName, q, t.targetYear(), t.aggregator(), leadText,
        t.coordinating(), t.line(), Flags.ofTarget(targetName, q, leadText, t.coordinating(), t.aggregator()), t.parentCode()));
    record.update(write(record, p.withItems(p.sections(), targets, p.tasks(), p.options(), p.groupRows())));
  }

  /**
   * Shows the parent rows of the task tables as groups or as tasks with sub-tasks, from the stored preview alone
   * (corrections made so far are kept).
   */
  @Transactional
  public void arrangeParentRows(long importId, ParseOptions.ParentRows parentRows) {
    PlanImport record = preview(importId);
    ParsedPlan p = readPayload(record);
    record.update(write(record, SubTasks.arrange(p, new ParseOptions(parentRows))));
  }

  /** What committing would change in the plan it replaces; empty for a new plan. */
  @Transactional(readOnly = true)
  public Diff diff(long importId) {
    PlanImport record = get(importId);
    if (record.getPlanId() == null || record.getStatus() != PlanImport.Status.PREVIEW) {
      return new Diff(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    Plan plan = plans.findById(record.getPlanId()).orElseThrow(() -> DomainException.notFound("Plan", record.getPlanId()));
    ParsedPlan p = readPayload(record);
    Matches<ParsedPlan.Target, PlanTarget> targets = matchTargets(p.targets(), plan.getTargets());
    Matches<ParsedPlan.Task, PlanTask> tasks = matchTasks(p.tasks(), plan.getTasks());
    List<String> changedTargets = new ArrayList<>();
    targets.pairs.forEach((parsed, existing) -> {
      if (!Objects.equals(parsed.name(), existing.getName()) || !Objects.equals(parsed.value().text(), existing.getValueText())
          || !Objects.equals(parsed.lead().text(), nz(existing.getLeadText()))) {
        changedTargets.add(label(parsed.code(), parsed.name()));
      }
    });
    List<String> changedTasks = new ArrayList<>();
    tasks.pairs.forEach((parsed, existing) -> {
      if (!Objects.equals(parsed.name(), existing.getName()) || !Objects.equals(parsed.lead().text(), nz(existing.getLeadText()))
          || !Objects.equals(parsed.coordinating().text(), nz(existing.getCoordinatingText()))
          || !Objects.equals(parsed.schedule().text(), nz(existing.getScheduleText()))
          || !Objects.equals(nz(parsed.outputs()), nz(existing.getOutputs()))) {
        changedTasks.add(label(parsed.code(), parsed.name()));
      }
    });
    return new Diff(targets.added.stream().map(t -> label(t.code(), t.name())).toList(),
        targets.removed.stream().map(t -> label(t.getCode(), t.getName())).toList(), changedTargets,
        tasks.added.stream().map(t -> label(t.code(), t.name())).toList(),
        tasks.removed.stream().map(t -> label(t.getCode(), t.getName())).toList(), changedTasks);
  }

  /** Creates the plan (or applies the changes to the plan being replaced) and closes the import. */
  @Transactional
  public long commit(long importId) {
    PlanImport record = preview(importId);
    ParsedPlan p = readPayload(record);
    if (p.title() == null || p.title().isBlank()) {
      throw DomainException.invalid("plan.title.required");
    }
    Plan plan;
    if (record.getPlanId() == null) {
      plan = new Plan(p.number(), p.title(), issuer(p), p.periodFrom(), p.periodTo(), PlanStatus.DRAFT, clock.instant());
    } else {
      plan = plans.findById(record.getPlanId()).orElseThrow(() -> DomainException.notFound("Plan", record.getPlanId()));
      entityManager.lock(plan, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    try {
      plan.describe(p.number(), p.date(), p.place(), p.title(), issuer(p), p.periodFrom(), p.periodTo(), plan.getParentPlanId());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(e.getMessage());
    }
    plan.setLegalBases(p.legalBases());
    Map<String, PlanSection> sections = new LinkedHashMap<>();
    plan.getSections().forEach(s -> sections.put(s.label(), s));
    for (ParsedPlan.Task t : p.tasks()) {
      if (t.section() != null && !sections.containsKey(t.section())) {
        int dot = t.section().indexOf(". ");
        String code = dot > 0 ? t.section().substring(0, dot) : "";
        String title = dot > 0 ? t.section().substring(dot + 2) : t.section();
        sections.put(t.section(), plan.addSection(code, title));
      }
    }
    Matches<ParsedPlan.Target, PlanTarget> targetMatches = matchTargets(p.targets(), plan.getTargets());
    targetMatches.removed.forEach(plan::removeTarget);
    for (ParsedPlan.Target t : p.targets()) {
      PlanTarget target = targetMatches.pairs.containsKey(t) ? targetMatches.pairs.get(t) : plan.addTarget();
      target.describe(t.code(), t.name(), t.value(), t.targetYear());
      if (target.getId() == null) {
        target.setAggregation(Aggregation.defaultFor(t.name(), t.value().unit()));
        target.proposeMethod(vn.innohub.plan.TargetMethod.propose(t.name(), t.value().unit(), false));
      }
      Set<UnitRole> roles = new HashSet<>();
      roles.addAll(Agencies.roles(UnitRole.Role.AGGREGATOR, t.aggregator()));
      roles.addAll(Agencies.roles(UnitRole.Role.LEAD, t.lead()));
      roles.addAll(Agencies.roles(UnitRole.Role.COORDINATING, t.coordinating()));
      target.assign(t.aggregator().text(), t.lead().text(), t.coordinating().text(), roles,
          Agencies.unresolved(t.aggregator(), t.lead(), t.coordinating()));
      target.setFlags(Flags.stored(t.flags()));
    }
    Matches<ParsedPlan.Task, PlanTask> taskMatches = matchTasks(p.tasks(), plan.getTasks());
    taskMatches.removed.forEach(plan::removeTask);
    for (ParsedPlan.Task t : p.tasks()) {
      PlanTask task = taskMatches.pairs.containsKey(t) ? taskMatches.pairs.get(t) : plan.addTask();
      task.describe(t.code(), t.section() == null ? null : sections.get(t.section()), t.name().isBlank() ? "(?)" : t.name(),
          t.content(), t.outputs());
      task.schedule(t.schedule());
      Set<UnitRole> roles = new HashSet<>();
      roles.addAll(Agencies.roles(UnitRole.Role.LEAD, t.lead()));
      roles.addAll(Agencies.roles(UnitRole.Role.COORDINATING, t.coordinating()));
      task.assign(t.lead().text(), t.coordinating().text(), roles, Agencies.unresolved(t.lead(), t.coordinating()));
      task.setFlags(Flags.stored(t.flags()));
    }
    if (record.getPlanId() == null || !p.budget().isEmpty()) {
      plan.getBudgetLines().forEach(plan::removeBudgetLine);
      for (ParsedPlan.BudgetLine b : p.budget()) {
        BudgetLine line = plan.addBudgetLine();
        line.set(b.label(), b.source(), b.total(), b.byYear());
        line.describe(b.code(), b.group() == null ? b.section() : b.group(), b.lead().text(), b.coordinating().text());
      }
    }
    Plan saved = plans.save(plan);
    plans.flush();
    record.committed(saved.getId());
    // the committed plan's texts join the vocabulary of the next restoration
    diacritics.invalidate();
    return saved.getId();
  }

  private static Long issuer(ParsedPlan p) {
    return p.issuer().unitIds().isEmpty() ? null : p.issuer().unitIds().get(0);
  }

  /** Pairs of parsed and existing rows, and what is only on one side. */
  private static final class Matches<P, E> {
    final Map<P, E> pairs = new java.util.IdentityHashMap<>();
    final List<P> added = new ArrayList<>();
    final List<E> removed = new ArrayList<>();
  }

  /** Matches by code and name first, then by name alone, then by code alone (codes repeat, names get amended). */
  private static <P, E> Matches<P, E> match(List<P> parsed, List<E> existing, java.util.function.Function<P, String> pCode,
      java.util.function.Function<P, String> pName, java.util.function.Function<E, String> eCode,
      java.util.function.Function<E, String> eName) {
    Matches<P, E> m = new Matches<>();
    List<E> free = new ArrayList<>(existing);
    List<P> left = new ArrayList<>(parsed);
    for (int pass = 0; pass < 3; pass++) {
      for (P p : new ArrayList<>(left)) {
        for (E e : free) {
          boolean sameCode = Objects.equals(nz(pCode.apply(p)), nz(eCode.apply(e)));
          boolean sameName = VietnameseText.fold(pName.apply(p)).equals(VietnameseText.fold(eName.apply(e)));
          if ((pass == 0 && sameCode && sameName) || (pass == 1 && sameName) || (pass == 2 && sameCode && !nz(pCode.apply(p)).isEmpty())) {
            m.pairs.put(p, e);
            free.remove(e);
            left.remove(p);
            break;
          }
        }
      }
    }
    m.added.addAll(left);
    m.removed.addAll(free);
    return m;
  }

  private static Matches<ParsedPlan.Target, PlanTarget> matchTargets(List<ParsedPlan.Target> parsed, List<PlanTarget> existing) {
    return match(parsed, existing, ParsedPlan.Target::code, ParsedPlan.Target::name, PlanTarget::getCode, PlanTarget::getName);
  }

  private static Matches<ParsedPlan.Task, PlanTask> matchTasks(List<ParsedPlan.Task> parsed, List<PlanTask> existing) {
    return match(parsed, existing, ParsedPlan.Task::code, ParsedPlan.Task::name, PlanTask::getCode, PlanTask::getName);
  }

  private static String label(String code, String name) {
    String shortName = name == null ? "" : name.length() > 120 ? name.substring(0, 120) + "…" : name;
    return (code == null || code.isEmpty() ? "" : code + ". ") + shortName;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static int indexOfSeq(List<Integer> seqs, int seq) {
    int index = seqs.indexOf(seq);
    if (index < 0) {
      throw DomainException.notFound("Row", seq);
    }
    return index;
  }

  private PlanImport get(long importId) {
    return imports.findById(importId).orElseThrow(() -> DomainException.notFound("Import", importId));
  }

  private PlanImport preview(long importId) {
    PlanImport record = get(importId);
    if (record.getStatus() != PlanImport.Status.PREVIEW) {
      throw DomainException.conflict("plan.import.alreadyCommitted");
    }
    return record;
  }

  /**
   * The stored preview: the parsed plan's JSON, with the OCR confidence by source line beside its fields as
   * {@value #CONFIDENCE} (absent when there is none) — a property {@link ParsedPlan} does not have, so that previews
   * stored before it and after it read alike.
   */
  private String write(ParsedPlan plan, Map<Integer, Integer> confidence) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode node = json.valueToTree(plan);
      if (!confidence.isEmpty()) {
        node.set(CONFIDENCE, json.valueToTree(new java.util.TreeMap<>(confidence)));
      }
      return json.writeValueAsString(node);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A corrected preview, keeping what the first read stored beside the plan. */
  private String write(PlanImport record, ParsedPlan plan) {
    return write(plan, storedConfidence(record));
  }

  static final String CONFIDENCE = "lineConfidence";

  private Map<Integer, Integer> storedConfidence(PlanImport record) {
    try {
      com.fasterxml.jackson.databind.JsonNode node = json.readTree(record.getPayload()).get(CONFIDENCE);
      if (node == null || !node.isObject()) {
        return Map.of();
      }
      Map<Integer, Integer> out = new java.util.TreeMap<>();
      node.properties().forEach(e -> {
        if (e.getKey().matches("\\d{1,9}") && e.getValue().canConvertToInt()) {
          out.put(Integer.parseInt(e.getKey()), e.getValue().intValue());
        }
      });
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored import " + record.getId() + " cannot be read", e);
    }
  }

  /** The source's OCR confidence by line: empty for a text layer, typed text or Office files. */
  private static Map<Integer, Integer> lineConfidence(PlanReading.Source source) {
    return source.lineConfidence();
  }

  private ParsedPlan readPayload(PlanImport record) {
    try {
      return json.readValue(record.getPayload(), ParsedPlan.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored import " + record.getId() + " cannot be read", e);
    }
  }

}
