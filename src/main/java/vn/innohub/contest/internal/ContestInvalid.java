package vn.innohub.contest.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/** A contest change refused field by field (field → message already worded for the user); nothing is saved. */
public class ContestInvalid extends DomainException {

  private final transient Map<String, String> fields;

  public ContestInvalid(Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, List.copyOf(fields.values()), "contest.invalid", fields.size());
    this.fields = Map.copyOf(fields);
  }

  public Map<String, String> fields() {
    return fields;
  }
}
