package vn.innohub.portal.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published library document as open data (schema {@code innohub.documents/1}): its metadata, the replacing
 * document's slug when it was replaced, and its files with their download addresses. Drafts never appear.
 */
public record PublicDocument(String slug, DocumentType type, String title, String number, LocalDate issuedOn,
    String issuer, DocumentStatus status, String replacedBy, String summary, List<String> tags, Instant publishedAt,
    Instant updatedAt, String url, List<File> files) {

  public static final String SCHEMA = "innohub.documents/1";

  /** One attached file; {@code url} downloads it. */
  public record File(long id, String name, String contentType, long sizeBytes, String sha256, String url) {}
}
