package vn.innohub.audit.web;

import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditTrail;

/** The audit list for administrators, with filters and a chain check. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

  private static final int PAGE_SIZE = 50;

  private final AuditTrail trail;

  AuditAdminController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    AuditQuery query = new AuditQuery(actor, action, entityType, entityId, from, to);
    model.addAttribute("query", query);
    model.addAttribute("records", trail.search(query, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
    return "audit/audit-list";
  }

  @GetMapping("/verify")
  String verify(Model model) {
    model.addAttribute("verification", trail.verify());
    model.addAttribute("query", AuditQuery.all());
    model.addAttribute("records", trail.search(AuditQuery.all(), PageRequest.of(0, PAGE_SIZE)));
    return "audit/audit-list";
  }
}
