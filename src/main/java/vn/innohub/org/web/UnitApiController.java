package vn.innohub.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.org.internal.OrgService;
import vn.innohub.org.UnitDraft;
import vn.innohub.shared.DomainException;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The province's organisational units and the agency resolver")
class UnitApiController {

  /** A unit as sent by an API client; {@code version} is required on update (optimistic locking). */
  record UnitRequest(String code, String name, List<String> aliases, UnitType type, String parentCode,
      Boolean active, Long version, Boolean reportingOn) {
    UnitDraft draft() {
      return new UnitDraft(code, name, aliases, type, parentCode, active == null || active, reportingOn);
    }
  }

  private final OrgService org;

  UnitApiController(OrgService org) {
    this.org = org;
  }

  @GetMapping
  @Operation(summary = "All units, by type and name")
  List<UnitSummary> list() {
    return org.all();
  }

  @GetMapping("/{id}")
  UnitSummary one(@PathVariable long id) {
    return org.find(id).orElseThrow(() -> DomainException.notFound("Unit", id));
  }

  @GetMapping("/resolve")
  @Operation(summary = "Read an agency text as written in a plan and name the units it stands for")
  AgencyResolution resolve(@RequestParam String text) {
    if (text.length() > 5000) {
      throw DomainException.invalid("org.resolve.tooLong", 5000);
    }
    return org.resolve(text);
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  ResponseEntity<UnitSummary> create(@RequestBody UnitRequest request) {
    UnitSummary created = org.create(request.draft());
    return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  UnitSummary update(@PathVariable long id, @RequestBody UnitRequest request) {
    if (request.version() == null) {
      throw DomainException.invalid("error.versionRequired");
    }
    return org.update(id, request.draft(), request.version());
  }
}
