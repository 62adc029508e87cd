package vn.innohub.exchange;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/** A listing refused field by field ("trl" → message); nothing is saved. */
public class ListingInvalid extends DomainException {

  private final transient Map<String, String> fields;

  public ListingInvalid(Map<String, String> fields) {
    super(HttpStatus.BAD_REQUEST, List.copyOf(fields.values()), "exchange.invalid", fields.size());
    this.fields = Map.copyOf(fields);
  }

  public Map<String, String> fields() {
    return fields;
  }
}
