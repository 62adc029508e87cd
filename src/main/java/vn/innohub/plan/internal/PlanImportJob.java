package vn.innohub.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import vn.innohub.shared.audit.NotAudited;

/**
 * The background read of a long plan document (a PDF, a scan through OCR) for the web import: who sent it, how many
 * pages are read, and how it ended — the preview it produced, or the message key of why it could not be read.
 */
@Entity
@Table(name = "plan_import_job")
public class PlanImportJob {

  /** Where a read stands. */
  public enum Status {
    /** Waiting for a free reader on the node that received the upload. */
    QUEUED,
    READING,
    /** Read: {@link #getImportId()} is the preview. */
    DONE,
    /** Not read: {@link #getMessageKey()} says why; nothing was saved. */
    FAILED;

    public boolean running() {
      return this == QUEUED || this == READING;
    }

    public boolean queued() {
      return this == QUEUED;
    }

    public boolean failed() {
      return this == FAILED;
    }
  }

  private static final char ARG_SEPARATOR = '\u001F';

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 60)
  private String owner;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(name = "replaces_plan_id")
  private Long replacesPlanId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  // progress ticks are bookkeeping, not business changes: the start and the end of a read are audited
  @NotAudited
  @Column(name = "pages_done", nullable = false)
  private int pagesDone;

  @NotAudited
  @Column(name = "pages_total", nullable = false)
  private int pagesTotal;

  @Column(name = "message_key", length = 120)
  private String messageKey;

  @Column(name = "message_args", length = 500)
  private String messageArgs;

  @Column(name = "import_id")
  private Long importId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlanImportJob() {}

  PlanImportJob(String owner, String fileName, Long replacesPlanId, Instant now) {
    this.owner = owner;
    this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
    this.replacesPlanId = replacesPlanId;
    this.status = Status.QUEUED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void reading(Instant now) {
    if (status == Status.QUEUED) {
      status = Status.READING;
    }
    updatedAt = now;
  }

  void pages(int done, int total, Instant now) {
    if (!status.running()) {
      return;
    }
    status = Status.READING;
    pagesTotal = Math.max(0, total);
    pagesDone = Math.max(0, Math.min(done, pagesTotal));
    updatedAt = now;
  }

  void done(long preview, Instant now) {
    if (!status.running()) {
      throw new IllegalStateException("job " + id + " already " + status);
    }
    status = Status.DONE;
    importId = preview;
    pagesDone = pagesTotal;
    updatedAt = now;
  }

  void failed(String key, List<String> args, Instant now) {
    if (!status.running()) {
      return;
    }
    status = Status.FAILED;
    messageKey = key;
    String joined = String.join(String.valueOf(ARG_SEPARATOR), args);
    messageArgs = joined.isEmpty() ? null : joined.length() > 500 ? joined.substring(0, 500) : joined;
    updatedAt = now;
  }

  /** The owner, or an administrator. */
  boolean visibleTo(String username, boolean admin) {
    return admin || owner.equals(username);
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getReplacesPlanId() {
    return replacesPlanId;
  }

  public Status getStatus() {
    return status;
  }

  public int getPagesDone() {
    return pagesDone;
  }

  public int getPagesTotal() {
    return pagesTotal;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getMessageArgs() {
    return messageArgs == null ? List.of() : List.of(messageArgs.split(String.valueOf(ARG_SEPARATOR), -1));
  }

  public Long getImportId() {
    return importId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
