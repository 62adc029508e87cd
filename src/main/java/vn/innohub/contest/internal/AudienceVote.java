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
  public enum Window {
    OFF, NOT_YET, OPEN, CLOSED;

    public boolean off() {
      return this == OFF;
    }

    public boolean notYet() {
      return this == NOT_YET;
    }

    public boolean open() {
      return this == OPEN;
    }

    public boolean closed() {
      return this == CLOSED;
    }
  }

  /** One line of the tally: an application and its votes, in prize order. */
  public record Tally(ContestApplication application, long votes) {}

  private final ContestService contests;
  private final ApplicationRepository applications;
  private final VoteRepository votes;
  private final Accounts accounts;
  private final Clock clock;
  private final vn.innohub.shared.limits.RateLimits limits;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final VoteLimits settings;

  /**
   * Vote limits (innohub.contest.*): votes from one client address per contest per hour, votes per contest per minute,
   * and what ADMIN is shown as a suspicious cluster (this many votes from one address within the window).
   */
  record VoteLimits(int perAddressPerHour, int perContestPerMinute, int clusterSize, java.time.Duration clusterWindow) {}

  /** Votes from one client address close together: shown to ADMIN, who may void them with a reason. */
  public record Cluster(String clientKey, List<Vote> votes, Instant first, Instant last) {}

  private final vn.innohub.shared.persistence.OncePerKey once;

  AudienceVote(ContestService contests, ApplicationRepository applications, VoteRepository votes, Accounts accounts,
      Clock clock, vn.innohub.shared.limits.RateLimits limits,
      org.springframework.context.ApplicationEventPublisher events,
      @org.springframework.beans.factory.annotation.Value("${innohub.contest.votes-per-address-per-hour:10}") int perAddress,
      @org.springframework.beans.factory.annotation.Value("${innohub.contest.votes-per-contest-per-minute:300}") int perContest,
      @org.springframework.beans.factory.annotation.Value("${innohub.contest.vote-cluster-size:5}") int clusterSize,
      @org.springframework.beans.factory.annotation.Value("${innohub.contest.vote-cluster-window:PT10M}")
      java.time.Duration clusterWindow, vn.innohub.shared.persistence.OncePerKey once) {
    this.contests = contests;
    this.applications = applications;
    this.votes = votes;
    this.accounts = accounts;
    this.clock = clock;
    this.limits = limits;
    this.events = events;
    this.once = once;
    this.settings = new VoteLimits(perAddress, perContest, clusterSize, clusterWindow);
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

  /** As {@link #vote(String, long, Actor, String)}, from the current request's client address. */
  public Vote vote(String slug, long applicationId, Actor actor) {
    String address = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes r
        ? r.getRequest().getRemoteAddr() : "local";
    return vote(slug, applicationId, actor, address);
  }

  /**
   * Casts the member's one vote in the contest, tied to the e-mail address their account confirmed (one vote per
   * address too); refuses a second one, keeping the first, and refuses past the per-address and per-contest rates.
   */
  public Vote vote(String slug, long applicationId, Actor actor, String clientAddress) {
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
    String email = accounts.findByUsername(actor.username()).map(v -> v.email()).orElse(null);
    boolean confirmed = email != null && accounts.findByConfirmedEmail(email).filter(v -> v.id() == actor.userId())
        .isPresent();
    if (!confirmed) {
      throw new DomainException(HttpStatus.FORBIDDEN, "contest.vote.unverified");
    }
    String clientKey = clientKey(c.getId(), clientAddress);
    Optional<Vote> cast = votes.findByContestIdAndUserId(c.getId(), actor.userId());
    if (cast.isPresent()) {
      return sameVote(cast.get(), applicationId);
    }
    String addressKey = c.getId() + "|" + clientKey;
    String contestKey = Long.toString(c.getId());
    try {
      var stored = once.findOrCreate(() -> votes.findByContestIdAndUserId(c.getId(), actor.userId()), () -> {
        // Checked and counted in the vote's own transaction: a copy of a double-click that loses the unique key is
        // rolled back with its count, so copies never use up the address's or the contest's allowance.
        java.util.Optional<java.time.Duration> wait = limits.waitFor("contest.vote.address", addressKey,
            settings.perAddressPerHour(), java.time.Duration.ofHours(1))
            .or(() -> limits.waitFor("contest.vote.contest", contestKey, settings.perContestPerMinute(),
                java.time.Duration.ofMinutes(1)));
        if (wait.isPresent()) {
          throw new DomainException(HttpStatus.TOO_MANY_REQUESTS, "contest.vote.tooMany",
              Math.max(1, wait.get().toMinutes() + 1));
        }
        Vote v = votes.saveAndFlush(new Vote(c.getId(), applicationId, actor.userId(),
            email.strip().toLowerCase(java.util.Locale.ROOT), clientKey, clock.instant()));
        limits.recordWithin("contest.vote.address", addressKey);
        limits.recordWithin("contest.vote.contest", contestKey);
        return v;
      });
      return stored.created() ? stored.value() : sameVote(stored.value(), applicationId);
    } catch (DataIntegrityViolationException e) {
      // The address already voted from another account: the database's unique constraint keeps the first.
      throw DomainException.conflict("contest.vote.twice");
    } catch (DomainException e) {
      if (e.status() == HttpStatus.TOO_MANY_REQUESTS) {
        // Recorded outside the refused vote's transaction, which is rolled back.
        events.publishEvent(new vn.innohub.shared.audit.SecurityEvent("VOTE_THROTTLED", "Contest",
            Long.toString(c.getId()), Map.of("clientKey", clientKey, "user", actor.username())));
      }
      throw e;
    }
  }

  /**
   * The member's vote already stored: the same vote sent again (a double-click, a second tab) is answered with it; a
   * vote for another application is a second vote, refused, keeping the first.
   */
  private static Vote sameVote(Vote stored, long applicationId) {
    if (stored.getApplicationId() != applicationId) {
      throw DomainException.conflict("contest.vote.twice");
    }
    return stored;
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

  /**
   * Suspicious clusters for ADMIN: client addresses from which at least {@code vote-cluster-size} valid votes came
   * within {@code vote-cluster-window}; each with all its valid votes in the contest.
   */
  @Transactional(readOnly = true)
  public List<Cluster> clusters(Contest c, Actor actor) {
    ContestService.requireAdmin(actor);
    Map<String, List<Vote>> byAddress = new java.util.LinkedHashMap<>();
    for (Vote v : votes.findByContestIdOrderByCreatedAtAsc(c.getId())) {
      if (!v.isVoided() && v.getClientKey() != null) {
        byAddress.computeIfAbsent(v.getClientKey(), k -> new java.util.ArrayList<>()).add(v);
      }
    }
    List<Cluster> clusters = new java.util.ArrayList<>();
    byAddress.forEach((key, list) -> {
      int n = settings.clusterSize();
      for (int i = 0; i + n - 1 < list.size(); i++) {
        if (!list.get(i + n - 1).getCreatedAt().isAfter(list.get(i).getCreatedAt().plus(settings.clusterWindow()))) {
          clusters.add(new Cluster(key, List.copyOf(list), list.get(0).getCreatedAt(),
              list.get(list.size() - 1).getCreatedAt()));
          return;
        }
      }
    });
    clusters.sort(Comparator.comparingInt((Cluster k) -> k.votes().size()).reversed());
    return clusters;
  }

  /** ADMIN voids every valid vote of the contest from one client address, with a reason (audited). */
  @Transactional
  public int voidCluster(long contestId, String clientKey, String reason, Actor actor) {
    ContestService.requireAdmin(actor);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw DomainException.invalid("contest.vote.voidReason", 500);
    }
    int voided = 0;
    for (Vote v : votes.findByContestIdOrderByCreatedAtAsc(contestId)) {
      if (!v.isVoided() && clientKey != null && clientKey.equals(v.getClientKey())) {
        v.voidIt(why, actor.username(), clock.instant());
        voided++;
      }
    }
    if (voided == 0) {
      throw DomainException.notFound("VoteCluster", clientKey);
    }
    events.publishEvent(new vn.innohub.shared.audit.SecurityEvent("VOTE_VOIDED", "Contest", Long.toString(contestId),
        Map.of("clientKey", clientKey, "votes", voided, "reason", why)));
    return voided;
  }

  static String clientKey(long contestId, String address) {
    return vn.innohub.shared.Sha256.hex("innohub-vote|" + contestId + "|" + (address == null ? "" : address))
        .substring(0, 16);
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
    return VOTES.equals(key) ? Optional.of(BigDecimal.valueOf(votes.countValid())) : Optional.empty();
  }
}
