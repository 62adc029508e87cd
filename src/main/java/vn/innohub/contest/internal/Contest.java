package vn.innohub.contest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** Cuộc thi: a startup idea contest, its set-up and whether its results are published. */
@Entity
@Table(name = "contest")
public class Contest {


  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 160)
  private String slug;

  @Column(nullable = false, length = 300)
  private String title;

  private boolean announced;

  @Column(nullable = false)
  private String spec;

  @Column(name = "intake_end", nullable = false)
  private Instant intakeEnd;

  @Column(name = "results_published_at")
  private Instant resultsPublishedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Contest() {}

  Contest(String slug, String title, boolean announced, ContestSpec spec, Instant now, ZoneId zone) {
    this.slug = slug;
    this.createdAt = now;
    describe(title, announced, spec, now, zone);
  }

  void describe(String title, boolean announced, ContestSpec spec, Instant now, ZoneId zone) {
    this.title = title.strip();
    this.announced = announced;
    this.spec = ContestJson.write(spec);
    this.intakeEnd = spec.round(ContestSpec.RoundKind.INTAKE).orElseThrow().end().atZone(zone).toInstant();
    this.updatedAt = now;
  }

  void publishResults(Instant now) {
    this.resultsPublishedAt = now;
    this.updatedAt = now;
  }

  public ContestSpec spec() {
    return ContestJson.read(spec, ContestSpec.class);
  }

  /** Submissions are accepted strictly before this instant. */
  public boolean intakeOpen(Instant now, ZoneId zone) {
    Instant start = spec().round(ContestSpec.RoundKind.INTAKE).orElseThrow().start().atZone(zone).toInstant();
    return !now.isBefore(start) && now.isBefore(intakeEnd);
  }

  public boolean resultsPublished() {
    return resultsPublishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public boolean isAnnounced() {
    return announced;
  }

  public Instant getIntakeEnd() {
    return intakeEnd;
  }

  public Instant getResultsPublishedAt() {
    return resultsPublishedAt;
  }

  public long getVersion() {
    return version;
  }
}
