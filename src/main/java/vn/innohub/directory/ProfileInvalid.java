package vn.innohub.directory;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/** A profile change refused field by field ("taxCode" → message); nothing is saved. */
public class ProfileInvalid extends DomainException {

  private final transient Map<String, String> fields;

  public ProfileInvalid(Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, List.copyOf(fields.values()), "directory.invalid", fields.size());
    this.fields = Map.copyOf(fields);
  }

  public Map<String, String> fields() {
    return fields;
  }
}
