package vn.innohub.contest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.contest.internal.ContestApplication.Status;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.FieldErrors;
import vn.innohub.shared.web.Messages;

/**
 * Chấm thi: panels, conflict declarations, assignment, score sheets, rankings, advancement and publication.
 * A judge sees only the applications assigned to them and only their own scores; per-judge scores are shown to
 * ADMIN only; the applicant sees their own sheets (judges unnamed) after publication when the contest allows it.
 */
@Service
public class Judging {

  private final ContestService contests;
  private final ApplicationRepository applications;
  private final JudgeRepository judges;
  private final ConflictRepository conflicts;
  private final AssignmentRepository assignments;
  private final Accounts accounts;
  private final Notifier notifier;
  private final Messages messages;
  private final Clock clock;

  Judging(ContestService contests, ApplicationRepository applications, JudgeRepository judges,
      ConflictRepository conflicts, AssignmentRepository assignments, Accounts accounts, Notifier notifier,
      Messages messages, Clock clock) {
    this.contests = contests;
    this.applications = applications;
    this.judges = judges;
    this.conflicts = conflicts;
    this.assignments = assignments;
    this.accounts = accounts;
    this.notifier = notifier;
    this.messages = messages;
    this.clock = clock;
  }

  // --- panels and conflicts ----------------------------------------------------------------------------------

  @Transactional
  public PanelJudge addJudge(long contestId, RoundKind round, String username, List<String> expertise,
      List<String> links, Actor actor) {
    ContestService.requireAdmin(actor);
    Contest c = contests.contest(contestId);
    if (round == null || !c.spec().judgedRounds().contains(round)) {
      throw DomainException.invalid("contest.error.judgeRound");
    }
    AccountView judge = accounts.findByUsername(username == null ? "" : username.strip())
        .filter(a -> a.roles().contains(Role.JUDGE))
        .orElseThrow(() -> DomainException.invalid("contest.error.notJudge", username));
    if (judges.existsByContestIdAndRoundAndUserId(contestId, round, judge.id())) {
      throw DomainException.conflict("contest.error.judgeTwice", judge.displayName());
    }
    return judges.save(new PanelJudge(contestId, round, judge.id(), clean(expertise), clean(links)));
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
        .distinct().toList();
  }

  @Transactional(readOnly = true)
  public List<PanelJudge> panel(long contestId) {
    return judges.findByContestIdOrderByRoundAscIdAsc(contestId);
  }

  /** A declared conflict (by the judge, or recorded by ADMIN): the judge loses any unscored assignment to it. */
  @Transactional
  public void declareConflict(long applicationId, long judgeUserId, String reason, Actor actor) {
    if (!actor.has(Role.ADMIN) && !(actor.has(Role.JUDGE) && actor.userId() == judgeUserId)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    contests.getApplication(applicationId);
    if (!conflicts.existsByApplicationIdAndJudgeUserId(applicationId, judgeUserId)) {
      conflicts.save(new Conflict(applicationId, judgeUserId, reason == null ? null : reason.strip(), clock.instant()));
    }
    assignments.findByApplicationIdAndJudgeUserIdOrderByIdDesc(applicationId, judgeUserId).stream()
        .filter(x -> !x.scored()).forEach(assignments::delete);
  }

  private Assignment.Candidate candidate(ContestApplication a) {
    Set<String> orgs = new HashSet<>();
    if (a.getOrganisation() != null) {
      orgs.add(a.getOrganisation());
    }
    if (a.getProfileSlug() != null) {
      orgs.add(a.getProfileSlug());
    }
    return new Assignment.Candidate(a.getId(), a.getTheme(), orgs);
  }

  private static Assignment.Judge judge(PanelJudge j) {
    return new Assignment.Judge(j.getUserId(), Set.copyOf(j.expertise()), Set.copyOf(j.links()));
  }

  private Set<Assignment.Pair> declared(List<Long> applicationIds) {
    return conflicts.findByApplicationIdIn(applicationIds.isEmpty() ? List.of(-1L) : applicationIds).stream()
        .map(c -> new Assignment.Pair(c.getApplicationId(), c.getJudgeUserId())).collect(Collectors.toSet());
  }

  /** Whether the judge has a conflict with the application (declared, or through a declared link). */
  @Transactional(readOnly = true)
  public boolean conflicted(ContestApplication a, long judgeUserId) {
    if (conflicts.existsByApplicationIdAndJudgeUserId(a.getId(), judgeUserId)) {
      return true;
    }
    Assignment.Candidate c = candidate(a);
    return judges.findByContestIdOrderByRoundAscIdAsc(a.getContestId()).stream()
        .filter(j -> j.getUserId() == judgeUserId)
        .anyMatch(j -> Assignment.conflicted(c, judge(j), Set.of()));
  }

  /** Assigns the round's applications to its panel (unscored assignments are redone); returns how many pairs. */
  @Transactional
  public int assign(long contestId, RoundKind round, Actor actor) {
    ContestService.requireAdmin(actor);
    Contest c = contests.contest(contestId);
    if (c.resultsPublished()) {
      throw DomainException.conflict("contest.error.published");
    }
    List<ContestApplication> inRound = applications.findByContestIdOrderByIdAsc(contestId).stream()
        .filter(a -> a.getStatus() == Status.ELIGIBLE && a.getStage() == round).toList();
    List<JudgeAssignment> current = assignments.findByContestIdAndRound(contestId, round);
    current.stream().filter(x -> !x.scored()).forEach(assignments::delete);
    assignments.flush();
    Set<Assignment.Pair> kept = current.stream().filter(JudgeAssignment::scored)
        .map(x -> new Assignment.Pair(x.getApplicationId(), x.getJudgeUserId())).collect(Collectors.toSet());
    List<Assignment.Judge> panel = judges.findByContestIdAndRoundOrderByIdAsc(contestId, round).stream()
        .map(Judging::judge).toList();
    List<Assignment.Pair> pairs = Assignment.assign(inRound.stream().map(this::candidate).toList(), panel,
        declared(inRound.stream().map(ContestApplication::getId).toList()), kept,
        c.spec().settings().judgesPerApplication());
    pairs.forEach(p -> assignments.save(new JudgeAssignment(contestId, round, p.applicationId(), p.judgeUserId())));
    Set<Long> notified = new HashSet<>();
    for (Assignment.Pair p : pairs) {
      if (notified.add(p.judgeUserId())) {
        contests.account(p.judgeUserId()).ifPresent(j -> notifier.send(new Notice(List.of(j), "contest.assigned",
            messages.get("contest.assigned.subject", c.getTitle()), messages.get("contest.assigned.body", c.getTitle()),
            "/judge/contests", null)));
      }
    }
    return pairs.size();
  }

  @Transactional(readOnly = true)
  public List<JudgeAssignment> assignments(long contestId, RoundKind round) {
    return assignments.findByContestIdAndRound(contestId, round);
  }

  // --- the judge's side --------------------------------------------------------------------------------------

  /** What a judge sees of one assigned application. */
  public record JudgeView(ContestApplication application, Contest contest, JudgeAssignment assignment,
      List<Criterion> criteria, boolean blind) {}

  @Transactional(readOnly = true)
  public List<JudgeAssignment> queue(Actor actor) {
    return assignments.findByJudgeUserIdOrderByIdAsc(actor.userId());
  }

  /** The judge's latest assignment to the application; 404 when there is none or a conflict. */
  private JudgeAssignment assignment(long applicationId, Actor actor) {
    JudgeAssignment x = assignments.findByApplicationIdAndJudgeUserIdOrderByIdDesc(applicationId, actor.userId())
        .stream().findFirst().orElseThrow(() -> DomainException.notFound("Application", applicationId));
    if (conflicted(contests.getApplication(applicationId), actor.userId())) {
      throw DomainException.notFound("Application", applicationId);
    }
    return x;
  }

  @Transactional(readOnly = true)
  public JudgeView open(long applicationId, Actor actor) {
    JudgeAssignment x = assignment(applicationId, actor);
    ContestApplication a = contests.getApplication(applicationId);
    Contest c = contests.contest(a.getContestId());
    return new JudgeView(a, c, x, c.spec().criteria(x.getRound()), c.spec().settings().blind());
  }

  /** Scores every criterion 0..max with a comment; refused for a conflict, out of range, or after publication. */
  @Transactional
  public JudgeAssignment score(long applicationId, List<String> scores, List<String> comments, Actor actor) {
    ContestApplication a = contests.getApplication(applicationId);
    if (conflicted(a, actor.userId())) {
      throw new DomainException(HttpStatus.FORBIDDEN, "contest.score.conflict");
    }
    JudgeAssignment x = assignment(applicationId, actor);
    Contest c = contests.contest(a.getContestId());
    if (c.resultsPublished()) {
      throw DomainException.conflict("contest.error.published");
    }
    requireJudgingWindow(c, x.getRound());
    List<Criterion> criteria = c.spec().criteria(x.getRound());
    Map<String, String> errors = new LinkedHashMap<>();
    List<Double> values = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion k = criteria.get(i);
      String raw = scores != null && i < scores.size() && scores.get(i) != null ? scores.get(i).strip() : "";
      Double v = null;
      try {
        v = raw.isEmpty() ? null : Double.valueOf(raw.replace(',', '.'));
      } catch (NumberFormatException e) {
        v = null;
      }
      if (v == null || v.isNaN() || v < 0 || v > k.maxScore()) {
        errors.put("score-" + i, messages.get("contest.error.scoreRange", k.name(), fmt(k.maxScore())));
      }
      values.add(v);
      String note = comments != null && i < comments.size() && comments.get(i) != null ? comments.get(i).strip() : "";
      notes.add(note.length() > 2000 ? note.substring(0, 2000) : note);
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("contest.invalid", errors);
    }
    x.score(new ScoreSheet(values, notes), clock.instant());
    assignments.saveAndFlush(x);
    return x;
  }

  /** Scores are given only between the judged round's start and its (exclusive) end, in Vietnam time. */
  void requireJudgingWindow(Contest c, RoundKind round) {
    c.spec().round(round).ifPresent(r -> {
      java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
      if (r.start() != null && now.isBefore(r.start()) || r.end() != null && !now.isBefore(r.end())) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        throw DomainException.conflict("contest.score.outsideRound",
            r.start() == null ? "…" : f.format(r.start()), r.end() == null ? "…" : f.format(r.end()));
      }
    });
  }

  /**
   * An application's file as its judge downloads it: only for an assigned, unconflicted judge; in a blind contest
   * under a neutral name ("Tài liệu 2.pdf") so that the file name does not give the applicant away.
   */
  @Transactional(readOnly = true)
  public JudgeFile file(long fileId, Actor actor) {
    ApplicationFile f = contests.fileForJudging(fileId);
    JudgeAssignment x = assignment(f.getApplicationId(), actor);
    Contest c = contests.contest(contests.getApplication(x.getApplicationId()).getContestId());
    f.getContent();
    return new JudgeFile(f, shownName(c, f));
  }

  /** The name a judge sees for each of the application's files, in upload order. */
  @Transactional(readOnly = true)
  public Map<Long, String> fileNames(long applicationId) {
    Contest c = contests.contest(contests.getApplication(applicationId).getContestId());
    Map<Long, String> names = new LinkedHashMap<>();
    contests.files(applicationId).forEach(f -> names.put(f.getId(), shownName(c, f)));
    return names;
  }

  private String shownName(Contest c, ApplicationFile f) {
    if (!c.spec().settings().blind()) {
      return f.getFileName();
    }
    List<ApplicationFile> all = contests.files(f.getApplicationId());
    int n = 1;
    for (ApplicationFile other : all) {
      if (other.getId().equals(f.getId())) {
        break;
      }
      n++;
    }
    String name = f.getFileName() == null ? "" : f.getFileName();
    int dot = name.lastIndexOf('.');
    String ext = dot >= 0 && name.length() - dot <= 6 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    return messages.get("contest.judge.fileName", n) + ext;
  }

  /** A file as shown to a judge: the stored file and the name to show. */
  public record JudgeFile(ApplicationFile file, String name) {}

  static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  // --- rankings, advancement, results ------------------------------------------------------------------------

  /** A ranked application with its per-judge totals (for ADMIN only). */
  public record RankRow(ContestApplication application, ScoreAggregation.Result result) {}

  /** Tiến độ chấm: per judge of the round, how many assigned and how many scored. */
  public record Progress(long judgeUserId, String judgeName, int assigned, int scored) {}

  @Transactional(readOnly = true)
  public List<RankRow> ranking(long contestId, RoundKind round) {
    Contest c = contests.contest(contestId);
    List<JudgeAssignment> scored = assignments.findByContestIdAndRound(contestId, round).stream()
        .filter(JudgeAssignment::scored).toList();
    List<ScoreAggregation.Sheet> sheets = scored.stream()
        .map(x -> new ScoreAggregation.Sheet(x.getJudgeUserId(), x.getApplicationId(), x.sheet().scores())).toList();
    Map<Long, ContestApplication> apps = new HashMap<>();
    applications.findByContestIdOrderByIdAsc(contestId).forEach(a -> apps.put(a.getId(), a));
    Map<Long, Instant> submitted = new HashMap<>();
    apps.values().stream().filter(a -> a.getSubmittedAt() != null).forEach(a -> submitted.put(a.getId(), a.getSubmittedAt()));
    ContestSpec spec = c.spec();
    return ScoreAggregation.rank(spec.criteria(round), sheets, submitted, spec.settings().zScore(),
        spec.settings().outlierThreshold()).stream().map(r -> new RankRow(apps.get(r.applicationId()), r)).toList();
  }

  @Transactional(readOnly = true)
  public List<Progress> progress(long contestId, RoundKind round) {
    Map<Long, int[]> counts = new LinkedHashMap<>();
    judges.findByContestIdAndRoundOrderByIdAsc(contestId, round).forEach(j -> counts.put(j.getUserId(), new int[2]));
    for (JudgeAssignment x : assignments.findByContestIdAndRound(contestId, round)) {
      int[] n = counts.computeIfAbsent(x.getJudgeUserId(), k -> new int[2]);
      n[0]++;
      if (x.scored()) {
        n[1]++;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Progress(e.getKey(), contests.displayName(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
  }

  /** Moves the round's top {@code n} to the next judged round. */
  @Transactional
  public int advance(long contestId, RoundKind round, int n, Actor actor) {
    ContestService.requireAdmin(actor);
    Contest c = contests.contest(contestId);
    List<RoundKind> judged = c.spec().judgedRounds();
    int at = judged.indexOf(round);
    if (at < 0 || at + 1 >= judged.size()) {
      throw DomainException.invalid("contest.error.noNextRound");
    }
    if (n < 1) {
      throw DomainException.invalid("contest.error.advanceCount");
    }
    List<RankRow> rows = ranking(contestId, round);
    int moved = 0;
    for (RankRow r : rows.subList(0, Math.min(n, rows.size()))) {
      ContestApplication a = applications.findById(r.application().getId()).orElseThrow();
      a.advanceTo(judged.get(at + 1), clock.instant());
      moved++;
    }
    return moved;
  }

  /** The last judged round that has scores: the one results are drawn from. */
  RoundKind decidingRound(Contest c) {
    List<RoundKind> judged = new ArrayList<>(c.spec().judgedRounds());
    java.util.Collections.reverse(judged);
    return judged.stream().filter(r -> assignments.findByContestIdAndRound(c.getId(), r).stream()
        .anyMatch(JudgeAssignment::scored)).findFirst().orElse(null);
  }

  /** Publishes results: prizes go to the deciding round's top ranks in order; everyone in it is a finalist. */
  @Transactional
  public void publish(long contestId, Actor actor) {
    ContestService.requireAdmin(actor);
    Contest c = contests.contest(contestId);
    if (c.resultsPublished()) {
      throw DomainException.conflict("contest.error.published");
    }
    RoundKind round = decidingRound(c);
    if (round == null) {
      throw DomainException.conflict("contest.error.nothingScored");
    }
    List<String> prizes = c.spec().prizes();
    List<RankRow> rows = ranking(contestId, round);
    for (RankRow r : rows) {
      ContestApplication a = applications.findById(r.application().getId()).orElseThrow();
      int rank = r.result().rank();
      a.award(rank, rank <= prizes.size() ? prizes.get(rank - 1) : null, clock.instant());
    }
    c.publishResults(clock.instant());
    for (RankRow r : rows) {
      contests.account(r.application().getOwnerUserId()).ifPresent(owner -> notifier.send(new Notice(List.of(owner),
          "contest.results", messages.get("contest.results.subject", c.getTitle()),
          messages.get("contest.results.body", c.getTitle()), "/me/contests/applications/" + r.application().getId(),
          "contest-results:" + r.application().getId())));
    }
  }

  /** One sheet as the applicant sees it after publication: the judge unnamed. */
  public record OwnSheet(RoundKind round, int judgeNumber, double total, List<Double> scores, List<String> comments) {}

  /** The applicant's own scores and comments, once results are published and the contest shows them; else empty. */
  @Transactional(readOnly = true)
  public List<OwnSheet> ownScores(long applicationId, Actor actor) {
    ContestApplication a = contests.application(applicationId, actor);
    Contest c = contests.contest(a.getContestId());
    if (!c.resultsPublished() || !c.spec().settings().showScores()) {
      return List.of();
    }
    List<OwnSheet> out = new ArrayList<>();
    int n = 0;
    for (JudgeAssignment x : assignments.findByApplicationIdOrderByIdAsc(applicationId)) {
      if (x.scored()) {
        ScoreSheet s = x.sheet();
        out.add(new OwnSheet(x.getRound(), ++n,
            ScoreAggregation.weightedTotal(c.spec().criteria(x.getRound()), s.scores()), s.scores(), s.comments()));
      }
    }
    return out;
  }
}
