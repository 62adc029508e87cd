package vn.innohub.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A change refused field by field, nothing saved: {@code fields} maps a form field ("trl", "taxCode",
 * "task-12-progress") to its message, already worded in the user's language, in the order the checks ran, so a form
 * shows each message where the mistake is; the API answers 400 with the messages as the problem's items.
 */
public class FieldErrors extends DomainException {

  private final transient Map<String, String> fields;

  /** Refused with {@code code} (e.g. "exchange.invalid", whose argument is the number of fields refused). */
  public FieldErrors(String code, Map<String, String> fields) {
    this(code, fields, List.copyOf(fields.values()), fields.size());
  }

  /** Refused with its own message and items, e.g. a report's lead tasks a submission lacks. */
  public FieldErrors(String code, Map<String, String> fields, List<String> items, Object... args) {
    super(HttpStatus.BAD_REQUEST, items, code, args);
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Map<String, String> fields() {
    return fields;
  }

  /** The fields' messages in one line, for a page that shows the refusal as a notice rather than on a form. */
  public String joined() {
    return String.join(" ", fields.values());
  }
}
