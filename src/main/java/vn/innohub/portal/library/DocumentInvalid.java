package vn.innohub.portal.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/**
 * A library document (or one of its files) refused field by field ("issuedOn" → message), in the order the checks
 * ran; nothing is saved.
 */
public class DocumentInvalid extends DomainException {

  private final transient Map<String, String> fields;

  public DocumentInvalid(Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, List.copyOf(fields.values()), "library.invalid", fields.size());
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Map<String, String> fields() {
    return fields;
  }
}
