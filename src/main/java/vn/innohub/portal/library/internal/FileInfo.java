package vn.innohub.portal.library.internal;

import java.time.Instant;

/** What a list or a page shows of an attached file, read without its text or bytes. */
public record FileInfo(long id, long documentId, String fileName, String contentType, long sizeBytes, String sha256,
    Instant uploadedAt) {

  /** "PDF" or "DOCX", for the download link. */
  public String kindLabel() {
    return "application/pdf".equals(contentType) ? "PDF" : "DOCX";
  }

  /** The size as people read it: "840 KB", "2,4 MB". */
  public String sizeLabel() {
    if (sizeBytes < 1024 * 1024) {
      return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0)).replace('.', ',');
  }
}
