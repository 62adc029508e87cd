package vn.innohub.portal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
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

/** Tin tức: a news article of the portal; the body is plain text (paragraphs separated by blank lines). */
@Entity
@Table(name = "news_article")
// Only published items are in the index (see VisibleOnly).
@Indexed(index = "portal-news", routingBinder = @RoutingBinderRef(type = vn.innohub.shared.search.VisibleOnly.class,
    params = @Param(name = "property", value = "published")))
public class NewsArticle implements vn.innohub.shared.search.SearchVisible {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 160)
  private String slug;

  @FullTextField(name = "title", analyzer = "vietnamese", projectable = Projectable.YES)
  @FullTextField(name = "titleSuggest", analyzer = "vietnamese_prefix", searchAnalyzer = "vietnamese")
  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 1000)
  private String summary;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String body;

  @Column(name = "image_id")
  private Long imageId;

  @GenericField(name = "visible")
  private boolean published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(nullable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected NewsArticle() {}

  NewsArticle(String slug, String author, Instant now) {
    this.slug = slug;
    this.author = author;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void write(String title, String summary, String body, Long imageId, boolean publish, Instant now) {
    this.title = title;
    this.summary = summary;
    this.body = body;
    if (imageId != null) {
      this.imageId = imageId;
    }
    if (publish && !published) {
      publishedAt = now;
    }
    this.published = publish;
    this.updatedAt = now;
  }

  void removeImage() {
    this.imageId = null;
  }

  /** Everything searchable, title first. */
  @FullTextField(name = "words", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = {
      @ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "summary")),
      @ObjectPath(@PropertyValue(propertyName = "body"))})
  public String getSearchWords() {
    return vn.innohub.shared.text.VietnameseText.searchWords(title, summary, body);
  }

  @KeywordField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "summary")))
  public String getSearchSummary() {
    return vn.innohub.shared.text.VietnameseText.snippet(summary);
  }

  @KeywordField(name = "url", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getUrl() {
    return "/tin-tuc/" + slug;
  }

  @KeywordField(name = "kindFacet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getKindKey() {
    return "NEWS";
  }

  /** Paragraphs of the body, for display. */
  public java.util.List<String> paragraphs() {
    return java.util.Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getBody() {
    return body;
  }

  public Long getImageId() {
    return imageId;
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

  public String getAuthor() {
    return author;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
