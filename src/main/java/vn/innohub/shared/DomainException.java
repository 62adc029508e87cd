package vn.innohub.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on: carries a message code (resolved in Vietnamese or English),
 * its arguments, the HTTP status it maps to, and optional per-item problems (e.g. one per bad XLSX row).
 */
public class DomainException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient Object[] args;
  private final List<String> items;

  public DomainException(HttpStatus status, String code, Object... args) {
    this(status, List.of(), code, args);
  }

  public DomainException(HttpStatus status, List<String> items, String code, Object... args) {
    super(code);
    this.status = status;
    this.code = code;
    this.args = args;
    this.items = List.copyOf(items);
  }

  public static DomainException notFound(String what, Object id) {
    return new DomainException(HttpStatus.NOT_FOUND, "error.notFound", what, String.valueOf(id));
  }

  public static DomainException conflict(String code, Object... args) {
    return new DomainException(HttpStatus.CONFLICT, code, args);
  }

  public static DomainException invalid(String code, Object... args) {
    return new DomainException(HttpStatus.BAD_REQUEST, code, args);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }

  /** Per-item problems, already worded for the user (e.g. "Dòng 4: loại đơn vị 'abc' không hợp lệ"). */
  public List<String> items() {
    return items;
  }
}
