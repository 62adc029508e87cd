package vn.innohub.portal.library.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.innohub.shared.audit.NotAudited;

/**
 * Tệp đính kèm: a PDF or DOCX file of a library document. The bytes are kept in their own table
 * ({@code policy_attachment_file}); the text read from them is searched as part of the document ({@code text}).
 */
@Entity
@Table(name = "policy_attachment")
public class PolicyAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id", nullable = false)
  private PolicyDocument document;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  /** The whole text of the file: searched, never written to the audit trail (the checksum identifies the file). */
  @NotAudited
  @Column(name = "extracted_text", columnDefinition = "TEXT")
  private String text;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected PolicyAttachment() {}

  PolicyAttachment(PolicyDocument document, AttachmentReader.Checked file, String by, Instant now) {
    this.document = document;
    this.fileName = file.file().fileName();
    this.contentType = file.file().mediaType();
    this.sizeBytes = file.file().size();
    this.sha256 = file.file().sha256();
    this.text = file.text();
    this.uploadedAt = now;
    this.uploadedBy = by;
  }

  public Long getId() {
    return id;
  }

  public PolicyDocument getDocument() {
    return document;
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

  public String getText() {
    return text;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
