package vn.innohub.dashboard.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.internal.DashboardService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.plan.Plans;
import vn.innohub.reporting.ReportingFacts;
import vn.innohub.shared.DomainException;

/**
 * Gathers the data of an official report. Several plans are reported together for "the same period": the period of
 * each further plan with the same kind, year and number as the given one.
 */
@Service
public class ReportAssembler {

  private final DashboardService dashboards;
  private final ReportingFacts facts;
  private final Plans plans;
  private final java.time.Clock clock;
  private final String province;
  private final String issuer;
  private final String issuerShort;
  private final String signerTitle;

  ReportAssembler(DashboardService dashboards, ReportingFacts facts, Plans plans, java.time.Clock clock,
      @Value("${innohub.province.name:Minh Sơn}") String province,
      @Value("${innohub.report.issuer:Sở Khoa học và Công nghệ}") String issuer,
      @Value("${innohub.report.issuer-short:SKHCN}") String issuerShort,
      @Value("${innohub.report.signer-title:GIÁM ĐỐC}") String signerTitle) {
    this.dashboards = dashboards;
    this.facts = facts;
    this.plans = plans;
    this.clock = clock;
    this.province = province;
    this.issuer = issuer;
    this.issuerShort = issuerShort;
    this.signerTitle = signerTitle;
  }

  /** Only the DOST (ADMIN) and leaders export official reports. */
  public static void requireExporter(Actor actor) {
    if (!actor.has(Role.ADMIN) && !actor.has(Role.LEADER)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }

  public ReportData assemble(List<Long> planIds, long periodId, Actor actor) {
    requireExporter(actor);
    if (planIds.isEmpty()) {
      throw DomainException.invalid("error.validation");
    }
    ReportingFacts.PeriodSummary first = facts.period(periodId);
    if (first.planId() != planIds.get(0)) {
      throw DomainException.notFound("Period", periodId);
    }
    List<ReportData.Part> parts = new ArrayList<>();
    for (long planId : planIds) {
      var plan = plans.structure(planId);
      ReportingFacts.PeriodSummary period = planId == first.planId() ? first : facts.periods(planId).stream()
          .filter(p -> p.kind() == first.kind() && p.year() == first.year() && p.index() == first.index())
          .findFirst().orElseThrow(() -> DomainException.notFound("Period", first.label() + " / " + planId));
      Dashboard d = dashboards.build(planId, period.id(), new Dashboard.Filters(null, null, null), actor);
      boolean open = period.status() != vn.innohub.reporting.PeriodStatus.PLANNED;
      parts.add(new ReportData.Part(plan, period, open ? facts.results(period.id()) : null,
          open ? facts.completeness(period.id()) : null, d.targets(), open ? facts.notes(period.id()) : List.of(),
          d.hasApprovedData()));
    }
    return new ReportData(new ReportData.Header(province, "UBND TỈNH " + province.toUpperCase(java.util.Locale.ROOT),
        issuer, issuerShort, signerTitle, LocalDate.now(clock)), parts);
  }
}
