package vn.innohub.portal.library.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.shared.audit.NotAudited;
import vn.innohub.shared.text.Texts;
import vn.innohub.shared.text.VietnameseText;

/**
 * Văn bản: one document of the policy library — its metadata and attached files. Only a published document is shown
 * publicly; the search index holds every document with its published flag ({@code visible}), so drafts are filtered
 * out of every public query. Besides its own fields it gives the fields every indexed entity shares for site-wide
 * search ({@code title}, {@code text}, {@code visible}, {@code kindFacet}, {@code summary}, {@code url}, see
 * {@code vn.innohub.search.SiteSearch}); {@code text} holds the text of the attached files.
 */
@Entity
@Table(name = "policy_document")
// Only published items are in the index (see VisibleOnly).
@Indexed(index = "policy-document", routingBinder = @RoutingBinderRef(type = vn.innohub.shared.search.VisibleOnly.class,
    params = @Param(name = "property", value = "published")))
public class PolicyDocument implements vn.innohub.shared.search.SearchVisible {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false, length = 24)
  private DocumentType type;

  @FullTextField(name = "title", analyzer = "vietnamese", projectable = Projectable.YES)
  @FullTextField(name = "titleSuggest", analyzer = "vietnamese_prefix", searchAnalyzer = "vietnamese")
  @KeywordField(name = "titleSort", normalizer = "vietnamese_sort", sortable = Sortable.YES, searchable = Searchable.NO)
  @Column(nullable = false, length = 500)
  private String title;

  @FullTextField(name = "numberText", analyzer = "vietnamese")
  @KeywordField(name = "numberKey", normalizer = "vietnamese_sort")
  @Column(name = "doc_number", length = 100)
  private String number;

  @GenericField(sortable = Sortable.YES)
  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @FullTextField(name = "issuerText", analyzer = "vietnamese")
  @KeywordField(name = "issuerKey", normalizer = "vietnamese_sort", aggregable = Aggregable.YES)
  @Column(length = 300)
  private String issuer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private DocumentStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "replaced_by_id")
  private PolicyDocument replacedBy;

  @FullTextField(name = "summaryText", analyzer = "vietnamese")
  @Column(columnDefinition = "TEXT")
  private String summary;

  /** At most 20 tags of 60 characters (DocumentRules), joined with ", ". */
  @Column(length = 2000)
  private String tags;

  @GenericField(name = "visible")
  private boolean published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @NotAudited
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @NotAudited
  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version
  private long version;

  /** Each file is audited on its own; its extracted text is searched as part of this document. */
  @NotAudited
  @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PolicyAttachment> attachments = new ArrayList<>();

  protected PolicyDocument() {}

  PolicyDocument(String slug, DocumentData data, PolicyDocument replacedBy, String by, Instant now) {
    this.slug = slug;
    this.createdAt = now;
    this.createdBy = by;
    edit(data, replacedBy, by, now);
  }

  /** Takes the checked data; a document replaced by another must name it (checked before, see DocumentRules). */
  void edit(DocumentData data, PolicyDocument replacedBy, String by, Instant now) {
    if (replacedBy == this || (data.status() == DocumentStatus.REPLACED) != (replacedBy != null)) {
      throw new IllegalArgumentException("a replaced document names another document as its replacement");
    }
    this.type = data.type();
    this.title = VietnameseText.tidy(data.title());
    this.number = blank(data.number());
    this.issuedOn = data.issuedOn();
    this.issuer = blank(data.issuer());
    this.status = data.status();
    this.replacedBy = replacedBy;
    this.summary = Texts.blankToNull(data.summary());
    this.tags = data.tags().isEmpty() ? null : String.join(", ", data.tags());
    if (data.published() && !published) {
      publishedAt = now;
    }
    this.published = data.published();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void attach(PolicyAttachment attachment) {
    attachments.add(attachment);
  }

  void detach(PolicyAttachment attachment, String by, Instant now) {
    attachments.remove(attachment);
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void touch(String by, Instant now) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** The text with its spaces tidied, or null when blank. */
  private static String blank(String s) {
    return Texts.parsed(s, VietnameseText::tidy);
  }

  // --- search fields -------------------------------------------------------------------------------------------

  /** Everything searchable: the title (twice, to weigh more), the metadata and the text of every attached file. */
  @FullTextField(name = "words", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = {
      @ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "summary")),
      @ObjectPath(@PropertyValue(propertyName = "number")),
      @ObjectPath(@PropertyValue(propertyName = "issuer")),
      @ObjectPath(@PropertyValue(propertyName = "tags")),
      @ObjectPath({@PropertyValue(propertyName = "attachments"), @PropertyValue(propertyName = "text")})})
  public String getSearchText() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {title, title, number, issuer, summary, tags}) {
      if (part != null) {
        text.append(part).append('\n');
      }
    }
    for (PolicyAttachment a : attachments) {
      if (a.getText() != null) {
        text.append(a.getText()).append('\n');
      }
    }
    return text.toString();
  }

  /** Shown in site-wide search results (stored, not searched): the number before the summary. */
  @KeywordField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = {
      @ObjectPath(@PropertyValue(propertyName = "summary")),
      @ObjectPath(@PropertyValue(propertyName = "number"))})
  public String getSearchSummary() {
    String line = number == null ? "" : number + (summary == null ? "" : " · ");
    line += summary == null ? "" : summary;
    if (line.isEmpty()) {
      return null;
    }
    return vn.innohub.shared.text.VietnameseText.snippet(line);
  }

  @KeywordField(name = "url", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getUrl() {
    return "/van-ban/" + slug;
  }

  /** The kind of result in site-wide search. */
  @KeywordField(name = "kindFacet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getKindKey() {
    return "DOCUMENT";
  }

  @KeywordField(name = "typeKey", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "type")))
  public String getTypeKey() {
    return type.name();
  }

  @KeywordField(name = "statusKey", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
  public String getStatusKey() {
    return status.name();
  }

  @GenericField(name = "issueYear", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "issuedOn")))
  public Integer getIssueYear() {
    return issuedOn == null ? null : issuedOn.getYear();
  }

  @FullTextField(name = "tagText", analyzer = "vietnamese")
  @KeywordField(name = "tagKey", normalizer = "vietnamese_sort")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public List<String> getTagList() {
    return tags == null || tags.isBlank() ? List.of()
        : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  /** The newest first when nothing is typed; ties (and documents without a date) by creation order. */
  @GenericField(name = "idSort", sortable = Sortable.YES, searchable = Searchable.NO)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public Long getSortId() {
    return id;
  }

  // --- plain accessors -----------------------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public DocumentType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public DocumentStatus getStatus() {
    return status;
  }

  public PolicyDocument getReplacedBy() {
    return replacedBy;
  }

  public String getSummary() {
    return summary;
  }

  public String getTags() {
    return tags;
  }

  @Override
  public boolean isVisible() {
    return published;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
