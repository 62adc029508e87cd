package vn.innohub.portal.library;

import java.time.LocalDate;
import java.util.List;

/**
 * What ADMIN enters for a library document, already read from the form: the type and status as enums, the issue
 * date as a date, the replacing document by id, the tags one by one.
 */
public record DocumentData(DocumentType type, String title, String number, LocalDate issuedOn, String issuer,
    DocumentStatus status, Long replacedById, String summary, List<String> tags, boolean published) {

  public DocumentData {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
