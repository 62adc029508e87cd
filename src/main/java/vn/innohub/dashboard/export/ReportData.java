package vn.innohub.dashboard.export;

import java.time.LocalDate;
import java.util.List;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.plan.PlanStructure;
import vn.innohub.reporting.Completeness;
import vn.innohub.reporting.PeriodResults;
import vn.innohub.reporting.ReportingFacts;

/** Everything an official report shows, for one or several plans of the province in the same period. */
public record ReportData(Header header, List<Part> parts) {

  /** The issuing agency and the place and date of the report. */
  public record Header(String province, String superior, String issuer, String issuerShort, String signerTitle,
      LocalDate date) {}

  /** One plan's share of the report. {@code results}/{@code completeness} are null when the period has no data. */
  public record Part(PlanStructure plan, ReportingFacts.PeriodSummary period, PeriodResults results,
      Completeness completeness, List<Dashboard.TargetRow> targets, List<ReportingFacts.UnitNote> notes,
      boolean hasApprovedData) {}

  public String periodLabel() {
    return parts.isEmpty() ? "" : parts.get(0).period().label();
  }
}
