package vn.innohub.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import vn.innohub.exchange.IpStatus;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.ListingKind;
import vn.innohub.exchange.ListingStatus;
import vn.innohub.exchange.TransferMode;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;

/**
 * Tin chào bán / tin nhu cầu: one listing of the exchange, an offer or a demand (an agency's problem statement is a
 * demand of category CHALLENGE). Its owner edits it while it is a draft or sent back; ADMIN publishes it; it closes
 * or expires at its validity date. Published listings are indexed for site search and for matching.
 */
@Entity
@Table(name = "exchange_listing")
// Only published listings are in the index (see VisibleOnly).
@Indexed(index = "exchange-listing", routingBinder = @RoutingBinderRef(type = vn.innohub.shared.search.VisibleOnly.class,
    params = @Param(name = "property", value = "status")))
public class Listing implements vn.innohub.shared.search.SearchVisible {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 160)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ListingKind kind;

  @KeywordField(name = "category")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ListingCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ListingStatus status;

  @FullTextField(name = "title", analyzer = "vietnamese", projectable = Projectable.YES)
  @FullTextField(name = "titleSuggest", analyzer = "vietnamese_prefix", searchAnalyzer = "vietnamese")
  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_key", nullable = false, length = 300)
  private String titleKey;

  @Column(length = 1000)
  private String summary;

  @Column(columnDefinition = "TEXT")
  private String description;

  @GenericField(name = "trl", sortable = Sortable.YES, projectable = Projectable.YES)
  private Integer trl;

  @Enumerated(EnumType.STRING)
  @Column(name = "ip_status", length = 20)
  private IpStatus ipStatus;

  @Column(name = "ip_numbers", length = 300)
  private String ipNumbers;

  @Column(name = "transfer_modes", length = 200)
  private String transferModes;

  @Column(name = "price_vnd", precision = 19)
  private BigDecimal priceVnd;

  private boolean negotiable;

  @Column(columnDefinition = "TEXT")
  private String problem;

  @Column(name = "desired_outcome", columnDefinition = "TEXT")
  private String desiredOutcome;

  @Column(name = "constraints_text", columnDefinition = "TEXT")
  private String constraints;

  @Column(name = "budget_min_vnd", precision = 19)
  private BigDecimal budgetMinVnd;

  @Column(name = "budget_max_vnd", precision = 19)
  private BigDecimal budgetMaxVnd;

  private LocalDate deadline;

  @Column(name = "min_trl")
  private Integer minTrl;

  @Column(name = "call_opens")
  private LocalDate callOpens;

  @Column(name = "call_closes")
  private LocalDate callCloses;

  @Column(name = "selection_outcome", columnDefinition = "TEXT")
  private String selectionOutcome;

  @KeywordField(name = "fieldCode", aggregable = Aggregable.YES)
  @Column(name = "field_code", nullable = false, length = 40)
  private String fieldCode;

  @Column(length = 100)
  private String province;

  @Column(length = 100)
  private String commune;

  @GenericField(name = "ownerId")
  @Column(name = "owner_user_id")
  private Long ownerUserId;

  @Column(name = "profile_slug", length = 160)
  private String profileSlug;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @Column(name = "contact_name", length = 200)
  private String contactName;

  @Column(name = "contact_phone", length = 40)
  private String contactPhone;

  @Column(name = "contact_email", length = 200)
  private String contactEmail;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "duplicate_of")
  private Long duplicateOf;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Listing() {}

  Listing(String slug, Long ownerUserId, ListingData data, Instant now) {
    this.slug = slug;
    this.ownerUserId = ownerUserId;
    this.kind = data.kind();
    this.category = data.category();
    this.status = ListingStatus.DRAFT;
    this.createdAt = now;
    write(data, now);
  }

  private void write(ListingData d, Instant now) {
    if (d.kind() != kind) {
      throw DomainException.invalid("exchange.error.kindChange");
    }
    this.category = d.category();
    this.title = VietnameseText.tidy(d.title());
    this.titleKey = VietnameseText.fold(d.title());
    this.summary = Texts.blankToNull(d.summary());
    this.description = Texts.blankToNull(d.description());
    this.fieldCode = d.fieldCode();
    this.province = Texts.blankToNull(d.province());
    this.commune = Texts.blankToNull(d.commune());
    boolean offer = kind == ListingKind.OFFER;
    writeOffer(offer, offer ? d.offer() : ListingData.OfferTerms.NONE);
    writeDemand(offer ? ListingData.DemandTerms.NONE : d.demand());
    ListingData.ChallengeCall call = category == ListingCategory.CHALLENGE ? d.call() : ListingData.ChallengeCall.NONE;
    this.callOpens = call.opens();
    this.callCloses = call.closes();
    this.profileSlug = Texts.blankToNull(d.profileSlug());
    ListingData.Contacts c = d.contacts();
    this.ownerName = VietnameseText.tidy(c.ownerName());
    this.contactName = Texts.blankToNull(c.contactName());
    this.contactPhone = Texts.blankToNull(c.contactPhone());
    this.contactEmail = Texts.blankToNull(c.contactEmail());
    this.validUntil = d.validUntil();
    this.updatedAt = now;
  }

  /** A demand leaves every offer column empty, {@code negotiable} false; an offer without a price is negotiable. */
  private void writeOffer(boolean offer, ListingData.OfferTerms o) {
    this.trl = o.trl();
    this.ipStatus = o.ipStatus();
    this.ipNumbers = Texts.blankToNull(o.ipNumbers());
    this.transferModes = o.transferModes().isEmpty()
        ? null : o.transferModes().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.priceVnd = offer && !o.negotiable() ? o.priceVnd() : null;
    this.negotiable = offer && (o.negotiable() || o.priceVnd() == null);
  }

  private void writeDemand(ListingData.DemandTerms t) {
    this.problem = Texts.blankToNull(t.problem());
    this.desiredOutcome = Texts.blankToNull(t.desiredOutcome());
    this.constraints = Texts.blankToNull(t.constraints());
    this.budgetMinVnd = t.budgetMinVnd();
    this.budgetMaxVnd = t.budgetMaxVnd();
    this.deadline = t.deadline();
    this.minTrl = t.minTrl();
  }

  // --- moderation: each transition guarded here ----------------------------------------------------------------

  /** The owner edits a draft or a listing sent back for changes; ADMIN may also correct a pending one. */
  void edit(ListingData data, boolean admin, Instant now) {
    boolean editable = status == ListingStatus.DRAFT || status == ListingStatus.CHANGES_REQUESTED
        || (admin && status == ListingStatus.PENDING);
    if (!editable) {
      throw DomainException.conflict("exchange.error.notEditable");
    }
    write(data, now);
  }

  void submit(Instant now) {
    if (status != ListingStatus.DRAFT && status != ListingStatus.CHANGES_REQUESTED) {
      throw DomainException.conflict("exchange.error.notSubmittable");
    }
    status = ListingStatus.PENDING;
    submittedAt = now;
  }

  void publish(String by, Instant now) {
    if (status != ListingStatus.PENDING) {
      throw DomainException.conflict("exchange.error.notPending");
    }
    status = ListingStatus.PUBLISHED;
    reviewedBy = by;
    reviewNote = null;
    publishedAt = now;
  }

  void requestChanges(String note, String by) {
    if (status != ListingStatus.PENDING) {
      throw DomainException.conflict("exchange.error.notPending");
    }
    status = ListingStatus.CHANGES_REQUESTED;
    reviewNote = note;
    reviewedBy = by;
  }

  /** The owner (or ADMIN) closes a published listing; a challenge may carry its selection outcome. */
  void close(String outcome, Instant now) {
    if (status != ListingStatus.PUBLISHED) {
      throw DomainException.conflict("exchange.error.notPublished");
    }
    status = ListingStatus.CLOSED;
    closedAt = now;
    if (outcome != null && !outcome.isBlank()) {
      selectionOutcome = outcome.strip();
    }
  }

  /** The validity date has passed: a published listing expires. */
  void expire(Instant now) {
    if (status != ListingStatus.PUBLISHED) {
      throw DomainException.conflict("exchange.error.notPublished");
    }
    status = ListingStatus.EXPIRED;
    closedAt = now;
  }

  void markReminded(Instant now) {
    remindedAt = now;
  }

  void markDuplicateOf(Long other) {
    duplicateOf = other;
  }

  public boolean isPublished() {
    return status == ListingStatus.PUBLISHED;
  }

  // --- index fields ---------------------------------------------------------------------------------------------

  @Override
  @GenericField(name = "visible")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
  public boolean isVisible() {
    return status == ListingStatus.PUBLISHED;
  }

  /** Site search's field: every word, the title's twice (see SiteSearch). */
  @FullTextField(name = "words", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "description")),
      @ObjectPath(@PropertyValue(propertyName = "problem")),
      @ObjectPath(@PropertyValue(propertyName = "desiredOutcome"))})
  public String getSearchWords() {
    return vn.innohub.shared.text.VietnameseText.searchWords(title, summary, description, problem, desiredOutcome);
  }

  @FullTextField(name = "matchText", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "description")),
      @ObjectPath(@PropertyValue(propertyName = "problem")),
      @ObjectPath(@PropertyValue(propertyName = "desiredOutcome"))})
  public String getMatchText() {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {title, summary, description, problem, desiredOutcome}) {
      if (s != null && !s.isBlank()) {
        parts.add(s);
      }
    }
    return String.join("\n", parts);
  }

  @KeywordField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
      @ObjectPath(@PropertyValue(propertyName = "problem"))})
  public String getSearchSummary() {
    return VietnameseText.snippet(summary != null ? summary : problem);
  }

  @KeywordField(name = "url", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getUrl() {
    return "/cong-nghe/" + slug;
  }

  @KeywordField(name = "kindFacet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @KeywordField(name = "listingKind", projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
  public String getKindKey() {
    return kind.name();
  }

  @KeywordField(name = "fieldParent")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "fieldCode")))
  public String getFieldParent() {
    return parentOf(fieldCode);
  }

  /** "herbs.extraction" → "herbs"; a top-level code is its own parent. */
  public static String parentOf(String code) {
    if (code == null) {
      return null;
    }
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }

  @KeywordField(name = "regionKey")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "province")))
  public String getRegionKey() {
    return regionKey(province);
  }

  /** "TP. Hồ Chí Minh" and "tp ho chi minh" give the same key; blank gives null. */
  public static String regionKey(String province) {
    String key = VietnameseText.fold(province);
    return key.isEmpty() ? null : key;
  }

  // --- accessors ------------------------------------------------------------------------------------------------

  public ListingData data() {
    return new ListingData(category, title, summary, description, fieldCode, province, commune, profileSlug,
        validUntil, offerTerms(), demandTerms(), new ListingData.ChallengeCall(callOpens, callCloses),
        new ListingData.Contacts(ownerName, contactName, contactPhone, contactEmail));
  }

  public ListingData.OfferTerms offerTerms() {
    return new ListingData.OfferTerms(trl, ipStatus, ipNumbers, getTransferModes(), priceVnd, negotiable);
  }

  public ListingData.DemandTerms demandTerms() {
    return new ListingData.DemandTerms(problem, desiredOutcome, constraints, budgetMinVnd, budgetMaxVnd, deadline,
        minTrl);
  }

  public Set<TransferMode> getTransferModes() {
    if (transferModes == null || transferModes.isBlank()) {
      return Set.of();
    }
    Set<TransferMode> out = EnumSet.noneOf(TransferMode.class);
    Arrays.stream(transferModes.split(",")).map(TransferMode::valueOf).forEach(out::add);
    return out;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public ListingKind getKind() {
    return kind;
  }

  public ListingCategory getCategory() {
    return category;
  }

  public ListingStatus getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public String getTitleKey() {
    return titleKey;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescription() {
    return description;
  }

  public Integer getTrl() {
    return trl;
  }

  public IpStatus getIpStatus() {
    return ipStatus;
  }

  public String getIpNumbers() {
    return ipNumbers;
  }

  public BigDecimal getPriceVnd() {
    return priceVnd;
  }

  public boolean isNegotiable() {
    return negotiable;
  }

  public String getProblem() {
    return problem;
  }

  public String getDesiredOutcome() {
    return desiredOutcome;
  }

  public String getConstraints() {
    return constraints;
  }

  public BigDecimal getBudgetMinVnd() {
    return budgetMinVnd;
  }

  public BigDecimal getBudgetMaxVnd() {
    return budgetMaxVnd;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Integer getMinTrl() {
    return minTrl;
  }

  public LocalDate getCallOpens() {
    return callOpens;
  }

  public LocalDate getCallCloses() {
    return callCloses;
  }

  public String getSelectionOutcome() {
    return selectionOutcome;
  }

  public String getFieldCode() {
    return fieldCode;
  }

  public String getProvince() {
    return province;
  }

  public String getCommune() {
    return commune;
  }

  public Long getOwnerUserId() {
    return ownerUserId;
  }

  public String getProfileSlug() {
    return profileSlug;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Long getDuplicateOf() {
    return duplicateOf;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
