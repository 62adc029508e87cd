package vn.innohub.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.shared.FieldErrors;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.ListingStatus;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.notification.Notice;
import vn.innohub.notification.Notifier;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** Members write listings, ADMIN moderates them, the daily job expires them; the public sees the published ones. */
@Service
public class ListingService {

  /** Titles this similar (Jaro–Winkler on the folded title) to another listing of the same kind are flagged. */
  static final double NEAR_IDENTICAL = 0.95;

  private final ListingRepository listings;
  private final ExchangeFieldRepository fields;
  private final Accounts accounts;
  private final vn.innohub.directory.Directory directory;
  private final Notifier notifier;
  private final Messages messages;
  private final Clock clock;
  private final int reminderDays;
  private final String baseUrl;

  ListingService(ListingRepository listings, ExchangeFieldRepository fields, Accounts accounts,
      vn.innohub.directory.Directory directory, Notifier notifier, Messages messages, Clock clock, @Value("${innohub.exchange.reminder-days:7}") int reminderDays,
      @Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.listings = listings;
    this.fields = fields;
    this.accounts = accounts;
    this.directory = directory;
    this.notifier = notifier;
    this.messages = messages;
    this.clock = clock;
    this.reminderDays = reminderDays;
    this.baseUrl = baseUrl;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // --- fields ---------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<ExchangeField> fields() {
    return fields.findAllByOrderBySortAsc();
  }

  @Transactional(readOnly = true)
  public Map<String, String> fieldNames(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    fields().forEach(f -> names.put(f.getCode(), f.name(locale)));
    return names;
  }

  // --- access ---------------------------------------------------------------------------------------------------

  static void requireMemberOrAdmin(Actor actor) {
    if (!actor.has(Role.MEMBER) && !actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  /** The owner's and ADMIN's view; anyone else is told it does not exist. */
  static boolean owns(Listing l, Actor actor) {
    return actor.has(Role.ADMIN) || (l.getOwnerUserId() != null && l.getOwnerUserId() == actor.userId());
  }

  private Listing owned(long id, Actor actor) {
    Listing l = listings.findById(id).orElseThrow(() -> DomainException.notFound("Listing", id));
    if (!owns(l, actor)) {
      throw DomainException.notFound("Listing", id);
    }
    return l;
  }

  @Transactional(readOnly = true)
  public Listing get(long id, Actor actor) {
    return owned(id, actor);
  }

  @Transactional(readOnly = true)
  public List<Listing> mine(Actor actor) {
    return listings.findByOwnerUserIdOrderByUpdatedAtDesc(actor.userId());
  }

  @Transactional(readOnly = true)
  public List<Listing> pending() {
    return listings.findByStatusOrderBySubmittedAtAsc(ListingStatus.PENDING);
  }

  @Transactional(readOnly = true)
  public Optional<Listing> publishedBySlug(String slug) {
    return listings.findBySlug(slug).filter(Listing::isPublished);
  }

  @Transactional(readOnly = true)
  public Page<Listing> published(ListingKind kind, ListingCategory category, String field, int page, int size) {
    String f = Texts.nullIfBlank(field);
    return listings.published(kind, category, f, f == null ? null : f + ".%",
        PageRequest.of(Math.max(0, page), Math.min(Math.max(size, 1), 500)));
  }

  // --- writing --------------------------------------------------------------------------------------------------

  /** A new listing as a draft; an ADMIN's (or an import's) is unowned. */
  @Transactional
  public Listing create(ListingData data, Actor actor) {
    requireMemberOrAdmin(actor);
    ListingData d = withOwnerName(data, actor);
    Long owner = actor.has(Role.ADMIN) ? null : actor.userId();
    validate(d, owner, 0, actor);
    Listing l = new Listing(uniqueSlug(d.title()), owner, d, clock.instant());
    listings.saveAndFlush(l);
    flagDuplicate(l);
    return l;
  }

  @Transactional
  public Listing update(long id, long version, ListingData data, Actor actor) {
    Listing l = owned(id, actor);
    if (l.getVersion() != version) {
      throw DomainException.conflict("error.staleEdit");
    }
    ListingData d = withOwnerName(data, actor);
    if (d.kind() != l.getKind()) {
      throw new FieldErrors("exchange.invalid", Map.of("category", messages.get("exchange.error.kindChange")));
    }
    validate(d, l.getOwnerUserId(), id, actor);
    l.edit(d, actor.has(Role.ADMIN), clock.instant());
    listings.saveAndFlush(l);
    flagDuplicate(l);
    return l;
  }

  private static ListingData withOwnerName(ListingData d, Actor actor) {
    String owner = d.contacts().ownerName();
    if (owner == null || owner.isBlank()) {
      return d.withContacts(d.contacts().withOwnerName(actor.displayName()));
    }
    return d;
  }

  @Transactional
  public Listing submit(long id, Actor actor) {
    Listing l = owned(id, actor);
    l.submit(clock.instant());
    return l;
  }

  @Transactional
  public Listing publish(long id, Actor actor) {
    requireAdmin(actor);
    Listing l = listings.findById(id).orElseThrow(() -> DomainException.notFound("Listing", id));
    if (l.getValidUntil() != null && l.getValidUntil().isBefore(today())) {
      throw DomainException.conflict("exchange.error.validityPassed");
    }
    l.publish(actor.username(), clock.instant());
    tell(l, "exchange.notice.published", l.getTitle());
    return l;
  }

  @Transactional
  public Listing requestChanges(long id, String note, Actor actor) {
    requireAdmin(actor);
    if (note == null || note.isBlank()) {
      throw new FieldErrors("exchange.invalid", Map.of("note", messages.get("exchange.error.noteRequired")));
    }
    Listing l = listings.findById(id).orElseThrow(() -> DomainException.notFound("Listing", id));
    l.requestChanges(note.strip(), actor.username());
    tell(l, "exchange.notice.changesRequested", l.getTitle());
    return l;
  }

  @Transactional
  public Listing close(long id, String selectionOutcome, Actor actor) {
    Listing l = owned(id, actor);
    l.close(selectionOutcome, clock.instant());
    return l;
  }

  private void validate(ListingData d, Long owner, long id, Actor actor) {
    Set<String> codes = fields.findAll().stream().map(ExchangeField::getCode).collect(Collectors.toSet());
    Map<String, String> errors = new LinkedHashMap<>();
    ListingRules.check(d, codes, today()).forEach((field, code) -> errors.put(field, messages.get(code)));
    if (!errors.containsKey("title") && owner != null && d.title() != null
        && !listings.sameOwnerTitle(owner, VietnameseText.fold(d.title()), id).isEmpty()) {
      errors.put("title", messages.get("exchange.error.duplicate"));
    }
    // The owner may link a published directory profile (its slug, as in /danh-ba/{slug}) — only one they manage, so
    // that a listing cannot speak for someone else's organisation; ADMIN (the DOST moderators) may link any.
    if (d.profileSlug() != null && !d.profileSlug().isBlank()) {
      if (!directory.isPublished(d.profileSlug())) {
        errors.put("profileSlug", messages.get("exchange.error.profile"));
      } else if (!actor.has(Role.ADMIN) && !directory.isManagedBy(d.profileSlug(), actor.userId())) {
        errors.put("profileSlug", messages.get("exchange.error.profileNotManaged"));
      }
    }
    if (!errors.isEmpty()) {
      throw new FieldErrors("exchange.invalid", errors);
    }
  }

  /** Another owner's listing of the same kind with a (nearly) identical title: flagged for ADMIN, not refused. */
  private void flagDuplicate(Listing l) {
    String key = l.getTitleKey();
    String first = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    Long duplicate = listings.titleCandidates(l.getKind(), first + "%", l.getId(), PageRequest.of(0, 200)).stream()
        .filter(o -> o.getTitleKey().equals(key) || similarity.apply(o.getTitleKey(), key) >= NEAR_IDENTICAL)
        .map(Listing::getId).findFirst().orElse(null);
    l.markDuplicateOf(duplicate);
  }

  private String uniqueSlug(String title) {
    String base = VietnameseText.slug(title);
    if (base.isEmpty()) {
      base = "tin";
    }
    if (base.length() > 140) {
      base = base.substring(0, 140);
    }
    String slug = base;
    for (int i = 2; listings.existsBySlug(slug); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }

  // --- the daily job ----------------------------------------------------------------------------------------------

  public record ExpiryRun(int expired, int reminded) {}

  /**
   * Expires published listings whose validity date has passed and reminds owners of those ending within
   * {@code innohub.exchange.reminder-days} days (once per listing).
   */
  @Transactional
  public ExpiryRun expire(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    int expired = 0;
    for (Listing l : listings.expiredBy(today)) {
      l.expire(now);
      tell(l, "exchange.notice.expired", l.getTitle());
      expired++;
    }
    int reminded = 0;
    for (Listing l : listings.expiringBy(today, today.plusDays(reminderDays))) {
      if (tell(l, "exchange.notice.expiring", l.getTitle(), l.getValidUntil().format(
          java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))) > 0) {
        reminded++;
      }
      l.markReminded(now);
    }
    return new ExpiryRun(expired, reminded);
  }

  /** Tells a listing's owner (nobody for an unowned listing); -1 when there is nobody to tell. */
  private int tell(Listing l, String code, Object... args) {
    Optional<AccountView> owner = account(l.getOwnerUserId());
    if (owner.isEmpty()) {
      return -1;
    }
    String text = messages.get(Messages.VI, code, args);
    return notifier.send(new Notice(List.of(owner.get()), "exchange", text, text,
        "/me/listings/" + l.getId(), code + ":" + l.getId() + ":" + l.getVersion()));
  }

  Optional<AccountView> account(Long userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return accounts.list().stream().filter(a -> a.id() == userId && a.enabled()).findFirst();
  }

  /** Who submitted a listing, for ADMIN's review (disabled accounts included); empty for an unowned listing. */
  @Transactional(readOnly = true)
  public Optional<AccountView> submitter(Listing l) {
    Long id = l.getOwnerUserId();
    return id == null ? Optional.empty() : accounts.list().stream().filter(a -> a.id() == id).findFirst();
  }

  /** The published name of the directory profile a listing links, empty when none or no longer published. */
  @Transactional(readOnly = true)
  public Optional<String> linkedProfileName(Listing l) {
    return l.getProfileSlug() == null ? Optional.empty() : directory.publishedName(l.getProfileSlug());
  }

  /** Whether the listing's owner still manages the directory profile it links (shown to ADMIN on review). */
  @Transactional(readOnly = true)
  public boolean ownerManagesLinkedProfile(Listing l) {
    return l.getProfileSlug() != null && l.getOwnerUserId() != null
        && directory.isManagedBy(l.getProfileSlug(), l.getOwnerUserId());
  }

  /** Every owner, for the match digest. */
  Map<Long, AccountView> accountsById() {
    Map<Long, AccountView> out = new LinkedHashMap<>();
    accounts.list().stream().filter(AccountView::enabled).forEach(a -> out.put(a.id(), a));
    return out;
  }

  /** The open-data view of a listing: no contact fields. */
  @Transactional(readOnly = true)
  public vn.innohub.exchange.PublicListing publicView(Listing l) {
    String national = fields.findById(l.getFieldCode()).map(ExchangeField::getNationalCode).orElse(null);
    return new vn.innohub.exchange.PublicListing(l.getSlug(), l.getKind(), l.getCategory(), l.getTitle(),
        l.getSummary(), l.getDescription(), l.getFieldCode(), national, l.getTrl(), l.getIpStatus(), l.getIpNumbers(),
        l.getKind() == ListingKind.OFFER ? List.copyOf(new java.util.TreeSet<>(l.getTransferModes())) : null,
        l.getPriceVnd(), l.getKind() == ListingKind.OFFER ? l.isNegotiable() : null, l.getProblem(),
        l.getDesiredOutcome(), l.getConstraints(), l.getBudgetMinVnd(), l.getBudgetMaxVnd(), l.getDeadline(),
        l.getMinTrl(), l.getCallOpens(), l.getCallCloses(), l.getSelectionOutcome(), l.getProvince(), l.getCommune(),
        l.getOwnerName(), l.getProfileSlug(), l.getValidUntil(), l.getPublishedAt(), baseUrl + l.getUrl());
  }

  List<Listing> allPublished() {
    return new ArrayList<>(listings.allPublished());
  }
}
