package vn.innohub.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditRecordView;
import vn.innohub.audit.AuditTrail;
import vn.innohub.audit.ChainVerification;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "The hash-chained audit trail (ADMIN)")
class AuditApiController {

  private final AuditTrail trail;

  AuditApiController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(summary = "Audit records, newest first, filtered")
  Page<AuditRecordView> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return trail.search(new AuditQuery(actor, action, entityType, entityId, from, to),
        PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 500)));
  }

  @GetMapping("/verify")
  @Operation(summary = "Whether the chain is intact, and if not the first broken record")
  ChainVerification verify() {
    return trail.verify();
  }
}
