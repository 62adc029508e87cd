package vn.innohub.reporting.internal;

import org.springframework.http.HttpStatus;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;

/**
 * Object-level rules for reports. A report of a unit the actor may not read is answered as "not found", so that
 * guessed IDs reveal nothing; a reader who may not write (a leader) is told so.
 */
final class ReportAccess {

  private ReportAccess() {}

  static void read(Actor actor, UnitReport report) {
    if (!actor.canRead(report.getUnitId())) {
      throw DomainException.notFound("Report", report.getId());
    }
  }

  static void write(Actor actor, UnitReport report) {
    read(actor, report);
    if (!actor.canActFor(report.getUnitId())) {
      throw new DomainException(HttpStatus.FORBIDDEN, "reporting.notYourUnit");
    }
  }

  static void review(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "reporting.reviewOnly");
    }
  }
}
