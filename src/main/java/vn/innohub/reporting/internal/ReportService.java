package vn.innohub.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.innohub.identity.Actor;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.PlanStructure;
import vn.innohub.plan.Plans;
import vn.innohub.plan.Quantity;
import vn.innohub.reporting.PeriodStatus;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.plan.TargetMethod;
import vn.innohub.reporting.ReportItemKey;
import vn.innohub.shared.FieldErrors;
import vn.innohub.reporting.ReportStatus;
import vn.innohub.reporting.ReportView;
import vn.innohub.reporting.StaleReport;
import vn.innohub.reporting.TaskStatus;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.files.FileKind;
import vn.innohub.shared.files.StoredUpload;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseNumbers;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** A unit's report: reading, saving drafts, submitting, the DOST's review, and evidence files. */
@Service
public class ReportService {

  private final UnitReportRepository reports;
  private final TaskItemRepository taskItems;
  private final EvidenceRepository evidence;
  private final Plans plans;
  private final OrgDirectory org;
  private final FollowUp followUp;
  private final Messages messages;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final long maxEvidenceBytes;
  private final vn.innohub.audit.AuditTrail trail;
  private final TransactionTemplate apart;
  private final TransactionTemplate writing;

  private final vn.innohub.shared.files.ParseBudget budget;
  private final TypedValues typed;

  ReportService(UnitReportRepository reports, TaskItemRepository taskItems, EvidenceRepository evidence, Plans plans,
      OrgDirectory org, FollowUp followUp, Messages messages, JdbcTemplate jdbc, Clock clock,
      @Value("${innohub.reporting.evidence-max-size:10MB}") DataSize maxEvidence, vn.innohub.audit.AuditTrail trail,
      PlatformTransactionManager transactions, vn.innohub.shared.files.ParseBudget budget) {
    this.budget = budget;
    this.trail = trail;
    this.apart = new TransactionTemplate(transactions);
    this.writing = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reports = reports;
    this.taskItems = taskItems;
    this.evidence = evidence;
    this.plans = plans;
    this.org = org;
    this.followUp = followUp;
    this.messages = messages;
    this.typed = new TypedValues(messages);
    this.jdbc = jdbc;
    this.clock = clock;
    this.maxEvidenceBytes = maxEvidence.toBytes();
  }

  public long maxEvidenceBytes() {
    return maxEvidenceBytes;
  }

  @Transactional(readOnly = true)
  public ReportView view(long reportId, Actor actor) {
    UnitReport report = load(reportId);
    ReportAccess.read(actor, report);
    return view(report, actor);
  }

  @Transactional(readOnly = true)
  public List<ReportView> mine(Actor actor) {
    if (actor.unitIds().isEmpty()) {
      return List.of();
    }
    return reports.findForUnits(actor.unitIds()).stream().map(r -> view(r, actor)).toList();
  }

  /**
   * Saves what the unit typed; refuses wrong values field by field and a stale version without overwriting. Answers
   * with the new version only (what the next save needs), so that autosave stays cheap.
   */
  public SavedDraft saveDraft(long reportId, ReportDraft draft, Actor actor) {
    try {
      return writing.execute(status -> saveDraftOnce(reportId, draft, actor, status));
    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
      // Another save of the report committed between this one's read and its write (two clicks on "Lưu", autosave
      // and a click): read it again. The same user's identical content is then answered as saved; anything else is
      // the stale version it is.
      return writing.execute(status -> saveDraftOnce(reportId, draft, actor, status));
    }
  }

  private SavedDraft saveDraftOnce(long reportId, ReportDraft draft, Actor actor,
      org.springframework.transaction.TransactionStatus status) {
    UnitReport report = load(reportId);
    ReportAccess.write(actor, report);
    requireEditable(report);
    PlanStructure plan = plans.structure(report.getPeriod().getPlanId());
    if (draft.version() != null && draft.version() != report.getVersion()
        && repeatsOwnLastSave(report, draft, actor, plan, status)) {
      return new SavedDraft(report.getId(), report.getVersion(), report.getStatus(), report.getUpdatedAt(),
          report.getUpdatedBy());
    }
    checkVersion(report, draft.version(), actor);
    apply(report, draft, actor, plan, false);
    author(report, actor);
    reports.saveAndFlush(report);
    return new SavedDraft(report.getId(), report.getVersion(), report.getStatus(), report.getUpdatedAt(),
        report.getUpdatedBy());
  }

  /** A saved draft: the version to send with the next change. */
  public record SavedDraft(long id, long version, ReportStatus status, Instant updatedAt, String updatedBy) {}

  /**
   * Autosave: saves every valid value and keeps the saved value of each invalid field, naming it ("task-12-progress"
   * → message), so that one wrong field neither blocks the others nor loses them. A stale version is still refused
   * whole, without overwriting.
   */
  @Transactional
  public Autosaved autosave(long reportId, ReportDraft draft, Actor actor) {
    UnitReport report = load(reportId);
    ReportAccess.write(actor, report);
    requireEditable(report);
    checkVersion(report, draft.version(), actor);
    Map<String, String> invalid = apply(report, draft, actor, plans.structure(report.getPeriod().getPlanId()), true);
    author(report, actor);
    reports.saveAndFlush(report);
    return new Autosaved(new SavedDraft(report.getId(), report.getVersion(), report.getStatus(), report.getUpdatedAt(),
        report.getUpdatedBy()), invalid);
  }

  /** What an autosave stored, and the fields it could not store (field key → message); the rest were saved. */
  public record Autosaved(SavedDraft saved, Map<String, String> invalid) {
    public Autosaved {
      invalid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
    }
  }

  /** Saves the last changes (if any) and sends the report to the DOST; late when after the units' due date. */
  @Transactional
  public ReportView submit(long reportId, ReportDraft draft, Actor actor) {
    UnitReport report = load(reportId);
    ReportAccess.write(actor, report);
    requireEditable(report);
    PlanStructure plan = plans.structure(report.getPeriod().getPlanId());
    if (draft != null) {
      checkVersion(report, draft.version(), actor);
      apply(report, draft, actor, plan, false);
    }
    requireComplete(report, plan);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    report.submit(now, today.isAfter(report.getPeriod().getUnitDue()));
    report.touched(now, actor.username());
    author(report, actor);
    report.submittedBy(actor.username());
    reports.saveAndFlush(report);
    return view(report, actor, plan);
  }

  /** Returns a submitted report to its unit with the reviewer's comments ("item key" → comment, e.g. "task-12"). */
  @Transactional
  public ReportView returnToUnit(long reportId, Long version, String comment, Map<String, String> itemComments,
      Actor actor) {
    ReportAccess.review(actor);
    UnitReport report = load(reportId);
    requireReviewable(report, version, actor);
    boolean any = comment != null && !comment.isBlank();
    for (ReportTaskItem item : report.getTaskItems()) {
      String c = Texts.blankToNull(itemComments.get(ReportItemKey.task(item.getId()).toString()));
      item.comment(c);
      any |= c != null;
    }
    for (ReportTargetItem item : report.getTargetItems()) {
      String c = Texts.blankToNull(itemComments.get(ReportItemKey.target(item.getId()).toString()));
      item.comment(c);
      any |= c != null;
    }
    if (!any) {
      throw new FieldErrors("reporting.invalid",
          Map.of("reviewComment", messages.get("reporting.returnNeedsComment")));
    }
    report.returnToUnit(Texts.blankToNull(comment), clock.instant(), actor.username());
    reports.saveAndFlush(report);
    followUp.returned(report, unitName(report.getUnitId()));
    return view(report, actor);
  }

  /**
   * Approves a submitted report. Refused to an account that wrote, submitted or attached evidence to it (separation of
   * duties: an ADMIN who entered a report on a unit's behalf cannot also approve it; another ADMIN must).
   */
  @Transactional
  public ReportView approve(long reportId, Long version, Actor actor) {
    ReportAccess.review(actor);
    UnitReport report = load(reportId);
    requireReviewable(report, version, actor);
    if (ownWork(report, actor)) {
      apart.executeWithoutResult(s -> trail.record("REPORT_SELF_APPROVAL_REFUSED", "UnitReport",
          String.valueOf(report.getId()), null, Map.of("by", actor.username())));
      // 409, not 403: the role may approve; this report's history (the actor's own work) is what conflicts.
      throw DomainException.conflict("reporting.ownWork");
    }
    report.approve(clock.instant(), actor.username());
    reports.saveAndFlush(report);
    followUp.approved(report, unitName(report.getUnitId()));
    return view(report, actor);
  }

  /** Unlocks an approved report for correction; the reason is kept on the report and in the audit trail. */
  @Transactional
  public ReportView reopen(long reportId, String reason, Actor actor) {
    ReportAccess.review(actor);
    UnitReport report = load(reportId);
    if (report.getStatus() != ReportStatus.APPROVED) {
      throw DomainException.conflict("reporting.notApproved");
    }
    if (reason == null || reason.isBlank()) {
      throw new FieldErrors("reporting.invalid", Map.of("reason", messages.get("reporting.reopenNeedsReason")));
    }
    report.reopen(reason.strip(), clock.instant(), actor.username());
    reports.saveAndFlush(report);
    followUp.reopened(report, unitName(report.getUnitId()));
    return view(report, actor);
  }

  /** Attaches a file to a task or target item; checked by content and size before anything is stored. */
  @Transactional
  public ReportView.EvidenceView attach(long reportId, String itemKey, String fileName, byte[] content, Actor actor) {
    UnitReport report = load(reportId);
    ReportAccess.write(actor, report);
    requireEditable(report);
    ReportItemKey key = ReportItemKey.parse(itemKey).filter(k -> k.field() == null).orElse(null);
    boolean known = key != null && (key.isTask()
        ? report.getTaskItems().stream().anyMatch(i -> i.getId() == key.itemId())
        : report.getTargetItems().stream().anyMatch(i -> i.getId() == key.itemId()));
    if (!known) {
      throw DomainException.invalid("reporting.evidence.noItem");
    }
    if (content == null || content.length == 0) {
      throw DomainException.invalid("upload.empty");
    }
    if (content.length > maxEvidenceBytes) {
      throw DomainException.invalid("reporting.evidence.tooLarge", DataSize.ofBytes(maxEvidenceBytes).toMegabytes());
    }
    String name = StoredUpload.safeName(fileName);
    if (name.isEmpty()) {
      throw DomainException.invalid("reporting.evidence.type");
    }
    // the file must read as its kind (not half a file, not a signature and noise), read on the bounded parse pool
    FileKind kind = budget.run(() -> FileKind.detect(content))
        .orElseThrow(() -> DomainException.invalid("reporting.evidence.type"));
    if (!kind.matchesName(name)) {
      throw DomainException.invalid("reporting.evidence.forged", name, kind.name());
    }
    StoredUpload file = StoredUpload.of(name, kind, content);
    Evidence saved = evidence.saveAndFlush(new Evidence(reportId, key.kind().name(), key.itemId(),
        file.fileName(), file.mediaType(), file.size(), file.sha256(), clock.instant(), actor.username()));
    // Evidence is kept apart from the report's fields: attaching a file does not change the report's version, so an
    // officer's open form (or another client) never conflicts with an upload.
    jdbc.update("INSERT INTO report_evidence_file (evidence_id, content) VALUES (?, ?)", saved.getId(), content);
    return new ReportView.EvidenceView(saved.getId(), saved.getFileName(), saved.getContentType(), saved.getSizeBytes());
  }

  /** A file to download, for whoever may read the report it belongs to. */
  @Transactional(readOnly = true)
  public EvidenceFile file(long evidenceId, Actor actor) {
    Evidence e = evidence.findById(evidenceId).orElseThrow(() -> DomainException.notFound("Evidence", evidenceId));
    ReportAccess.read(actor, load(e.getReportId()));
    byte[] bytes = jdbc.queryForObject("SELECT content FROM report_evidence_file WHERE evidence_id = ?", byte[].class,
        evidenceId);
    return new EvidenceFile(e.getFileName(), e.getContentType(), bytes);
  }

  /** A stored evidence file. */
  public record EvidenceFile(String fileName, String contentType, byte[] content) {}

  @Transactional
  public void removeEvidence(long reportId, long evidenceId, Actor actor) {
    UnitReport report = load(reportId);
    ReportAccess.write(actor, report);
    Evidence e = evidence.findById(evidenceId).filter(x -> x.getReportId() == reportId)
        .orElseThrow(() -> DomainException.notFound("Evidence", evidenceId));
    requireEditable(report);
    jdbc.update("DELETE FROM report_evidence_file WHERE evidence_id = ?", evidenceId);
    evidence.delete(e);
  }

  /** Records the writer on the report: ADMINs are remembered, and one who is no officer of the unit marks it. */
  private static void author(UnitReport report, Actor actor) {
    report.writtenBy(actor.username(), actor.has(vn.innohub.identity.Role.ADMIN),
        actor.has(vn.innohub.identity.Role.UNIT_OFFICER) && actor.unitIds().contains(report.getUnitId()));
  }

  /** Whether the actor wrote, submitted or attached evidence to the report. */
  private boolean ownWork(UnitReport report, Actor actor) {
    return report.writtenOrSubmittedBy(actor.username()) || evidence.findByReportIdOrderById(report.getId()).stream()
        .anyMatch(e -> actor.username().equals(e.getUploadedBy()));
  }

  UnitReport load(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> DomainException.notFound("Report", reportId));
  }

  private void requireEditable(UnitReport report) {
    if (report.getPeriod().getStatus() != PeriodStatus.OPEN) {
      throw DomainException.conflict("reporting.periodClosed", report.getPeriod().getLabel());
    }
    if (!report.getStatus().editable()) {
      throw DomainException.conflict(report.getStatus() == ReportStatus.APPROVED ? "reporting.locked"
          : "reporting.underReview");
    }
  }

  private void requireReviewable(UnitReport report, Long version, Actor actor) {
    if (!report.getStatus().awaitingReview()) {
      throw DomainException.conflict("reporting.notSubmitted");
    }
    checkVersion(report, version, actor);
  }

  /**
   * Whether a save with a stale version only repeats what the same user's last save stored (a double-click on "Lưu",
   * or a retry of a save whose answer was lost): then it is answered as saved, not as someone else's change. The
   * draft is applied to see what it would store and always rolled back here; anything different, or a last change by
   * someone else, is a real conflict.
   */
  private boolean repeatsOwnLastSave(UnitReport report, ReportDraft draft, Actor actor, PlanStructure plan,
      org.springframework.transaction.TransactionStatus status) {
    if (!actor.username().equals(report.getUpdatedBy())) {
      return false;
    }
    List<Object> stored = content(report);
    Instant updatedAt = report.getUpdatedAt();
    StaleReport stale = new StaleReport(view(report, actor));
    try {
      apply(report, draft, actor, plan, false);
    } catch (FieldErrors e) {
      return false; // refused before anything was written: the stale version is the answer
    }
    boolean same = stored.equals(content(report));
    // Nothing of this attempt is written, whatever the answer.
    status.setRollbackOnly();
    if (same) {
      report.touched(updatedAt, actor.username());
    } else {
      throw stale;
    }
    return same;
  }

  /** What a unit writes in a report, comparable between two states of it (numbers by value, not by scale). */
  private static List<Object> content(UnitReport report) {
    List<Object> out = new ArrayList<>();
    out.add(String.valueOf(report.getDifficulties()));
    out.add(String.valueOf(report.getProposals()));
    report.getTaskItems().stream().sorted(java.util.Comparator.comparing(ReportTaskItem::getId)).forEach(i -> out.add(
        List.of(i.getId(), String.valueOf(i.getStatus()), String.valueOf(i.getProgress()),
            String.valueOf(i.getResults()), plain(i.getQuantity()), String.valueOf(i.getCompletedOn()),
            String.valueOf(i.getCancelReason()), String.valueOf(i.getProgressTyped()),
            String.valueOf(i.getQuantityTyped()), String.valueOf(i.getCompletedOnTyped()),
            String.valueOf(i.getStatusTyped()))));
    report.getTargetItems().stream().sorted(java.util.Comparator.comparing(ReportTargetItem::getId)).forEach(i ->
        out.add(List.of(i.getId(), plain(i.getActual()), String.valueOf(i.getNote()), String.valueOf(i.getActualTyped()))));
    return out;
  }

  private static String plain(BigDecimal n) {
    return n == null ? "null" : n.stripTrailingZeros().toPlainString();
  }

  private void checkVersion(UnitReport report, Long version, Actor actor) {
    if (version != null && version != report.getVersion()) {
      throw new StaleReport(view(report, actor));
    }
  }

  /**
   * Before a submission: every target has a value or a note, and every task the unit leads has a status (coordinating
   * units may leave theirs not reported, which counts as no contribution). Missing lead statuses are named task by
   * task, at the field and in the message.
   */
  private void requireComplete(UnitReport report, PlanStructure plan) {
    // values kept as typed but invalid come first: they are what the unit typed and must fix
    Map<String, String> fields = new LinkedHashMap<>(invalidKept(report, plan));
    List<String> unreported = new ArrayList<>();
    for (ReportTaskItem item : report.getTaskItems()) {
      if (item.isLead() && item.getStatus() == null) {
        String task = plan.task(item.getTaskId()).map(t -> t.code() + ". " + t.title()).orElse("#" + item.getTaskId());
        unreported.add(task);
        fields.put(ReportItemKey.task(item.getId()).name("status"),
            messages.get("reporting.field.leadStatusMissing", task));
      }
    }
    for (ReportTargetItem item : report.getTargetItems()) {
      if (item.getActual() == null && (item.getNote() == null || item.getNote().isBlank())
          && !fields.containsKey(ReportItemKey.target(item.getId()).name("actual"))) {
        String code = plan.target(item.getTargetId()).map(PlanStructure.Target::code).orElse("?");
        fields.put(ReportItemKey.target(item.getId()).name("actual"),
            messages.get("reporting.field.valueMissing", code));
      }
    }
    if (!unreported.isEmpty()) {
      int shown = Math.min(unreported.size(), 10);
      String list = String.join("; ", unreported.subList(0, shown))
          + (unreported.size() > shown ? messages.get("reporting.andMore", unreported.size() - shown) : "");
      throw new FieldErrors("reporting.leadStatusMissing", fields, new ArrayList<>(fields.values()),
          unreported.size(), list);
    }
    if (!fields.isEmpty()) {
      throw new FieldErrors("reporting.invalid", fields);
    }
  }

  /**
   * Checks and writes a draft. Strict (a save, a submit): any invalid field refuses the whole change. Lenient
   * (autosave): every field is kept as typed; an invalid number or date is stored as its text only (the parsed value
   * stays null, so it counts nowhere) and answered with its message, and the valid ones are written.
   */
  private Map<String, String> apply(UnitReport report, ReportDraft draft, Actor actor, PlanStructure plan,
      boolean lenient) {
    Map<String, String> fields = new LinkedHashMap<>();
    LocalDate from = report.getPeriod().getStart();
    LocalDate to = report.getPeriod().getEnd();
    Map<Long, ReportTaskItem> tasksById = new HashMap<>();
    report.getTaskItems().forEach(i -> tasksById.put(i.getId(), i));
    Map<Long, ReportTargetItem> targetsById = new HashMap<>();
    report.getTargetItems().forEach(i -> targetsById.put(i.getId(), i));
    List<Runnable> writes = new ArrayList<>();
    for (ReportDraft.TaskEntry e : draft.tasks()) {
      ReportTaskItem item = tasksById.get(e.itemId());
      ReportItemKey key = ReportItemKey.task(e.itemId());
      if (item == null) {
        fields.put(key.toString(), messages.get("reporting.field.noItem", e.itemId()));
        continue;
      }
      Optional<PlanStructure.Task> task = plan.task(item.getTaskId());
      // status: absent (null) keeps the saved one (or the one not stored yet); blank is "— Chưa báo cáo —"
      TaskStatus status = item.getStatus();
      if (item.getStatusTyped() != null) {
        status = parseStatus(item.getStatusTyped());
      }
      if (e.status() != null && e.status().isBlank()) {
        status = null;
      } else if (e.status() != null) {
        TaskStatus typedStatus = parseStatus(e.status());
        if (typedStatus == null) {
          fields.put(key.name("status"), messages.get("reporting.field.status"));
        } else {
          status = typedStatus;
        }
      }
      TypedValues.Checked<Integer> progress = typed.percent(e.progress());
      TypedValues.Checked<BigDecimal> quantity = typed.count(e.quantity());
      TypedValues.Checked<LocalDate> completedOn = typed.date(e.completedOn(), from, to);
      note(fields, key.name("progress"), progress);
      note(fields, key.name("quantity"), quantity);
      note(fields, key.name("completedOn"), completedOn);
      String reason = Texts.blankToNull(e.cancelReason());
      // a cancellation without its reason is kept as chosen but not stored as the status until the reason is given
      String pending = null;
      if (status == TaskStatus.CANCELLED && reason == null) {
        fields.put(key.name("cancelReason"), messages.get("reporting.field.cancelReason"));
        pending = status.name();
        status = null;
      }
      if (lenient && fields.containsKey(key.name("status"))) {
        status = item.getStatus();
      }
      Integer p = progress.value();
      LocalDate c = completedOn.value();
      if (status != null && status.done()) {
        // a done task is at 100 % unless the unit typed something else (an invalid text stays invalid, not 100)
        p = p == null && Texts.isBlank(e.progress()) ? Integer.valueOf(100) : p;
        LocalDate deadline = task.map(PlanStructure.Task::deadline).orElse(null);
        if (c != null && deadline != null) {
          status = c.isAfter(deadline) ? TaskStatus.DONE_LATE : TaskStatus.DONE;
        }
      }
      TaskStatus s = status;
      Integer progressValue = p;
      BigDecimal q = quantity.value();
      LocalDate completed = c;
      String r = reason;
      String statusText = pending;
      String results = clip(Texts.blankToNull(e.results()), 4000);
      writes.add(() -> {
        item.write(s, progressValue, results, q, completed,
            s == TaskStatus.CANCELLED || statusText != null ? r : null);
        item.typed(TypedValues.kept(e.progress()), TypedValues.kept(e.quantity()), TypedValues.kept(e.completedOn()),
            statusText);
      });
    }
    for (ReportDraft.TargetEntry e : draft.targets()) {
      ReportTargetItem item = targetsById.get(e.itemId());
      ReportItemKey key = ReportItemKey.target(e.itemId());
      if (item == null) {
        fields.put(key.toString(), messages.get("reporting.field.noItem", e.itemId()));
        continue;
      }
      Optional<PlanStructure.Target> target = plan.target(item.getTargetId());
      if (target.isPresent() && target.get().method() == TargetMethod.RATIO) {
        writes.add(ratioEntry(item, e, target.get(), key, fields));
        continue;
      }
      String unit = target.map(PlanStructure.Target::unitOfMeasure).orElse("");
      TypedValues.Checked<BigDecimal> actual = typed.targetValue(e.actual(), unit);
      note(fields, key.name("actual"), actual);
      String note = clip(Texts.blankToNull(e.note()), 2000);
      writes.add(() -> {
        item.write(actual.value(), note);
        item.typed(TypedValues.kept(e.actual()));
      });
    }
    String difficulties = Texts.blankToNull(draft.difficulties());
    String proposals = Texts.blankToNull(draft.proposals());
    if (difficulties != null && difficulties.length() > 4000) {
      fields.put("difficulties", messages.get("reporting.field.tooLong", 4000));
    }
    if (proposals != null && proposals.length() > 4000) {
      fields.put("proposals", messages.get("reporting.field.tooLong", 4000));
    }
    if (!fields.isEmpty() && !lenient) {
      List<String> items = new ArrayList<>();
      fields.forEach((k, v) -> items.add(k + ": " + v));
      throw new FieldErrors("reporting.invalid", fields, items, items.size());
    }
    writes.forEach(Runnable::run);
    report.write(draft.difficulties() == null || fields.containsKey("difficulties") ? report.getDifficulties()
        : difficulties, draft.proposals() == null || fields.containsKey("proposals") ? report.getProposals()
        : proposals, clock.instant(), actor.username());
    return fields;
  }


  /**
   * A RATIO target's parts (issue 17): the number meeting the criterion and the total, both or neither. Both are kept
   * as typed; a negative or unreadable part, one part without the other and a numerator above the denominator are
   * marked at the field and leave the unit's ratio empty (not aggregated) until fixed. The unit's own ratio (×100 for
   * %) is kept as its value; 0 of 0 is 0. Without parts, a bare value (API clients) is kept but never aggregated.
   */
  private Runnable ratioEntry(ReportTargetItem item, ReportDraft.TargetEntry e, PlanStructure.Target target,
      ReportItemKey key, Map<String, String> fields) {
    String note = clip(Texts.blankToNull(e.note()), 2000);
    if (Texts.blankToNull(e.numerator()) == null && Texts.blankToNull(e.denominator()) == null) {
      boolean hadParts = item.getNumerator() != null || item.getDenominator() != null
          || item.getNumeratorTyped() != null || item.getDenominatorTyped() != null;
      if (e.actual() == null) { // the form sends no value field for a RATIO target: cleared parts clear the ratio
        BigDecimal kept = hadParts ? null : item.getActual();
        String keptText = hadParts ? null : item.getActualTyped();
        return () -> {
          item.writeParts(null, null, kept, note);
          item.typedParts(null, null);
          item.typed(keptText);
        };
      }
      TypedValues.Checked<BigDecimal> bare = typed.targetValue(e.actual(), target.unitOfMeasure());
      note(fields, key.name("actual"), bare);
      return () -> {
        item.writeParts(null, null, bare.value(), note);
        item.typedParts(null, null);
        item.typed(TypedValues.kept(e.actual()));
      };
    }
    RatioParts parts = ratioParts(e.numerator(), e.denominator());
    fields.putAll(parts.problems(key));
    BigDecimal ratio = null;
    if (parts.valid() && parts.numerator() != null) {
      BigDecimal num = parts.numerator();
      BigDecimal scaled = "%".equals(target.unitOfMeasure()) ? num.multiply(BigDecimal.valueOf(100)) : num;
      ratio = parts.denominator().signum() == 0 ? BigDecimal.ZERO
          : scaled.divide(parts.denominator(), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
    BigDecimal r = ratio;
    return () -> {
      item.writeParts(parts.valid() ? parts.numerator() : null, parts.valid() ? parts.denominator() : null, r, note);
      item.typedParts(TypedValues.kept(e.numerator()), TypedValues.kept(e.denominator()));
      item.typed(null);
    };
  }

  /** A RATIO item's two parts as read from their texts, and what is wrong with them (by part: numerator/denominator). */
  private record RatioParts(BigDecimal numerator, BigDecimal denominator, Map<String, String> byPart) {
    boolean valid() {
      return byPart.isEmpty();
    }

    Map<String, String> problems(ReportItemKey key) {
      Map<String, String> out = new LinkedHashMap<>();
      byPart.forEach((part, message) -> out.put(key.name(part), message));
      return out;
    }
  }

  private RatioParts ratioParts(String numeratorText, String denominatorText) {
    TypedValues.Checked<BigDecimal> num = typed.count(numeratorText);
    TypedValues.Checked<BigDecimal> den = typed.count(denominatorText);
    Map<String, String> wrong = new LinkedHashMap<>();
    if (num.invalid()) {
      wrong.put("numerator", num.error());
    }
    if (den.invalid()) {
      wrong.put("denominator", den.error());
    }
    if (wrong.isEmpty() && (num.value() == null) != (den.value() == null)) {
      wrong.put(num.value() == null ? "numerator" : "denominator", messages.get("reporting.field.ratioPartMissing"));
    }
    if (wrong.isEmpty() && num.value() != null && num.value().compareTo(den.value()) > 0) {
      wrong.put("numerator", messages.get("reporting.field.numeratorAboveDenominator",
          num.value().stripTrailingZeros().toPlainString(), den.value().stripTrailingZeros().toPlainString()));
    }
    return new RatioParts(num.value(), den.value(), wrong);
  }

  private static void note(Map<String, String> fields, String key, TypedValues.Checked<?> checked) {
    if (checked.invalid()) {
      fields.put(key, checked.error());
    }
  }

  private static TaskStatus parseStatus(String name) {
    try {
      return Texts.parsed(name, TaskStatus::valueOf);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The fields of a saved report whose kept text is not a valid value (field key → message), checked by the rules of
   * a save: what a reload marks again, and what a submission must see fixed.
   */
  private Map<String, String> invalidKept(UnitReport report, PlanStructure plan) {
    Map<String, String> out = new LinkedHashMap<>();
    LocalDate from = report.getPeriod().getStart();
    LocalDate to = report.getPeriod().getEnd();
    for (ReportTaskItem i : report.getTaskItems()) {
      ReportItemKey key = ReportItemKey.task(i.getId());
      note(out, key.name("progress"), typed.percent(i.getProgressTyped()));
      note(out, key.name("quantity"), typed.count(i.getQuantityTyped()));
      note(out, key.name("completedOn"), typed.date(i.getCompletedOnTyped(), from, to));
      if (TaskStatus.CANCELLED.name().equals(i.getStatusTyped()) && Texts.blankToNull(i.getCancelReason()) == null) {
        out.put(key.name("cancelReason"), messages.get("reporting.field.cancelReason"));
      }
    }
    for (ReportTargetItem i : report.getTargetItems()) {
      String unit = plan.target(i.getTargetId()).map(PlanStructure.Target::unitOfMeasure).orElse("");
      note(out, ReportItemKey.target(i.getId()).name("actual"), typed.targetValue(i.getActualTyped(), unit));
      if (i.getNumeratorTyped() != null || i.getDenominatorTyped() != null) {
        RatioParts parts = ratioParts(i.getNumeratorTyped(), i.getDenominatorTyped());
        out.putAll(parts.problems(ReportItemKey.target(i.getId())));
      }
    }
    return out;
  }

  /** The texts a unit typed into number and date fields, under the form's field names. */
  private static Map<String, String> typedTexts(UnitReport report) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ReportTaskItem i : report.getTaskItems()) {
      ReportItemKey key = ReportItemKey.task(i.getId());
      putIf(out, key.name("progress"), i.getProgressTyped());
      putIf(out, key.name("quantity"), i.getQuantityTyped());
      putIf(out, key.name("completedOn"), i.getCompletedOnTyped());
      putIf(out, key.name("status"), i.getStatusTyped());
    }
    for (ReportTargetItem i : report.getTargetItems()) {
      putIf(out, ReportItemKey.target(i.getId()).name("actual"), i.getActualTyped());
      putIf(out, ReportItemKey.target(i.getId()).name("numerator"), i.getNumeratorTyped());
      putIf(out, ReportItemKey.target(i.getId()).name("denominator"), i.getDenominatorTyped());
    }
    return out;
  }

  private static void putIf(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  ReportView view(UnitReport report, Actor actor) {
    return view(report, actor, plans.structure(report.getPeriod().getPlanId()));
  }

  ReportView view(UnitReport report, Actor actor, PlanStructure plan) {
    ReportingPeriod period = report.getPeriod();
    Map<ReportItemKey, List<ReportView.EvidenceView>> files = new HashMap<>();
    for (Evidence e : evidence.findByReportIdOrderById(report.getId())) {
      files.computeIfAbsent(e.item(), k -> new ArrayList<>())
          .add(new ReportView.EvidenceView(e.getId(), e.getFileName(), e.getContentType(), e.getSizeBytes()));
    }
    List<Long> ledTasks = report.getTaskItems().stream().filter(ReportTaskItem::isLead).map(ReportTaskItem::getTaskId)
        .toList();
    Map<Long, List<ReportView.Contribution>> contributions = new HashMap<>();
    if (!ledTasks.isEmpty()) {
      List<ReportTaskItem> others = taskItems.inPeriod(period.getId(), ledTasks).stream()
          .filter(o -> !o.getReport().getId().equals(report.getId()) && !o.isLead()).toList();
      Map<Long, String> names = org.names(others.stream().map(o -> o.getReport().getUnitId()).toList());
      for (ReportTaskItem other : others) {
        UnitReport r = other.getReport();
        contributions.computeIfAbsent(other.getTaskId(), k -> new ArrayList<>()).add(new ReportView.Contribution(
            r.getId(), r.getUnitId(), names.getOrDefault(r.getUnitId(), "#" + r.getUnitId()), other.getStatus(),
            other.getProgress(), other.getResults(), r.getStatus()));
      }
    }
    List<ReportView.TaskLine> tasks = new ArrayList<>();
    for (ReportTaskItem i : report.getTaskItems()) {
      Optional<PlanStructure.Task> t = plan.task(i.getTaskId());
      tasks.add(new ReportView.TaskLine(i.getId(), i.getTaskId(), t.map(PlanStructure.Task::code).orElse("?"),
          t.flatMap(x -> plan.section(x.sectionId())).map(PlanStructure.Section::label).orElse(""),
          t.map(PlanStructure.Task::title).orElse(messages.get("reporting.taskRemoved")),
          t.map(PlanStructure.Task::content).orElse(""), t.map(PlanStructure.Task::scheduleText).orElse(""),
          t.map(PlanStructure.Task::deadline).orElse(null), t.map(PlanStructure.Task::outputs).orElse(""),
          t.flatMap(PlanStructure.Task::quantity).map(Quantity::text).orElse(null), i.isLead(), i.getStatus(),
          i.getProgress(), i.getResults(), i.getQuantity(), i.getCompletedOn(), i.getCancelReason(),
          i.getReviewComment(), files.getOrDefault(ReportItemKey.task(i.getId()), List.of()),
          contributions.getOrDefault(i.getTaskId(), List.of())));
    }
    List<ReportView.TargetLine> targets = new ArrayList<>();
    for (ReportTargetItem i : report.getTargetItems()) {
      Optional<PlanStructure.Target> t = plan.target(i.getTargetId());
      targets.add(new ReportView.TargetLine(i.getId(), i.getTargetId(), t.map(PlanStructure.Target::code).orElse("?"),
          t.map(PlanStructure.Target::name).orElse(messages.get("reporting.targetRemoved")),
          t.map(PlanStructure.Target::valueText).orElse(""), t.map(PlanStructure.Target::unitOfMeasure).orElse(""),
          i.getActual(), i.getNote(), i.getReviewComment(),
          files.getOrDefault(ReportItemKey.target(i.getId()), List.of()),
          t.map(PlanStructure.Target::method).orElse(null), i.getNumerator(), i.getDenominator(),
          ratioLabel(t, "reporting.ratio.numerator", "reporting.ratio.numerator.plain"),
          ratioLabel(t, "reporting.ratio.denominator", "reporting.ratio.denominator.plain"),
          t.map(PlanStructure.Target::reportingUnitId).map(this::unitName).orElse(null),
          t.map(PlanStructure.Target::reportingUnitId).filter(u -> u == report.getUnitId()).isPresent()));
    }
    boolean editable = actor != null && actor.canActFor(report.getUnitId()) && report.getStatus().editable()
        && period.getStatus() == PeriodStatus.OPEN;
    return new ReportView(report.getId(), report.getVersion(), period.getId(), period.getLabel(), period.getStatus(),
        period.getStart(), period.getEnd(), period.getUnitDue(), plan.id(), plan.title(), report.getUnitId(),
        unitName(report.getUnitId()), report.getStatus(), report.isLate(), report.getFirstSubmittedAt(),
        report.getSubmittedAt(), report.getApprovedAt(), report.getDifficulties(), report.getProposals(),
        report.getReviewComment(), report.getReopenReason(), report.getUpdatedAt(), report.getUpdatedBy(), editable,
        tasks, targets, report.getSubmittedBy(), report.isEnteredOnBehalf(), List.copyOf(report.getAdminWriters()),
        actor != null && actor.has(vn.innohub.identity.Role.ADMIN) && ownWork(report, actor), typedTexts(report),
        invalidKept(report, plan));
  }

  /** "Số xã đạt" / "Tổng số xã" from a ratio's wording, else "Số đạt" / "Tổng số". */
  private String ratioLabel(Optional<PlanStructure.Target> t, String key, String plainKey) {
    return t.flatMap(x -> TargetMethod.ratioNoun(x.name())).map(n -> messages.get(key, n))
        .orElseGet(() -> messages.get(plainKey));
  }

  private String unitName(long unitId) {
    return org.find(unitId).map(UnitSummary::name).orElse("#" + unitId);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }


}
