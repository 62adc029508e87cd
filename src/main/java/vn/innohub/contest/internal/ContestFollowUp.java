package vn.innohub.contest.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.directory.Directory;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.FieldErrors;
import vn.innohub.shared.stats.LiveStatistics;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.web.Messages;

/**
 * Hỗ trợ sau cuộc thi: support promised and delivered to finalists and winners, their link to a directory profile,
 * and the contest statistics plan targets may be bound to.
 */
@Service
public class ContestFollowUp implements LiveStatistics {

  public static final String HELD = "contest.held";
  public static final String IDEAS = "contest.ideas";
  public static final String SUPPORTED = "contest.projects.supported";
  public static final String FUNDING = "contest.funding";
  static final List<String> KEYS = List.of(HELD, IDEAS, SUPPORTED, FUNDING);

  private final ContestService contests;
  private final ContestRepository contestRepository;
  private final ApplicationRepository applications;
  private final SupportRepository supports;
  private final Directory directory;
  private final Messages messages;
  private final Clock clock;

  ContestFollowUp(ContestService contests, ContestRepository contestRepository, ApplicationRepository applications,
      SupportRepository supports, Directory directory, Messages messages, Clock clock) {
    this.contests = contests;
    this.contestRepository = contestRepository;
    this.applications = applications;
    this.supports = supports;
    this.directory = directory;
    this.messages = messages;
    this.clock = clock;
  }

  private ContestApplication followed(long applicationId) {
    ContestApplication a = contests.getApplication(applicationId);
    Contest c = contests.contest(a.getContestId());
    if (!Certificates.earned(c, a)) {
      throw DomainException.conflict("contest.error.notFinalist");
    }
    return a;
  }

  @Transactional
  public Support record(long applicationId, Support.Kind kind, BigDecimal amountVnd, LocalDate promisedOn,
      LocalDate deliveredOn, String evidence, Actor actor) {
    ContestService.requireAdmin(actor);
    followed(applicationId);
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (kind == null) {
      errors.put("kind", messages.get("contest.error.supportKind"));
    }
    if (amountVnd != null && amountVnd.signum() < 0) {
      errors.put("amountVnd", messages.get("contest.error.amountNegative"));
    }
    if (kind == Support.Kind.FUNDING && amountVnd == null) {
      errors.put("amountVnd", messages.get("contest.error.amountRequired"));
    }
    if (deliveredOn != null && deliveredOn.isAfter(LocalDate.now(clock))) {
      errors.put("deliveredOn", messages.get("contest.error.deliveredFuture"));
    }
    if (promisedOn != null && deliveredOn != null && deliveredOn.isBefore(promisedOn)) {
      errors.put("deliveredOn", messages.get("contest.error.deliveredBeforePromise"));
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("contest.invalid", errors);
    }
    String note = Texts.blankToNull(evidence);
    if (note != null && note.length() > 2000) {
      note = note.substring(0, 2000);
    }
    return supports.save(new Support(applicationId, kind, amountVnd, promisedOn, deliveredOn, note, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<Support> supportOf(long applicationId) {
    return supports.findByApplicationIdOrderByIdAsc(applicationId);
  }

  /** Links a winner to an existing published directory profile by slug. */
  @Transactional
  public void linkProfile(long applicationId, String slug, Actor actor) {
    ContestService.requireAdmin(actor);
    ContestApplication a = followed(applicationId);
    String s = slug == null ? "" : slug.strip();
    if (!directory.isPublished(s)) {
      throw DomainException.invalid("contest.error.noSuchProfile", s);
    }
    a.linkProfile(s, clock.instant());
  }

  /**
   * Creates a draft startup profile owned by the applicant, named after the idea, and links it; returns its id. The
   * applicant completes it and sends it for verification like any profile.
   */
  @Transactional
  public long createProfile(long applicationId, Actor actor) {
    ContestService.requireAdmin(actor);
    ContestApplication a = followed(applicationId);
    var owner = contests.account(a.getOwnerUserId()).orElseThrow();
    Actor member = new Actor(owner.id(), owner.username(), owner.displayName(), Set.of(Role.MEMBER), Set.of());
    String name = a.getOrganisation() != null ? a.getOrganisation() : a.getTitle();
    ProfileData data = ProfileData.named(name == null ? owner.displayName() : name);
    long id = directory.createProfile(ProfileKind.STARTUP, data, member);
    // Linked by its slug at once: the link leads to the public page as soon as ADMIN verifies the profile.
    a.linkProfile(directory.slugOf(id), clock.instant());
    return id;
  }

  /** Whether the application's linked profile is published (a profile created for a winner starts as a draft). */
  @Transactional(readOnly = true)
  public boolean linkedProfilePublished(ContestApplication a) {
    return a.getLinkedProfile() != null && directory.isPublished(a.getLinkedProfile());
  }

  @Override
  public List<String> keys() {
    return KEYS;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> value(String key) {
    return switch (key) {
      case HELD -> Optional.of(BigDecimal.valueOf(contestRepository.countByResultsPublishedAtIsNotNull()));
      case IDEAS -> Optional.of(BigDecimal.valueOf(applications.countBySubmittedAtIsNotNull()));
      case SUPPORTED -> Optional.of(BigDecimal.valueOf(supports.supportedProjects()));
      case FUNDING -> Optional.of(supports.delivered(Support.Kind.FUNDING));
      default -> Optional.empty();
    };
  }
}
