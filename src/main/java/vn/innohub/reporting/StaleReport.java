package vn.innohub.reporting;

import org.springframework.http.HttpStatus;
import vn.innohub.shared.DomainException;

/** Someone else saved the report after the writer loaded it: nothing was overwritten; {@code current} is theirs. */
public class StaleReport extends DomainException {

  private final transient ReportView current;

  public StaleReport(ReportView current) {
    super(HttpStatus.CONFLICT, "reporting.stale", current.updatedBy() == null ? "?" : current.updatedBy());
    this.current = current;
  }

  public ReportView current() {
    return current;
  }
}
