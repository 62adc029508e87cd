package vn.innohub.portal.library.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.portal.library.DocumentStatus;

/** The checks a library document must pass before it is saved; each failure keyed by its form field. */
final class DocumentRules {

  static final int MAX_TAGS = 20;
  static final int MAX_TAG_LENGTH = 60;
  private static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);

  private DocumentRules() {}

  /**
   * Field → message code; empty when the document may be saved. {@code id} is the document being edited (0 for a
   * new one) and {@code replacementChain} what the named replacing document is itself replaced by, in order.
   */
  static Map<String, String> check(DocumentData d, long id, boolean replacementExists,
      List<Long> replacementChain, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (d.type() == null) {
      errors.put("type", "library.error.typeRequired");
    }
    if (d.title() == null || d.title().isBlank()) {
      errors.put("title", "library.error.titleRequired");
    } else if (d.title().strip().length() > 500) {
      errors.put("title", "library.error.tooLong");
    }
    if (d.number() != null && d.number().strip().length() > 100) {
      errors.put("number", "library.error.tooLong");
    }
    if (d.issuedOn() != null && d.issuedOn().isAfter(today)) {
      errors.put("issuedOn", "library.error.issuedInFuture");
    } else if (d.issuedOn() != null && d.issuedOn().isBefore(EARLIEST)) {
      errors.put("issuedOn", "library.error.issuedTooEarly");
    }
    if (d.issuer() != null && d.issuer().strip().length() > 300) {
      errors.put("issuer", "library.error.tooLong");
    }
    if (d.summary() != null && d.summary().length() > 20_000) {
      errors.put("summary", "library.error.tooLong");
    }
    if (d.status() == null) {
      errors.put("status", "library.error.statusRequired");
    } else if (d.status() == DocumentStatus.REPLACED) {
      if (d.replacedById() == null) {
        errors.put("replacedBy", "library.error.replacedByRequired");
      } else if (id != 0 && d.replacedById() == id) {
        errors.put("replacedBy", "library.error.replacedBySelf");
      } else if (!replacementExists) {
        errors.put("replacedBy", "library.error.replacedByUnknown");
      } else if (id != 0 && replacementChain.contains(id)) {
        errors.put("replacedBy", "library.error.replacedByCycle");
      }
    } else if (d.replacedById() != null) {
      errors.put("replacedBy", "library.error.replacedByOnlyWhenReplaced");
    }
    if (d.tags().size() > MAX_TAGS) {
      errors.put("tags", "library.error.tooManyTags");
    } else if (d.tags().stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
      errors.put("tags", "library.error.tagTooLong");
    }
    return errors;
  }
}
