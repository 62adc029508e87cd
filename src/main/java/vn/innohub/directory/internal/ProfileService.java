package vn.innohub.directory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.directory.Directory;
import vn.innohub.directory.EcosystemStatistics;
import vn.innohub.directory.ProfileData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.ProfileStatus;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.media.ImageStore;
import vn.innohub.shared.cache.DataChanges;
import vn.innohub.shared.cache.FreshCache;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** Members keep their profiles, ADMIN reviews them; verified copies are published and counted. */
@Service
public class ProfileService implements Directory, vn.innohub.shared.stats.LiveStatistics {

  /** Names this similar (Jaro–Winkler on the folded name) to another profile's are flagged for a merge. */
  static final double NEAR_IDENTICAL = 0.95;

  private final ProfileRepository profiles;
  private final PublishedFundingRepository funding;
  private final SectorRepository sectors;
  private final Messages messages;
  private final Clock clock;
  private final ImageStore images;
  private final FreshCache<String, EcosystemStatistics> stats;
  // Read by every search page: the managed list changes rarely (and then through this node's database writes).
  private final FreshCache<String, Map<String, String>> sectorNames;

  private final ProfileClaimRepository claims;
  private final vn.innohub.audit.AuditTrail trail;
  private final org.springframework.transaction.support.TransactionTemplate apart;

  ProfileService(ProfileRepository profiles, PublishedFundingRepository funding, SectorRepository sectors,
      Messages messages, Clock clock, DataChanges changes, ImageStore images, ProfileClaimRepository claims,
      vn.innohub.audit.AuditTrail trail, org.springframework.transaction.PlatformTransactionManager transactions) {
    this.claims = claims;
    this.trail = trail;
    this.apart = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.profiles = profiles;
    this.images = images;
    this.funding = funding;
    this.sectors = sectors;
    this.messages = messages;
    this.clock = clock;
    this.stats = changes.cache(1);
    this.sectorNames = changes.cache(4);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public List<Sector> sectors() {
    return sectors.findAllByOrderBySortAsc();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isPublished(String slug) {
    return slug != null && profiles.existsBySlugAndPublishedIsNotNull(slug.strip());
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isManagedBy(String slug, long userId) {
    return slug != null && profiles.findBySlug(slug.strip())
        .filter(p -> p.getOwnerUserId() != null && p.getOwnerUserId() == userId).isPresent();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> publishedName(String slug) {
    return slug == null ? Optional.empty() : profiles.findBySlug(slug.strip())
        .map(Profile::publishedData).map(ProfileData::name);
  }

  @Override
  @Transactional(readOnly = true)
  public String slugOf(long profileId) {
    return profiles.findById(profileId).map(Profile::getSlug)
        .orElseThrow(() -> DomainException.notFound("Profile", profileId));
  }

  @Override
  @Transactional(readOnly = true)
  public long publishedCount() {
    return profiles.countByPublishedIsNotNull();
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.innohub.shared.web.SitemapSource.Entry> publishedPages(int page, int size) {
    return profiles.publishedSlugs(PageRequest.of(Math.max(0, page), Math.max(1, size))).stream()
        .map(r -> new vn.innohub.shared.web.SitemapSource.Entry("/danh-ba/" + r[0], (java.time.Instant) r[1]))
        .toList();
  }

  @Override
  public Map<String, String> sectorNames(java.util.Locale locale) {
    // No transaction: almost always answered from the cache, and a read-only transaction would check a database
    // connection out of the pool for every search page (the repository opens its own on a miss).
    return sectorNames.get(locale.getLanguage(), language -> {
      Map<String, String> names = new LinkedHashMap<>();
      sectors().forEach(s -> names.put(s.getCode(), s.name(locale)));
      return java.util.Collections.unmodifiableMap(names);
    });
  }

  private Set<String> sectorCodes() {
    return sectors.findAll().stream().map(Sector::getCode).collect(Collectors.toSet());
  }

  private static void requireMemberOrAdmin(Actor actor) {
    if (!actor.has(Role.MEMBER) && !actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  /** The profile as its owner or ADMIN sees it; anyone else is told it does not exist. */
  private Profile owned(long id, Actor actor) {
    Profile p = profiles.findById(id).orElseThrow(() -> DomainException.notFound("Profile", id));
    if (!actor.has(Role.ADMIN) && (p.getOwnerUserId() == null || p.getOwnerUserId() != actor.userId())) {
      throw DomainException.notFound("Profile", id);
    }
    return p;
  }

  @Transactional(readOnly = true)
  public Profile get(long id, Actor actor) {
    return owned(id, actor);
  }

  @Transactional(readOnly = true)
  public List<Profile> mine(Actor actor) {
    return profiles.findByOwnerUserIdOrderByUpdatedAtDesc(actor.userId());
  }

  @Transactional(readOnly = true)
  public List<Profile> pending() {
    return profiles.findByStatusOrderBySubmittedAtAsc(ProfileStatus.PENDING);
  }

  @Transactional
  public Profile create(ProfileKind kind, ProfileData data, Actor actor) {
    requireMemberOrAdmin(actor);
    validate(kind, data, 0);
    Profile p = new Profile(kind, uniqueSlug(kind, data.name()), actor.has(Role.ADMIN) ? null : actor.userId(),
        data, clock.instant());
    profiles.saveAndFlush(p);
    flagDuplicate(p);
    return p;
  }

  @Override
  @Transactional
  public long createProfile(ProfileKind kind, ProfileData data, Actor actor) {
    return create(kind, data, actor).getId();
  }

  @Override
  @Transactional
  public void submitProfile(long id, Actor actor) {
    submit(id, actor);
  }

  @Override
  @Transactional
  public void verifyProfile(long id, List<String> criteria, String note, Actor actor) {
    verify(id, criteria, note, actor);
  }

  @Transactional
  public Profile update(long id, long version, ProfileData data, Actor actor) {
    Profile p = editable(id, version, actor);
    validate(p.getKind(), data, id);
    p.edit(data, clock.instant());
    profiles.saveAndFlush(p);
    flagDuplicate(p);
    return p;
  }

  /** The owner's (or ADMIN's) profile at the version they saw, unless it waits for review. */
  private Profile editable(long id, long version, Actor actor) {
    Profile p = owned(id, actor);
    if (p.getVersion() != version) {
      throw DomainException.conflict("error.staleEdit");
    }
    if (p.getStatus() == ProfileStatus.PENDING && !actor.has(Role.ADMIN)) {
      throw DomainException.conflict("directory.pendingLocked");
    }
    return p;
  }

  /**
   * Proposes a new logo: the upload is checked by content and re-encoded (see {@link ImageStore}); like any change, it
   * becomes public only when ADMIN verifies the profile. A refused upload leaves the profile as it was.
   */
  @Transactional
  public Profile changeLogo(long id, long version, byte[] upload, Actor actor) {
    Profile p = editable(id, version, actor);
    Long before = p.getDraftLogoId();
    p.changeLogo(images.store(upload, ImageStore.Use.LOGO), clock.instant());
    dropUnusedLogos(p, before);
    return p;
  }

  /** Proposes having no logo (the published one stays until ADMIN verifies the change). */
  @Transactional
  public Profile removeLogo(long id, long version, Actor actor) {
    Profile p = editable(id, version, actor);
    Long before = p.getDraftLogoId();
    p.changeLogo(null, clock.instant());
    dropUnusedLogos(p, before);
    return p;
  }

  /** Deletes logos that neither the draft nor the published copy uses any more (replaced, refused, removed). */
  private void dropUnusedLogos(Profile p, Long... before) {
    for (Long image : before) {
      if (image != null && !image.equals(p.getDraftLogoId()) && !image.equals(p.getPublishedLogoId())) {
        images.delete(image, ImageStore.Use.LOGO);
      }
    }
  }

  /** The proposed or the published logo of a profile the actor manages (owner or ADMIN); empty for any other image. */
  @Transactional(readOnly = true)
  public Optional<ImageStore.Image> logo(long id, long imageId, Actor actor) {
    Profile p = owned(id, actor);
    boolean ours = Long.valueOf(imageId).equals(p.getDraftLogoId()) || Long.valueOf(imageId).equals(p.getPublishedLogoId());
    return ours ? images.load(imageId, ImageStore.Use.LOGO) : Optional.empty();
  }

  /** A published profile's verified logo, by the id in its address; empty for a replaced or proposed one. */
  @Transactional(readOnly = true)
  public Optional<ImageStore.Image> publishedLogo(String slug, long imageId) {
    return publishedBySlug(slug).filter(p -> Long.valueOf(imageId).equals(p.getPublishedLogoId()))
        .flatMap(p -> images.load(imageId, ImageStore.Use.LOGO));
  }

  @Transactional
  public Profile submit(long id, Actor actor) {
    Profile p = owned(id, actor);
    p.submit(clock.instant());
    return p;
  }

  /**
   * Whether the profile is the actor's own — they own (manage) it, which includes having created it as a member or
   * had a claim approved, or they have an open claim on it — so that they may not verify it.
   */
  @Transactional(readOnly = true)
  public boolean ownProfile(Profile p, Actor actor) {
    return (p.getOwnerUserId() != null && p.getOwnerUserId() == actor.userId())
        || claims.existsByProfileIdAndUserIdAndStatus(p.getId(), actor.userId(), ProfileClaim.Status.PENDING);
  }

  /** The ids of the pending profiles that are the actor's own (see {@link #ownProfile}), for the queue. */
  @Transactional(readOnly = true)
  public Set<Long> ownPending(Actor actor) {
    return pending().stream().filter(p -> ownProfile(p, actor)).map(Profile::getId).collect(Collectors.toSet());
  }

  /**
   * Verifies a profile: its draft becomes the published copy. Refused (409) to an ADMIN whose own profile it is
   * (separation of duties: another ADMIN must verify it); the refusal is in the audit trail.
   */
  @Transactional
  public Profile verify(long id, List<String> checked, String note, Actor actor) {
    requireAdmin(actor);
    Profile p = profiles.findById(id).orElseThrow(() -> DomainException.notFound("Profile", id));
    if (ownProfile(p, actor)) {
      apart.executeWithoutResult(s -> trail.record("PROFILE_SELF_VERIFY_REFUSED", "Profile", String.valueOf(id), null,
          Map.of("by", actor.username())));
      throw DomainException.conflict("directory.ownProfile");
    }
    ProfileData data = p.draftData();
    List<String> criteria = Checklist.criteria(p.getKind());
    List<String> ticked = checked.stream().filter(criteria::contains).distinct().toList();
    Map<String, String> contradicted = Checklist.contradicted(p.getKind(), data, today());
    Map<String, String> errors = new LinkedHashMap<>();
    ticked.stream().filter(contradicted::containsKey)
        .forEach(c -> errors.put("check-" + c, messages.get(contradicted.get(c))));
    if (!errors.isEmpty()) {
      throw new FieldErrors("directory.invalid", errors);
    }
    Long formerLogo = p.getPublishedLogoId();
    p.verify(ticked, Checklist.innovative(p.getKind(), ticked), Texts.blankToNull(note), actor.username(),
        clock.instant());
    dropUnusedLogos(p, formerLogo);
    funding.deleteAll(funding.findByProfileId(p.getId()));
    if (p.getKind() == ProfileKind.STARTUP) {
      data.startup().fundingRounds()
          .forEach(r -> funding.save(new PublishedFunding(p.getId(), r.date(), r.amountVnd())));
    }
    return p;
  }

  @Transactional
  public Profile reject(long id, String note, Actor actor) {
    requireAdmin(actor);
    if (note == null || note.isBlank()) {
      throw new FieldErrors("directory.invalid", Map.of("note", messages.get("directory.error.reasonRequired")));
    }
    Profile p = profiles.findById(id).orElseThrow(() -> DomainException.notFound("Profile", id));
    Long proposedLogo = p.getDraftLogoId();
    p.reject(note.strip(), actor.username(), clock.instant());
    dropUnusedLogos(p, proposedLogo);
    return p;
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  /** Changes of the draft against the published copy, for ADMIN's review. */
  @Transactional(readOnly = true)
  public List<ProfileDiff.Change> changes(long id, Actor actor) {
    Profile p = owned(id, actor);
    return ProfileDiff.between(p.publishedData(), p.draftData());
  }

  /** The ordered criteria with those the data contradicts, for the review form. */
  public Map<String, String> checklist(Profile p) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> contradicted = Checklist.contradicted(p.getKind(), p.draftData(), today());
    for (String c : Checklist.criteria(p.getKind())) {
      out.put(c, contradicted.containsKey(c) ? messages.get(contradicted.get(c)) : "");
    }
    return out;
  }

  private void validate(ProfileKind kind, ProfileData data, long id) {
    Map<String, String> codes = ProfileRules.check(kind, data, sectorCodes(), today());
    Map<String, String> errors = new LinkedHashMap<>();
    codes.forEach((field, code) -> errors.put(field, messages.get(code)));
    if (data.taxCode() != null && !data.taxCode().isBlank() && !errors.containsKey("taxCode")) {
      List<Profile> same = profiles.sameTaxCode(data.taxCode().strip(), id);
      if (!same.isEmpty()) {
        errors.put("taxCode", messages.get("directory.error.taxCodeTaken", same.get(0).draftData().name()));
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("directory.invalid", errors);
    }
  }

  /** Marks a profile whose name is (nearly) that of another: ADMIN decides whether to merge. */
  private void flagDuplicate(Profile p) {
    String key = p.getNameKey();
    String first = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    Long duplicate = profiles.nameCandidates(first + "%", p.getId(), PageRequest.of(0, 200)).stream()
        .filter(o -> o.getNameKey().equals(key) || similarity.apply(o.getNameKey(), key) >= NEAR_IDENTICAL)
        .map(Profile::getId).findFirst().orElse(null);
    p.markDuplicateOf(duplicate);
  }

  private String uniqueSlug(ProfileKind kind, String name) {
    String base = VietnameseText.slug(name);
    if (base.isEmpty()) {
      base = kind.slugPrefix();
    }
    if (base.length() > 140) {
      base = base.substring(0, 140);
    }
    String slug = base;
    for (int i = 2; profiles.existsBySlug(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }

  // --- public side -------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Profile> publishedBySlug(String slug) {
    return profiles.findBySlug(slug).filter(p -> p.getPublished() != null);
  }

  @Transactional(readOnly = true)
  public Page<Profile> published(ProfileKind kind, int page, int size) {
    return profiles.published(kind, PageRequest.of(Math.max(0, page), Math.min(Math.max(size, 1), 100)));
  }

  @Override
  @Transactional(readOnly = true)
  public List<vn.innohub.directory.PublicProfile> latestStartups(int max) {
    return profiles.latestPublishedStartups(PageRequest.of(0, max)).stream()
        .map(Profile::toPublic).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public EcosystemStatistics statistics() {
    return stats.get("all", k -> compute());
  }

  @Override
  public List<String> keys() {
    return EcosystemStatistics.KEYS;
  }

  @Override
  public Optional<BigDecimal> value(String key) {
    return statistic(key);
  }

  private EcosystemStatistics compute() {
    Object[] s = profiles.startupCounts().get(0);
    Object[] o = profiles.supportCounts().get(0);
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] row : funding.byYear()) {
      BigDecimal amount = new BigDecimal(row[1].toString());
      byYear.put(((Number) row[0]).intValue(), amount);
      total = total.add(amount);
    }
    return new EcosystemStatistics(num(s[0]), num(s[1]), funding.profilesThatRaised(), total, byYear, num(o[1]),
        num(o[0]), num(s[2]), profiles.ipRegistrations(), profiles.countPublished(ProfileKind.FUND),
        profiles.countPublished(ProfileKind.EXPERT));
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
