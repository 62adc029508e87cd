package vn.innohub.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/**
 * A report change refused field by field: {@code fields} maps a field key ("task-12-progress", "target-3-actual",
 * "difficulties") to its message, so the form can show each message where the mistake is. Nothing is saved.
 */
public class ReportInvalid extends DomainException {

  private final transient Map<String, String> fields;

  public ReportInvalid(Map<String, String> fields, List<String> items) {
    super(HttpStatus.BAD_REQUEST, items, "reporting.invalid", items.size());
    this.fields = Map.copyOf(fields);
  }

  /** Refused with its own message ({@code code} with {@code args}), e.g. the lead tasks a submission lacks. */
  public ReportInvalid(String code, Map<String, String> fields, List<String> items, Object... args) {
    super(HttpStatus.BAD_REQUEST, items, code, args);
    this.fields = Map.copyOf(fields);
  }

  public Map<String, String> fields() {
    return fields;
  }
}
