package vn.innohub.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Minh chứng: a file behind a reported result. Its bytes are kept in report_evidence_file. */
@Entity
@Table(name = "report_evidence")
public class Evidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false)
  private long reportId;

  /** TASK or TARGET. */
  @Column(name = "item_kind", nullable = false, length = 8)
  private String itemKind;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected Evidence() {}

  Evidence(long reportId, String itemKind, long itemId, String fileName, String contentType, long sizeBytes,
      String sha256, Instant uploadedAt, String uploadedBy) {
    this.reportId = reportId;
    this.itemKind = itemKind;
    this.itemId = itemId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public long getReportId() {
    return reportId;
  }

  public String getItemKind() {
    return itemKind;
  }

  public long getItemId() {
    return itemId;
  }

  /** The item the file is attached to; its kind is stored by name ("TASK", "TARGET"). */
  public vn.innohub.reporting.ReportItemKey item() {
    return new vn.innohub.reporting.ReportItemKey(vn.innohub.reporting.ReportItemKey.Kind.valueOf(itemKind), itemId,
        null);
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
