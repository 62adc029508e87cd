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

/** Sự kiện: an event (workshop, demo day, tech fair) with a place or an online link and optional registration. */
@Entity
@Table(name = "portal_event")
// Only published items are in the index (see VisibleOnly).
@Indexed(index = "portal-event", routingBinder = @RoutingBinderRef(type = vn.innohub.shared.search.VisibleOnly.class,
    params = @Param(name = "property", value = "published")))
public class PortalEvent implements vn.innohub.shared.search.SearchVisible {

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

  @Column(columnDefinition = "TEXT")
  private String description;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(length = 300)
  private String place;

  @Column(name = "online_url", length = 500)
  private String onlineUrl;

  @Column(length = 300)
  private String organiser;

  @Column(name = "registration_url", length = 500)
  private String registrationUrl;

  /** Seats for the built-in registration; null = no built-in registration. */
  private Integer capacity;

  @GenericField(name = "visible")
  private boolean published;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected PortalEvent() {}

  PortalEvent(String slug, Instant now) {
    this.slug = slug;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(EventForm f, Instant now) {
    this.title = f.title();
    this.summary = f.summary();
    this.description = f.description();
    this.startsAt = f.startsAt();
    this.endsAt = f.endsAt();
    this.place = f.place();
    this.onlineUrl = f.onlineUrl();
    this.organiser = f.organiser();
    this.registrationUrl = f.registrationUrl();
    this.capacity = f.capacity();
    this.published = f.published();
    this.updatedAt = now;
  }

  /** The editable facts of an event, already parsed. */
  public record EventForm(String title, String summary, String description, Instant startsAt, Instant endsAt,
      String place, String onlineUrl, String organiser, String registrationUrl, Integer capacity, boolean published) {}

  /** Everything searchable, title first. */
  @FullTextField(name = "words", analyzer = "vietnamese")
  @IndexingDependency(derivedFrom = {
      @ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "summary")),
      @ObjectPath(@PropertyValue(propertyName = "description")),
      @ObjectPath(@PropertyValue(propertyName = "place")),
      @ObjectPath(@PropertyValue(propertyName = "organiser"))})
  public String getSearchWords() {
    return vn.innohub.shared.text.VietnameseText.searchWords(title, summary, description, place, organiser);
  }

  @KeywordField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "summary")))
  public String getSearchSummary() {
    return vn.innohub.shared.text.VietnameseText.snippet(summary);
  }

  @KeywordField(name = "url", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getUrl() {
    return "/su-kien/" + slug;
  }

  @KeywordField(name = "kindFacet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
  public String getKindKey() {
    return "EVENT";
  }

  public EventForm form() {
    return new EventForm(title, summary, description, startsAt, endsAt, place, onlineUrl, organiser, registrationUrl,
        capacity, published);
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

  public String getDescription() {
    return description;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getOnlineUrl() {
    return onlineUrl;
  }

  public String getOrganiser() {
    return organiser;
  }

  public String getRegistrationUrl() {
    return registrationUrl;
  }

  public Integer getCapacity() {
    return capacity;
  }

  @Override
  public boolean isVisible() {
    return published;
  }

  public boolean isPublished() {
    return published;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
