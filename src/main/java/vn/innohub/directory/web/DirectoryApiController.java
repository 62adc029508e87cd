package vn.innohub.directory.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.directory.EcosystemStatistics;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.PublicProfile;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.SpreadsheetSafe;

/** Open data of the directory: published facts only (schema innohub.directory/1), and the live statistics. */
@RestController
@RequestMapping("/api/v1/directory")
class DirectoryApiController {

  private final ProfileService profiles;

  DirectoryApiController(ProfileService profiles) {
    this.profiles = profiles;
  }

  record Listing(String schema, long total, int page, int size, List<PublicProfile> profiles) {}

  private static PublicProfile view(Profile p) {
    return p.toPublic();
  }

  @GetMapping
  Listing list(@RequestParam(required = false) ProfileKind kind, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var found = profiles.published(kind, page, size);
    return new Listing(PublicProfile.SCHEMA, found.getTotalElements(), found.getNumber(), found.getSize(),
        found.getContent().stream().map(DirectoryApiController::view).toList());
  }

  @GetMapping("/{slug}")
  PublicProfile one(@PathVariable String slug) {
    return profiles.publishedBySlug(slug).map(DirectoryApiController::view)
        .orElseThrow(() -> DomainException.notFound("Profile", slug));
  }

  @GetMapping("/statistics")
  EcosystemStatistics statistics() {
    return profiles.statistics();
  }

  /** All published profiles as CSV, one row per profile (lists joined with "; "). */
  @GetMapping(value = "/export.csv", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) ProfileKind kind) {
    StringBuilder out = new StringBuilder(
        "slug,kind,name,tax_code,founded_on,commune,province,sectors,stage,team_size,website,capital_raised_vnd,"
            + "ip_rights,innovative,verified_at\n");
    int page = 0;
    while (true) {
      var found = profiles.published(kind, page++, 100);
      for (Profile p : found.getContent()) {
        PublicProfile v = view(p);
        PublicProfile.Startup s = v.startup();
        List<Object> cells = new ArrayList<>(List.of(v.slug(), v.kind(), nz(v.name()), nz(v.taxCode()),
            nz(v.foundedOn()), nz(v.commune()), nz(v.province()), String.join("; ", v.sectors()), nz(s.stage()),
            nz(s.teamSize()), nz(v.website()), s.capitalRaisedVnd(), s.ipRights().size(), v.innovative(),
            nz(v.verifiedAt())));
        out.append(SpreadsheetSafe.csvRow(cells)).append('\n');
      }
      if (!found.hasNext()) {
        break;
      }
    }
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"danh-ba.csv\"").body(out.toString());
  }

  private static Object nz(Object o) {
    return o == null ? "" : o;
  }
}
