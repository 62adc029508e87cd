package vn.innohub.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.contest.internal.ContestApplication.Facts;
import vn.innohub.contest.internal.ContestApplication.Status;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.FieldErrors;
import vn.innohub.shared.files.FileKind;
import vn.innohub.shared.files.StoredUpload;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** Organisers set contests up and screen applications; members apply (alone or as a team) before the deadline. */
@Service
public class ContestService {

  /** Largest file accepted for one FILE question. */
  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

  private final ContestRepository contests;
  private final ApplicationRepository applications;
  private final TeamRepository team;
  private final FileRepository files;
  private final Accounts accounts;
  private final vn.innohub.directory.Directory directory;
  private final Notifier notifier;
  private final Messages messages;
  private final Clock clock;
  private final vn.innohub.shared.limits.RateLimits limits;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final int maxInvitationsPerDay;
  private final vn.innohub.shared.persistence.OncePerKey once;

  private final vn.innohub.shared.files.ParseBudget budget;

  ContestService(ContestRepository contests, ApplicationRepository applications, TeamRepository team,
      FileRepository files, Accounts accounts, vn.innohub.directory.Directory directory, Notifier notifier,
      Messages messages, Clock clock, vn.innohub.shared.limits.RateLimits limits,
      org.springframework.context.ApplicationEventPublisher events,
      @org.springframework.beans.factory.annotation.Value("${innohub.contest.max-invitations-per-day:20}")
      int maxInvitationsPerDay, vn.innohub.shared.files.ParseBudget budget,
      vn.innohub.shared.persistence.OncePerKey once) {
    this.budget = budget;
    this.once = once;
    this.limits = limits;
    this.events = events;
    this.maxInvitationsPerDay = maxInvitationsPerDay;
    this.contests = contests;
    this.applications = applications;
    this.team = team;
    this.files = files;
    this.accounts = accounts;
    this.directory = directory;
    this.notifier = notifier;
    this.messages = messages;
    this.clock = clock;
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  // --- set-up ------------------------------------------------------------------------------------------------

  @Transactional
  public Contest create(String title, String slug, boolean announced, ContestSpec spec, Actor actor) {
    requireAdmin(actor);
    validate(title, slug, spec);
    String s = slug == null || slug.isBlank() ? VietnameseText.slug(title) : slug.strip();
    if (s.length() > 140) {
      s = s.substring(0, 140);
    }
    if (contests.existsBySlug(s)) {
      throw new FieldErrors("contest.invalid", Map.of("slug", messages.get("contest.error.slugTaken", s)));
    }
    return contests.save(new Contest(s, title, announced, spec, clock.instant(), clock.getZone()));
  }

  @Transactional
  public Contest update(long id, long version, String title, boolean announced, ContestSpec spec, Actor actor) {
    requireAdmin(actor);
    Contest c = contest(id);
    if (c.getVersion() != version) {
      if (title != null && c.getTitle().equals(title.strip()) && c.isAnnounced() == announced
          && c.spec().equals(spec)) {
        // What is stored already is exactly this set-up (the organiser's double-click on "Lưu", or a retry):
        // nothing would change, so it is answered as saved rather than as someone else's edit.
        return c;
      }
      throw DomainException.conflict("error.staleEdit");
    }
    validate(title, null, spec);
    c.describe(title, announced, spec, clock.instant(), clock.getZone());
    return c;
  }

  private void validate(String title, String slug, ContestSpec spec) {
    Map<String, String> errors = new LinkedHashMap<>();
    ContestRules.check(title, slug, spec).forEach((f, code) -> errors.put(f, messages.get(code)));
    if (spec.organiserProfile() != null && !spec.organiserProfile().isBlank()
        && !directory.isPublished(spec.organiserProfile())) {
      errors.put("organiserProfile", messages.get("contest.error.noSuchProfile", spec.organiserProfile().strip()));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("contest.invalid", errors);
    }
  }

  @Transactional(readOnly = true)
  public Contest contest(long id) {
    return contests.findById(id).orElseThrow(() -> DomainException.notFound("Contest", id));
  }

  @Transactional(readOnly = true)
  public List<Contest> all() {
    return contests.findAllByOrderByCreatedAtDesc();
  }

  /** Announced contests, latest deadline first (open calls and the archive of past ones). */
  @Transactional(readOnly = true)
  public List<Contest> announced() {
    return contests.findByAnnouncedTrueOrderByIntakeEndDesc();
  }

  @Transactional(readOnly = true)
  public Contest announcedBySlug(String slug) {
    return contests.findBySlug(slug).filter(Contest::isAnnounced)
        .orElseThrow(() -> DomainException.notFound("Contest", slug));
  }

  /** The zone contest rounds are set, judged and shown in: {@code innohub.time-zone}, the clock's zone. */
  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  public Instant now() {
    return clock.instant();
  }

  // --- applications ------------------------------------------------------------------------------------------

  private void requireBeforeDeadline(Contest c) {
    if (!clock.instant().isBefore(c.getIntakeEnd())) {
      throw DomainException.conflict("contest.deadlinePassed");
    }
  }

  /**
   * The member's application to the contest: the existing one, or a new draft while intake is open. One per member
   * and contest (unique key): clicks of "apply" that arrive together all answer with the same application.
   */
  public ContestApplication apply(String slug, Actor actor) {
    Contest c = announcedBySlug(slug);
    return once.findOrCreate(() -> applications.findFirstByContestIdAndOwnerUserId(c.getId(), actor.userId()), () -> {
      requireBeforeDeadline(c);
      return applications.saveAndFlush(new ContestApplication(c.getId(), actor.userId(), actor.displayName(),
          clock.instant()));
    }).value();
  }

  /** The application as its owner, an accepted co-member or ADMIN sees it; anyone else is told it does not exist. */
  @Transactional(readOnly = true)
  public ContestApplication application(long id, Actor actor) {
    ContestApplication a = applications.findById(id).orElseThrow(() -> DomainException.notFound("Application", id));
    if (actor.has(Role.ADMIN) || a.getOwnerUserId() == actor.userId()) {
      return a;
    }
    boolean member = team.findByApplicationId(id).stream()
        .anyMatch(m -> m.isUser(actor.userId()));
    if (!member) {
      throw DomainException.notFound("Application", id);
    }
    return a;
  }

  private ContestApplication editable(long id, Actor actor) {
    ContestApplication a = application(id, actor);
    if (actor.has(Role.ADMIN) && a.getOwnerUserId() != actor.userId()) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    return a;
  }

  @Transactional(readOnly = true)
  public ContestApplication getApplication(long id) {
    return applications.findById(id).orElseThrow(() -> DomainException.notFound("Application", id));
  }

  @Transactional(readOnly = true)
  public List<ContestApplication> applicationsOf(long contestId) {
    return applications.findByContestIdOrderByIdAsc(contestId);
  }

  @Transactional(readOnly = true)
  public List<ContestApplication> mine(Actor actor) {
    List<ContestApplication> out = new java.util.ArrayList<>(applications.findByOwnerUserIdOrderByIdDesc(actor.userId()));
    team.findByUserId(actor.userId()).stream().filter(m -> m.getAcceptedAt() != null)
        .forEach(m -> applications.findById(m.getApplicationId()).ifPresent(out::add));
    return out;
  }

  /** Saves the answers (a draft, or an edit of a submitted application) while intake is open. */
  @Transactional
  public ContestApplication save(long id, long version, Facts facts, Map<String, String> answers, Actor actor) {
    ContestApplication a = editable(id, actor);
    Contest c = contest(a.getContestId());
    requireBeforeDeadline(c);
    if (a.getVersion() != version) {
      throw DomainException.conflict("error.staleEdit");
    }
    if (a.getStatus() != Status.DRAFT && a.getStatus() != Status.SUBMITTED) {
      throw DomainException.conflict("contest.error.screened");
    }
    ContestSpec spec = c.spec();
    Map<String, String> kept = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> stored = a.answers();
    for (FormField f : spec.form()) {
      if (f.type() == FieldType.FILE) {
        if (stored.containsKey(f.key())) {
          kept.put(f.key(), stored.get(f.key()));
        }
        continue;
      }
      String v = answers.get(f.key());
      v = Texts.blankToNull(v);
      if (v == null) {
        continue;
      }
      String problem = formatProblem(f, v);
      if (problem != null) {
        errors.put("answer-" + f.key(), messages.get(problem, f.label()));
      }
      kept.put(f.key(), v);
    }
    if (facts.theme() != null && !facts.theme().isBlank() && !spec.themes().isEmpty()
        && !spec.themes().contains(facts.theme())) {
      errors.put("theme", messages.get("contest.error.theme"));
    }
    tooLong(errors, "title", facts.title(), 300);
    tooLong(errors, "applicantName", facts.applicantName(), 200);
    tooLong(errors, "organisation", facts.organisation(), 300);
    tooLong(errors, "profileSlug", facts.profileSlug(), 160);
    tooLong(errors, "commune", facts.commune(), 200);
    tooLong(errors, "province", facts.province(), 200);
    if (facts.birthDate() != null && facts.birthDate().isAfter(LocalDate.now(clock))) {
      errors.put("birthDate", messages.get("contest.error.birthDateFuture"));
    }
    if (a.getStatus() == Status.SUBMITTED && errors.isEmpty()) {
      errors.putAll(completeness(spec, facts, kept));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("contest.invalid", errors);
    }
    a.edit(facts, kept, clock.instant());
    applications.saveAndFlush(a);
    return a;
  }

  private void tooLong(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.put(field, messages.get("contest.error.fieldTooLong", max));
    }
  }

  private static String formatProblem(FormField f, String v) {
    return switch (f.type()) {
      case NUMBER -> {
        try {
          new java.math.BigDecimal(v.replace(',', '.'));
          yield null;
        } catch (NumberFormatException e) {
          yield "contest.error.number";
        }
      }
      case CHOICE -> f.options().contains(v) ? null : "contest.error.choice";
      case VIDEO_LINK -> v.matches("(?i)https?://\\S+") && v.length() <= 500 ? null : "contest.error.videoLink";
      case TEXT -> v.length() > 500 ? "contest.error.tooLong" : null;
      case LONG_TEXT -> v.length() > 20_000 ? "contest.error.tooLong" : null;
      case FILE -> null;
    };
  }

  /** What a submitted application must have: required answers, and the eligibility checks of the chosen group. */
  private Map<String, String> completeness(ContestSpec spec, Facts facts, Map<String, String> answers) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (facts.title() == null || facts.title().isBlank()) {
      errors.put("title", messages.get("contest.error.ideaTitle"));
    }
    if (facts.applicantName() == null || facts.applicantName().isBlank()) {
      errors.put("applicantName", messages.get("contest.error.applicantName"));
    }
    for (FormField f : spec.form()) {
      if (f.required() && !answers.containsKey(f.key())) {
        errors.put("answer-" + f.key(), messages.get("contest.error.required", f.label()));
      }
    }
    EligibleGroup group = facts.group();
    if (group == null || !spec.groups().contains(group)) {
      errors.put("group", messages.get("contest.error.group"));
    } else {
      LocalDate on = spec.round(RoundKind.INTAKE).orElseThrow().end().toLocalDate();
      if (group.ageBased()) {
        if (facts.birthDate() == null) {
          errors.put("birthDate", messages.get("contest.error.birthDateRequired"));
        } else if (!group.ageFits(facts.birthDate(), on)) {
          errors.put("birthDate", messages.get("contest.error.age." + group.name(),
              group.minAge() == null ? "" : group.minAge(), group.maxAge() == null ? "" : group.maxAge()));
        }
      }
      if (group.needsDeclaration() && !facts.declared()) {
        errors.put("declared", messages.get("contest.error.declaration"));
      }
    }
    if (spec.province() != null && !spec.province().isBlank()
        && !VietnameseText.fold(spec.province()).equals(VietnameseText.fold(facts.province()))) {
      errors.put("province", messages.get("contest.error.province", spec.province()));
    }
    if (spec.commune() != null && !spec.commune().isBlank()
        && !VietnameseText.fold(spec.commune()).equals(VietnameseText.fold(facts.commune()))) {
      errors.put("commune", messages.get("contest.error.commune", spec.commune()));
    }
    return errors;
  }

  /** Submits before the deadline (server clock): a reference number and a receipt in the app and by e-mail. */
  @Transactional
  public ContestApplication submit(long id, Actor actor) {
    ContestApplication a = editable(id, actor);
    Contest c = contest(a.getContestId());
    requireBeforeDeadline(c);
    if (!c.intakeOpen(clock.instant(), clock.getZone())) {
      throw DomainException.conflict("contest.notOpenYet");
    }
    if (a.getStatus() != Status.DRAFT && a.getStatus() != Status.SUBMITTED) {
      throw DomainException.conflict("contest.error.screened");
    }
    Map<String, String> errors = completeness(c.spec(), a.facts(), a.answers());
    if (!errors.isEmpty()) {
      throw new FieldErrors("contest.invalid", errors);
    }
    boolean first = a.getReference() == null;
    String prefix = "CT" + clock.instant().atZone(clock.getZone()).getYear() + "-";
    // Numbered by the application's own id: unique however many people submit at the same moment (a count + 1
    // would give two of them the same number).
    a.submit(first ? prefix + String.format("%04d", a.getId()) : null, clock.instant());
    applications.saveAndFlush(a);
    if (first) {
      account(a.getOwnerUserId()).ifPresent(owner -> notifier.send(new Notice(List.of(owner), "contest.receipt",
          messages.get("contest.receipt.subject", a.getReference()),
          messages.get("contest.receipt.body", c.getTitle(), a.getReference(),
              vn.innohub.shared.text.VnFormat.DATE_TIME.format(clock.instant().atZone(clock.getZone()))),
          "/me/contests/applications/" + a.getId(), "contest-receipt:" + a.getId())));
    }
    return a;
  }

  Optional<AccountView> account(long userId) {
    return accounts.list().stream().filter(v -> v.id() == userId).findFirst();
  }

  // --- files -------------------------------------------------------------------------------------------------

  @Transactional
  public ApplicationFile upload(long id, String fieldKey, String fileName, byte[] content, Actor actor) {
    ContestApplication a = editable(id, actor);
    Contest c = contest(a.getContestId());
    requireBeforeDeadline(c);
    FormField field = c.spec().form().stream().filter(f -> f.key().equals(fieldKey) && f.type() == FieldType.FILE)
        .findFirst().orElseThrow(() -> DomainException.invalid("contest.error.noSuchField", fieldKey));
    String name = StoredUpload.safeName(fileName, "tep");
    if (content == null || content.length == 0) {
      throw DomainException.invalid("upload.empty");
    }
    if (content.length > MAX_FILE_BYTES) {
      throw DomainException.invalid("contest.error.fileTooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
    }
    // the file must read as its kind (not half a file, not a signature and noise), read on the bounded parse pool
    FileKind kind = budget.run(() -> FileKind.detect(content))
        .orElseThrow(() -> DomainException.invalid("contest.error.fileType", field.label()));
    files.findByApplicationIdOrderByIdAsc(id).stream().filter(f -> f.getFieldKey().equals(fieldKey))
        .forEach(files::delete);
    ApplicationFile f = files.save(new ApplicationFile(id, fieldKey, name, kind.mediaType(), content, clock.instant()));
    a.putAnswer(fieldKey, name, clock.instant());
    return f;
  }

  @Transactional(readOnly = true)
  public List<ApplicationFile> files(long applicationId) {
    return files.findByApplicationIdOrderByIdAsc(applicationId);
  }

  /** A file for the judging module, which checks the judge's assignment itself. */
  @Transactional(readOnly = true)
  ApplicationFile fileForJudging(long fileId) {
    return files.findById(fileId).orElseThrow(() -> DomainException.notFound("File", fileId));
  }

  @Transactional(readOnly = true)
  public ApplicationFile file(long fileId, Actor actor) {
    ApplicationFile f = files.findById(fileId).orElseThrow(() -> DomainException.notFound("File", fileId));
    application(f.getApplicationId(), actor);
    f.getContent();
    return f;
  }

  // --- team --------------------------------------------------------------------------------------------------

  /**
   * Invites a co-member by e-mail address. The answer is the same whether or not an account uses the address: the
   * invitation is recorded against the address and reaches only the account that <em>confirmed</em> it — now, or once
   * someone confirms it. At most {@code innohub.contest.max-invitations-per-day} invitations per member per day.
   */
  @Transactional
  public TeamMember invite(long id, String email, Actor actor) {
    ContestApplication a = application(id, actor);
    if (a.getOwnerUserId() != actor.userId()) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    requireBeforeDeadline(contest(a.getContestId()));
    String e = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    if (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw DomainException.invalid("contest.invite.invalid");
    }
    AccountView owner = account(a.getOwnerUserId()).orElse(null);
    if (owner != null && owner.email() != null && owner.email().strip().equalsIgnoreCase(e)) {
      throw DomainException.invalid("contest.invite.self");
    }
    if (team.existsByApplicationIdAndEmail(id, e)) {
      throw DomainException.conflict("contest.invite.twice", e);
    }
    java.util.Optional<java.time.Duration> wait = limits.tryAcquire("contest.invite", Long.toString(actor.userId()),
        maxInvitationsPerDay, java.time.Duration.ofDays(1));
    if (wait.isPresent()) {
      events.publishEvent(new vn.innohub.shared.audit.SecurityEvent("INVITATIONS_LIMITED", "User", actor.username(),
          Map.of("limitPerDay", maxInvitationsPerDay)));
      throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "contest.invite.tooMany", maxInvitationsPerDay);
    }
    TeamMember m = team.save(new TeamMember(id, e, clock.instant()));
    accounts.findByConfirmedEmail(e).filter(v -> v.id() != a.getOwnerUserId()).ifPresent(invitee ->
        notifier.send(new Notice(List.of(invitee), "contest.invite", messages.get("contest.invite.subject"),
            messages.get("contest.invite.body", actor.displayName(), a.getTitle() == null ? "" : a.getTitle()),
            "/me/contests", "contest-invite:" + m.getId())));
    return m;
  }

  @Transactional(readOnly = true)
  public List<TeamMember> team(long applicationId) {
    return team.findByApplicationId(applicationId);
  }

  /** Invitations waiting for the member's answer: those to the address the member's account has confirmed. */
  @Transactional(readOnly = true)
  public List<TeamMember> invitations(Actor actor) {
    return confirmedEmail(actor).map(team::findByEmailAndAcceptedAtIsNull).orElse(List.of());
  }

  /** Accepts an invitation to the member's confirmed address; any other invitation does not exist for them. */
  @Transactional
  public void accept(long memberId, Actor actor) {
    String mine = confirmedEmail(actor).orElse(null);
    TeamMember m = team.findById(memberId)
        .filter(x -> x.getAcceptedAt() == null && x.getEmail() != null && x.getEmail().equals(mine))
        .orElseThrow(() -> DomainException.notFound("Invitation", memberId));
    m.accept(actor.userId(), clock.instant());
  }

  /** The actor's e-mail address, if their account has confirmed it (and so owns it). */
  private java.util.Optional<String> confirmedEmail(Actor actor) {
    return account(actor.userId()).map(AccountView::email)
        .flatMap(email -> accounts.findByConfirmedEmail(email).filter(v -> v.id() == actor.userId()).map(v -> email))
        .map(email -> email.strip().toLowerCase(java.util.Locale.ROOT));
  }

  public String displayName(long userId) {
    return account(userId).map(AccountView::displayName).orElse("#" + userId);
  }

  // --- screening ---------------------------------------------------------------------------------------------

  /** Sơ loại: eligible (goes to the first judged round) or not, with a reason the applicant sees. */
  @Transactional
  public ContestApplication screen(long id, boolean eligible, String reason, Actor actor) {
    requireAdmin(actor);
    ContestApplication a = getApplication(id);
    if (a.getStatus() == Status.DRAFT) {
      throw DomainException.conflict("contest.error.notSubmitted");
    }
    String why = Texts.blankToNull(reason);
    if (!eligible && why == null) {
      throw new FieldErrors("contest.invalid", Map.of("reason", messages.get("contest.error.reasonRequired")));
    }
    Contest c = contest(a.getContestId());
    RoundKind first = c.spec().judgedRounds().stream().findFirst().orElse(null);
    a.screen(eligible, why, first, clock.instant());
    account(a.getOwnerUserId()).ifPresent(owner -> notifier.send(new Notice(List.of(owner), "contest.screened",
        messages.get("contest.screened.subject", c.getTitle()),
        eligible ? messages.get("contest.screened.eligible") : messages.get("contest.screened.ineligible", why),
        "/me/contests/applications/" + a.getId(), null)));
    return a;
  }
}
