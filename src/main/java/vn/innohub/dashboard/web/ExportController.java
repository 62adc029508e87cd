package vn.innohub.dashboard.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.dashboard.export.ReportExporter;
import vn.innohub.identity.CurrentUser;

/** Downloads of the official report and open data from the dashboard. */
@Controller
class ExportController {

  private final ReportExporter exporter;
  private final CurrentUser currentUser;

  ExportController(ReportExporter exporter, CurrentUser currentUser) {
    this.exporter = exporter;
    this.currentUser = currentUser;
  }

  @GetMapping("/dashboard/export")
  ResponseEntity<byte[]> export(@RequestParam List<Long> plan, @RequestParam long period,
      @RequestParam(defaultValue = "docx") String format, @RequestParam(required = false) String table) {
    return DashboardApiController.file(exporter.export(plan, period, format, table, currentUser.require()));
  }

}
