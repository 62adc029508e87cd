package vn.innohub.directory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;

/**
 * ADMIN keeps the managed list of sectors (lĩnh vực): adds one, renames it in both languages, orders the list.
 * A sector is never removed: verified profiles hold its code in their documents and statistics count by it.
 * Writes are audited with the entity (the audit trail records every entity write).
 */
@Service
public class Sectors {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final SectorRepository sectors;

  Sectors(SectorRepository sectors) {
    this.sectors = sectors;
  }

  /** Problems with a sector's fields, by field: code, nameVi, nameEn, sort. */
  public static class Invalid extends DomainException {
    private final Map<String, String> fields;

    Invalid(Map<String, String> fields) {
      super(HttpStatus.BAD_REQUEST, "directory.sector.invalid");
      this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
      return fields;
    }
  }

  @Transactional(readOnly = true)
  public List<Sector> list() {
    return sectors.findAllByOrderBySortAsc();
  }

  @Transactional
  public Sector add(String code, String nameVi, String nameEn, String sort, Actor actor) {
    requireAdmin(actor);
    String c = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
    Map<String, String> problems = new LinkedHashMap<>();
    if (c.length() < 2 || c.length() > 40 || !CODE.matcher(c).matches()) {
      problems.put("code", "directory.sector.code");
    } else if (sectors.existsById(c)) {
      problems.put("code", "directory.sector.codeTaken");
    }
    int order = check(nameVi, nameEn, sort, problems);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return sectors.save(new Sector(c, nameVi.strip(), nameEn.strip(), order));
  }

  @Transactional
  public Sector update(String code, String nameVi, String nameEn, String sort, Actor actor) {
    requireAdmin(actor);
    Sector sector = sectors.findById(code == null ? "" : code).orElseThrow(() -> DomainException.notFound("Sector", code));
    Map<String, String> problems = new LinkedHashMap<>();
    int order = check(nameVi, nameEn, sort, problems);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    sector.rename(nameVi.strip(), nameEn.strip(), order);
    return sector;
  }

  private static int check(String nameVi, String nameEn, String sort, Map<String, String> problems) {
    if (nameVi == null || nameVi.isBlank() || nameVi.strip().length() > 200) {
      problems.put("nameVi", "directory.sector.name");
    }
    if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 200) {
      problems.put("nameEn", "directory.sector.name");
    }
    try {
      int order = Integer.parseInt(sort == null ? "" : sort.strip());
      if (order < 0 || order > 9_999) {
        throw new NumberFormatException();
      }
      return order;
    } catch (NumberFormatException e) {
      problems.put("sort", "directory.sector.sort");
      return 0;
    }
  }

  private static void requireAdmin(Actor actor) {
    if (actor == null || !actor.has(Role.ADMIN)) {
      throw new DomainException(HttpStatus.FORBIDDEN, "error.forbidden");
    }
  }
}
