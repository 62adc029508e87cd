package vn.innohub.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.dashboard.Dashboard;
import vn.innohub.dashboard.export.ReportExporter;
import vn.innohub.dashboard.internal.DashboardService;
import vn.innohub.identity.CurrentUser;
import vn.innohub.shared.text.Texts;

/** The dashboard's data and the exports over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dashboard", description = "Targets with traffic lights, task roll-ups, reporting rates; official reports")
class DashboardApiController {

  private final DashboardService dashboards;
  private final ReportExporter exporter;
  private final CurrentUser currentUser;

  DashboardApiController(DashboardService dashboards, ReportExporter exporter, CurrentUser currentUser) {
    this.dashboards = dashboards;
    this.exporter = exporter;
    this.currentUser = currentUser;
  }

  @GetMapping("/dashboard")
  @Operation(summary = "A plan's dashboard for a period (latest opened when not given), with filters")
  Dashboard dashboard(@RequestParam long plan, @RequestParam(required = false) Long period,
      @RequestParam(required = false) Long section, @RequestParam(required = false) Long agency,
      @RequestParam(required = false) String unitType) {
    return dashboards.build(plan, period, new Dashboard.Filters(section, agency,
        Texts.nullIfBlank(unitType)), currentUser.require());
  }

  @GetMapping("/exports")
  @Operation(summary = "Official report (docx, xlsx) or open data (json; csv with table=targets|tasks|values) for one or "
      + "several plans (plan=1,2) in the period of the first plan")
  ResponseEntity<byte[]> export(@RequestParam List<Long> plan, @RequestParam long period,
      @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String table) {
    return file(exporter.export(plan, period, format, table, currentUser.require()));
  }

  static ResponseEntity<byte[]> file(ReportExporter.ExportFile f) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8)
            .build().toString())
        .contentType(MediaType.parseMediaType(f.contentType())).body(f.content());
  }
}
