package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.contest.internal.ContestApplication.Status;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.stats.LiveStatistics;

/**
 * Bình chọn của khán giả: when a contest's {@code audienceVote} setting is on, verified member accounts give one vote
 * each to an application in the vote, from the end of intake until results are published. The applications in the
 * vote are those in the final round when the contest has one (so none until the organiser advances finalists),
 * otherwise every eligible (screened-in) application. Counts are shown only after publication, as a separate
 * audience prize — never mixed into the judges' ranking.
 */
@Service
public class AudienceVote implements LiveStatistics {

  public static final String VOTES = "contest.votes";

  /** The vote's state for a contest as the public page needs it. */
  public enum Window { OFF, NOT_YET, OPEN, CLOSED }

  /** One line of the tally: an application and its votes, in prize order. */
  public record Tally(ContestApplication application, long votes) {}

  private final ContestService contests;
  private final ApplicationRepository applications;
  private final VoteRepository votes;
  private final Accounts accounts;
  private final Clock clock;

  AudienceVote(ContestService contests, ApplicationRepository applications, VoteRepository votes, Accounts accounts,
      Clock clock) {
    this.contests = contests;
    this.applications = applications;
    this.votes = votes;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Off (setting), not yet (intake still running), open, or closed (results published). */
  public Window window(Contest c, Instant now) {
    if (!c.spec().settings().audienceVote()) {
      return Window.OFF;
    }
    if (c.resultsPublished()) {
      return Window.CLOSED;
    }
    return now.isBefore(c.getIntakeEnd()) ? Window.NOT_YET : Window.OPEN;
  }

  /** The applications in the vote, in submission order. */
  @Transactional(readOnly = true)
  public List<ContestApplication> candidates(Contest c) {
    boolean hasFinal = c.spec().round(RoundKind.FINAL).isPresent();
    return applications.findByContestIdOrderByIdAsc(c.getId()).stream()
        .filter(a -> a.getStatus() == Status.ELIGIBLE)
        .filter(a -> !hasFinal || a.getStage() == RoundKind.FINAL)
        .sorted(bySubmission())
        .toList();
  }

  /** Casts the member's one vote in the contest; refuses a second one, keeping the first. */
  @Transactional
  public Vote vote(String slug, long applicationId, Actor actor) {
    Contest c = contests.announcedBySlug(slug);
    if (!actor.has(Role.MEMBER)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
    switch (window(c, clock.instant())) {
      case OFF -> throw DomainException.conflict("contest.vote.off");
      case NOT_YET -> throw DomainException.conflict("contest.vote.notYet");
      case CLOSED -> throw DomainException.conflict("contest.vote.closed");
      case OPEN -> { }
    }
    if (candidates(c).stream().noneMatch(a -> a.getId() == applicationId)) {
      throw DomainException.invalid("contest.vote.notCandidate");
    }
    if (!accounts.emailVerified(actor.userId())) {
      throw new DomainException(HttpStatus.FORBIDDEN, "contest.vote.unverified");
    }
    if (votes.existsByContestIdAndUserId(c.getId(), actor.userId())) {
      throw DomainException.conflict("contest.vote.twice");
    }
    try {
      return votes.saveAndFlush(new Vote(c.getId(), applicationId, actor.userId(), clock.instant()));
    } catch (DataIntegrityViolationException e) {
      // Two votes at the same moment: the database's unique constraint keeps the first.
      throw DomainException.conflict("contest.vote.twice");
    }
  }

  /** The application the account voted for in the contest, if any. */
  @Transactional(readOnly = true)
  public Optional<Long> votedFor(long contestId, long userId) {
    return votes.findByContestIdAndUserId(contestId, userId).map(Vote::getApplicationId);
  }

  /**
   * The tally in prize order: most votes first, ties to the earlier submission. Empty before publication, so counts
   * cannot sway the vote.
   */
  @Transactional(readOnly = true)
  public List<Tally> tally(Contest c) {
    if (!c.spec().settings().audienceVote() || !c.resultsPublished()) {
      return List.of();
    }
    return count(c);
  }

  /**
   * The running tally for ADMIN, during the vote too (ADMIN does not vote, and needs to see a vote going wrong before
   * the results are out); same order as the published one. Empty when the contest has no audience vote.
   */
  @Transactional(readOnly = true)
  public List<Tally> liveTally(Contest c, vn.innohub.identity.Actor actor) {
    ContestService.requireAdmin(actor);
    return c.spec().settings().audienceVote() ? count(c) : List.of();
  }

  private List<Tally> count(Contest c) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : votes.countByApplication(c.getId())) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    Comparator<Tally> order = Comparator.comparingLong(Tally::votes).reversed()
        .thenComparing(Tally::application, bySubmission());
    return candidates(c).stream().map(a -> new Tally(a, counts.getOrDefault(a.getId(), 0L))).sorted(order).toList();
  }

  /** Giải bình chọn: the application with the most votes (tie → earlier submission); none without a vote. */
  @Transactional(readOnly = true)
  public Optional<Tally> prize(Contest c) {
    return tally(c).stream().findFirst().filter(t -> t.votes() > 0);
  }

  private static Comparator<ContestApplication> bySubmission() {
    return Comparator.comparing(ContestApplication::getSubmittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ContestApplication::getId);
  }

  @Override
  public List<String> keys() {
    return List.of(VOTES);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> value(String key) {
    return VOTES.equals(key) ? Optional.of(BigDecimal.valueOf(votes.count())) : Optional.empty();
  }
}
