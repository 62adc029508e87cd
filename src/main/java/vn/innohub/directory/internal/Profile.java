package vn.innohub.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.ProfileStatus;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;

/**
 * Hồ sơ: one actor of the ecosystem. The member edits the draft; verification copies it to the published document,
 * which alone is shown publicly, indexed for search (fields below) and counted in statistics.
 */
@Entity
@Table(name = "directory_profile")
// Only published items are in the index (see VisibleOnly).
@Indexed(index = "directory-profile", routingBinder = @RoutingBinderRef(type = vn.innohub.shared.search.VisibleOnly.class,
    params = @Param(name = "property", value = "published")))
public class Profile implements vn.innohub.shared.search.SearchVisible {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ProfileKind kind;

  @Column(nullable = false, length = 160)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ProfileStatus status;

  @Column(name = "owner_user_id")
  private Long ownerUserId;

  @Column(name = "name_key", nullable = false, length = 300)
  private String nameKey;

  @Column(name = "tax_code", length = 14)
  private String taxCode;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String draft;

  @Column(columnDefinition = "TEXT")
  private String published;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** The logo (an image stored for {@code LOGO}) the member proposes, and the one verified with the published copy. */
  @Column(name = "draft_logo_id")
  private Long draftLogoId;

  @Column(name = "published_logo_id")
  private Long publishedLogoId;

  private boolean innovative;

  @Column(length = 400)
  private String checklist;

  @Column(name = "review_note", length = 2000)
  private String reviewNote;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "duplicate_of")
  private Long duplicateOf;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "stat_networked")
  private boolean statNetworked;

  @Column(name = "stat_ip_count")
  private int statIpCount;

  @Column(name = "stat_space")
  private boolean statSpace;

  @Version
  private long version;

  @Transient
  private ProfileData publishedData;

  protected Profile() {}

  Profile(ProfileKind kind, String slug, Long ownerUserId, ProfileData data, Instant now) {
    this.kind = kind;
    this.slug = slug;
    this.ownerUserId = ownerUserId;
    this.status = ProfileStatus.DRAFT;
    this.createdAt = now;
    edit(data, now);
  }

  void edit(ProfileData data, Instant now) {
    this.draft = ProfileJson.write(data);
    this.nameKey = VietnameseText.fold(data.name());
    this.taxCode = Texts.blankToNull(data.taxCode());
    this.updatedAt = now;
    if (status == ProfileStatus.REJECTED) {
      status = ProfileStatus.DRAFT;
    }
  }

  /** A new proposed logo, or none; reviewed with the rest of the draft. */
  void changeLogo(Long imageId, Instant now) {
    this.draftLogoId = imageId;
    this.updatedAt = now;
    if (status == ProfileStatus.REJECTED) {
      status = ProfileStatus.DRAFT;
    }
  }

  /** Whether the proposed logo differs from the published one. */
  public boolean isLogoChanged() {
    return !java.util.Objects.equals(draftLogoId, publishedLogoId);
  }

  void submit(Instant now) {
    if (status == ProfileStatus.PENDING) {
      throw DomainException.conflict("directory.alreadyPending");
    }
    if (status == ProfileStatus.VERIFIED && ProfileJson.read(draft).equals(publishedData()) && !isLogoChanged()) {
      throw DomainException.conflict("directory.nothingToReview");
    }
    status = ProfileStatus.PENDING;
    submittedAt = now;
  }

  void verify(List<String> checkedCriteria, boolean innovative, String note, String by, Instant now) {
    if (status != ProfileStatus.PENDING) {
      throw DomainException.conflict("directory.notPending");
    }
    this.published = draft;
    this.publishedData = null;
    this.publishedLogoId = draftLogoId;
    this.publishedAt = now;
    this.innovative = kind == ProfileKind.STARTUP && innovative;
    this.checklist = String.join(",", checkedCriteria);
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = now;
    this.status = ProfileStatus.VERIFIED;
    ProfileData p = publishedData();
    this.statNetworked = kind == ProfileKind.STARTUP && p.startup().networked();
    this.statIpCount = p.startup().ipRights().size();
    ProfileData.SupportType type = p.supportOrg().supportType();
    this.statSpace = kind == ProfileKind.SUPPORT_ORG && type != null && type.innovationSpace();
  }

  /** Refuses the pending change; a profile verified before stays published as it was. */
  void reject(String note, String by, Instant now) {
    if (status != ProfileStatus.PENDING) {
      throw DomainException.conflict("directory.notPending");
    }
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = now;
    this.status = published != null ? ProfileStatus.VERIFIED : ProfileStatus.REJECTED;
    if (published != null) {
      this.draft = published;
      this.draftLogoId = publishedLogoId;
    }
  }

  void markDuplicateOf(Long other) {
    this.duplicateOf = other;
  }

  /** Gives an unowned profile (entered by the DOST) to the member who claimed it. */
  void assignOwner(long userId) {
    this.ownerUserId = userId;
  }

  public ProfileData draftData() {
    return ProfileJson.read(draft);
  }

  public ProfileData publishedData() {
    if (publishedData == null && published != null) {
      publishedData = ProfileJson.read(published);
    }
    return publishedData;
  }

  /** The published facts as open data; null when not published. */
  public vn.innohub.directory.PublicProfile toPublic() {
    return published == null ? null
        : vn.innohub.directory.PublicProfile.of(slug, kind, publishedData(), innovative, publishedAt, publishedLogoId);
  }

  // --- search fields: the published copy only --------------------------------------------------------------

  @Override
  @GenericField(aggregable = Aggregable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public boolean isVisible() {
    return published != null;
  }

  @FullTextField(name = "title", analyzer = "vietnamese", projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
  @FullTextField(name = "titleSuggest", analyzer = "vietnamese_prefix", searchAnalyzer = "vietnamese")
  @KeywordField(name = "titleSort", normalizer = "vietnamese_sort", searchable = Searchable.NO, sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public String getSearchName() {
    ProfileData p = publishedData();
    return p == null ? null : p.name();
  }

  /** The name (twice, to weigh more) and everything searchable about the published profile. */
  @FullTextField(name = "words", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public String getSearchText() {
    ProfileData p = publishedData();
    if (p == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {p.name(), p.name(), p.summary(), p.description(), p.startup().products(),
        p.supportOrg().services(), p.fund().investmentFocus(), p.expert().expertise(), p.startup().awards(),
        p.commune(), p.province()}) {
      if (s != null && !s.isBlank()) {
        parts.add(s);
      }
    }
    p.startup().ipRights().forEach(ip -> parts.add(ip.title()));
    return String.join("\n", parts);
  }

  /** Shown in site-wide search results (stored, not searched). */
  @KeywordField(name = "summary", projectable = org.hibernate.search.engine.backend.types.Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public String getSearchSummary() {
    ProfileData p = publishedData();
    return p == null ? null : VietnameseText.snippet(p.summary());
  }

  @KeywordField(name = "url", projectable = org.hibernate.search.engine.backend.types.Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getUrl() {
    return "/danh-ba/" + slug;
  }

  @KeywordField(name = "kindFacet", aggregable = Aggregable.YES, projectable = org.hibernate.search.engine.backend.types.Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kind")))
  public String getKindKey() {
    return kind.name();
  }

  @KeywordField(name = "sectorFacet", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public List<String> getSectorKeys() {
    ProfileData p = publishedData();
    return p == null ? List.of() : p.sectors();
  }

  @KeywordField(name = "stageFacet", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public String getStageKey() {
    ProfileData p = publishedData();
    return p == null || p.startup().stage() == null ? null : p.startup().stage().name();
  }

  @KeywordField(name = "communeFacet", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
  public String getCommuneKey() {
    ProfileData p = publishedData();
    return p == null || p.commune() == null || p.commune().isBlank() ? null : VietnameseText.tidy(p.commune());
  }

  // --- plain accessors ------------------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public ProfileKind getKind() {
    return kind;
  }

  public String getSlug() {
    return slug;
  }

  public ProfileStatus getStatus() {
    return status;
  }

  public Long getOwnerUserId() {
    return ownerUserId;
  }

  public String getNameKey() {
    return nameKey;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public String getPublished() {
    return published;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Long getDraftLogoId() {
    return draftLogoId;
  }

  /** The verified logo, shown publicly; null when the profile is not published or has none. */
  public Long getPublishedLogoId() {
    return published == null ? null : publishedLogoId;
  }

  public boolean isInnovative() {
    return innovative;
  }

  public List<String> getChecklist() {
    return checklist == null || checklist.isBlank() ? List.of() : List.of(checklist.split(","));
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Long getDuplicateOf() {
    return duplicateOf;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
