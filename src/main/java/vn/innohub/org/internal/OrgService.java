package vn.innohub.org.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.CollectiveSummary;
import vn.innohub.org.ExternalAgencies;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.VietnameseText;
import vn.innohub.shared.web.Messages;

/** Keeps the unit list consistent (unique codes, names and aliases; a parent tree without cycles). */
@Service
public class OrgService implements OrgDirectory, UnitRegistry {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,39}");

  private final UnitRepository units;
  private final CollectiveNameRepository collectives;
  private final Messages messages;

  public OrgService(UnitRepository units, CollectiveNameRepository collectives, Messages messages) {
    this.units = units;
    this.collectives = collectives;
    this.messages = messages;
  }

  private String msg(String code, Object... args) {
    return messages.get(code, args);
  }

  private String row(UnitSpreadsheet.Row row, String problem) {
    return msg("org.row", String.valueOf(row.number()), problem);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UnitSummary> find(long id) {
    return units.findById(id).map(Unit::summary);
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> names(Collection<Long> ids) {
    java.util.Map<Long, String> out = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      units.findAllById(new java.util.HashSet<>(ids)).forEach(u -> out.put(u.getId(), u.getName()));
    }
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitSummary> all() {
    return units.findAllByOrderByTypeAscNameAsc().stream().map(Unit::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitSummary> ofTypes(Collection<UnitType> types) {
    return units.findByTypeInOrderByNameAsc(types).stream().map(Unit::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public AgencyResolution resolve(String agencyText) {
    return agencyResolver().resolve(agencyText);
  }

  @Transactional(readOnly = true)
  public List<CollectiveSummary> collectives() {
    return collectives.findAllByOrderByPhraseAsc().stream().map(CollectiveName::summary).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.function.Function<String, AgencyResolution> resolver() {
    return agencyResolver()::resolve;
  }

  /** A resolver over the current units and collectives; build once and reuse it for a whole plan import. */
  @Transactional(readOnly = true)
  public AgencyResolver agencyResolver() {
    return new AgencyResolver(all(), collectives());
  }

  /** Every unit as an entity, in one query (for the spreadsheet export). */
  @Transactional(readOnly = true)
  public List<Unit> units() {
    return units.findAllByOrderByTypeAscNameAsc();
  }

  @Transactional(readOnly = true)
  public Unit get(long id) {
    return units.findById(id).orElseThrow(() -> DomainException.notFound("Unit", id));
  }

  @Override
  @Transactional
  public List<UnitSummary> createAll(List<UnitDraft> drafts) {
    return drafts.stream().map(this::create).toList();
  }

  @Override
  @Transactional
  public UnitSummary create(UnitDraft given) {
    UnitDraft draft = classified(given);
    List<String> problems = check(draft, null, namesExcept(null));
    if (!problems.isEmpty()) {
      throw new DomainException(HttpStatus.BAD_REQUEST, problems, "org.unit.invalid");
    }
    Long parentId = parentId(draft.parentCode());
    Unit unit = new Unit(draft.code().strip().toUpperCase(Locale.ROOT), draft.name(), draft.type(), parentId, draft.aliases());
    unit.switchReporting(Boolean.TRUE.equals(draft.reportingOn()));
    return units.save(unit).summary();
  }

  /**
   * A new unit's draft with an obvious type filled in: a name like "Bộ Khoa học và Công nghệ" or "Viettel tỉnh" typed
   * without a type, or only as "other", is an external agency or a telecom enterprise ({@link ExternalAgencies}).
   */
  private static UnitDraft classified(UnitDraft d) {
    UnitType type = ExternalAgencies.classify(d.name(), d.type());
    return type == d.type() ? d : new UnitDraft(d.code(), d.name(), d.aliases(), type, d.parentCode(), d.active(),
        d.reportingOn());
  }

  @Transactional
  public UnitSummary update(long id, UnitDraft draft, long expectedVersion) {
    Unit unit = get(id);
    if (unit.getVersion() != expectedVersion) {
      throw DomainException.conflict("error.staleEdit");
    }
    List<String> problems = check(draft, unit, namesExcept(unit.getId()));
    if (!problems.isEmpty()) {
      throw new DomainException(HttpStatus.BAD_REQUEST, problems, "org.unit.invalid");
    }
    unit.change(draft.name(), draft.type(), parentId(draft.parentCode()), draft.aliases(), draft.active());
    if (draft.reportingOn() != null) {
      unit.switchReporting(draft.reportingOn());
    }
    return unit.summary();
  }

  /**
   * Creates or updates units by code from spreadsheet rows. Every row is checked first; if any row is bad,
   * nothing is imported and every bad row is reported with its reason.
   */
  @Transactional
  public ImportResult importRows(List<UnitSpreadsheet.Row> rows) {
    List<String> problems = new ArrayList<>();
    Map<String, Unit> existingByCode = new HashMap<>();
    units.findAll().forEach(u -> existingByCode.put(u.getCode(), u));
    Set<String> fileCodes = new HashSet<>();
    for (UnitSpreadsheet.Row row : rows) {
      if (row.draft().code() != null && !fileCodes.add(row.draft().code().strip().toUpperCase(Locale.ROOT))) {
        problems.add(row(row, msg("org.err.codeTwiceInFile", row.draft().code())));
      }
    }
    // Names must be unique across the file and the units the file does not touch.
    Map<String, String> taken = new HashMap<>();
    for (Unit u : existingByCode.values()) {
      if (!fileCodes.contains(u.getCode())) {
        u.names().forEach(n -> taken.put(VietnameseText.fold(n), msg("org.owner.unit", u.getName(), u.getCode())));
      }
    }
    collectives.findAll().forEach(c -> c.names().forEach(n -> taken.put(VietnameseText.fold(n), msg("org.owner.collective", c.getPhrase()))));
    for (UnitSpreadsheet.Row row : rows) {
      row.problems().forEach(p -> problems.add(row(row, p)));
      if (!row.problems().isEmpty()) {
        continue;
      }
      UnitDraft d = row.draft();
      String code = d.code().strip().toUpperCase(Locale.ROOT);
      for (String p : checkFields(d)) {
        problems.add(row(row, p));
      }
      if (d.parentCode() != null && !d.parentCode().isBlank()) {
        String parent = d.parentCode().strip().toUpperCase(Locale.ROOT);
        if (parent.equals(code)) {
          problems.add(row(row, msg("org.err.selfParent")));
        } else if (!fileCodes.contains(parent) && !existingByCode.containsKey(parent)) {
          problems.add(row(row, msg("org.err.noParent", d.parentCode())));
        }
      }
      List<String> rowNames = new ArrayList<>();
      rowNames.add(d.name());
      rowNames.addAll(d.aliases());
      for (String n : rowNames) {
        String key = VietnameseText.fold(n);
        if (key.isEmpty()) {
          continue;
        }
        String owner = taken.putIfAbsent(key, msg("org.owner.row", d.name(), code, row.number()));
        if (owner != null && !owner.equals(msg("org.owner.row", d.name(), code, row.number()))) {
          problems.add(row(row, msg("org.err.nameClash", n, owner)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(HttpStatus.BAD_REQUEST, problems, "org.import.failed", problems.size());
    }
    int created = 0;
    int updated = 0;
    Set<Long> createdNow = new HashSet<>();
    for (UnitSpreadsheet.Row row : rows) {
      UnitDraft d = row.draft();
      String code = d.code().strip().toUpperCase(Locale.ROOT);
      Unit unit = existingByCode.get(code);
      if (unit == null) {
        unit = units.save(new Unit(code, d.name(), ExternalAgencies.classify(d.name(), d.type()), null, d.aliases()));
        existingByCode.put(code, unit);
        createdNow.add(unit.getId());
        created++;
      } else {
        updated++;
      }
    }
    units.flush();
    for (UnitSpreadsheet.Row row : rows) {
      UnitDraft d = row.draft();
      Unit unit = existingByCode.get(d.code().strip().toUpperCase(Locale.ROOT));
      Long parentId = d.parentCode() == null || d.parentCode().isBlank() ? null
          : existingByCode.get(d.parentCode().strip().toUpperCase(Locale.ROOT)).getId();
      unit.change(d.name(), unit.getId() != null && createdNow.contains(unit.getId())
          ? ExternalAgencies.classify(d.name(), d.type()) : d.type(), parentId, d.aliases(), d.active());
    }
    List<String> cycles = cycles(existingByCode.values());
    if (!cycles.isEmpty()) {
      throw new DomainException(HttpStatus.BAD_REQUEST, cycles, "org.import.failed", cycles.size());
    }
    return new ImportResult(created, updated);
  }

  /** Counts of an import that went through. */
  public record ImportResult(int created, int updated) {}

  private List<String> check(UnitDraft d, Unit self, Map<String, String> taken) {
    List<String> problems = new ArrayList<>(checkFields(d));
    if (problems.isEmpty()) {
      String code = d.code().strip().toUpperCase(Locale.ROOT);
      Optional<Unit> sameCode = units.findByCodeIgnoreCase(code);
      if (sameCode.isPresent() && (self == null || !sameCode.get().getId().equals(self.getId()))) {
        problems.add(msg("org.err.codeTaken", code, sameCode.get().getName()));
      }
      if (self != null && !self.getCode().equals(code)) {
        problems.add(msg("org.err.codeFixed"));
      }
      if (d.parentCode() != null && !d.parentCode().isBlank()) {
        Optional<Unit> parent = units.findByCodeIgnoreCase(d.parentCode().strip());
        if (parent.isEmpty()) {
          problems.add(msg("org.err.noParent", d.parentCode()));
        } else if (self != null && createsCycle(self.getId(), parent.get())) {
          problems.add(msg("org.err.cycle"));
        }
      }
    }
    Set<String> own = new HashSet<>();
    List<String> allNames = new ArrayList<>();
    allNames.add(d.name());
    allNames.addAll(d.aliases());
    for (String n : allNames) {
      String key = VietnameseText.fold(n);
      if (key.isEmpty() || !own.add(key)) {
        continue;
      }
      String owner = taken.get(key);
      if (owner != null) {
        problems.add(msg("org.err.nameClash", n, owner));
      }
    }
    return problems;
  }

  private List<String> checkFields(UnitDraft d) {
    List<String> problems = new ArrayList<>();
    if (d.code() == null || !CODE.matcher(d.code().strip().toUpperCase(Locale.ROOT)).matches()) {
      problems.add(msg("org.err.code"));
    }
    if (d.name() == null || d.name().isBlank()) {
      problems.add(msg("org.err.nameRequired"));
    } else if (d.name().length() > 300) {
      problems.add(msg("org.err.nameTooLong"));
    }
    if (d.type() == null) {
      problems.add(msg("org.err.typeRequired"));
    }
    for (String alias : d.aliases()) {
      if (alias.length() > 300) {
        problems.add(msg("org.err.aliasTooLong", alias.substring(0, 40)));
      }
    }
    return problems;
  }

  /** Folded name → who holds it, for every unit except {@code exceptUnitId} and every collective name. */
  private Map<String, String> namesExcept(Long exceptUnitId) {
    Map<String, String> taken = new HashMap<>();
    for (Unit u : units.findAll()) {
      if (!u.getId().equals(exceptUnitId)) {
        u.names().forEach(n -> taken.put(VietnameseText.fold(n), msg("org.owner.unit", u.getName(), u.getCode())));
      }
    }
    for (CollectiveName c : collectives.findAll()) {
      c.names().forEach(n -> taken.put(VietnameseText.fold(n), msg("org.owner.collective", c.getPhrase())));
    }
    return taken;
  }

  private boolean createsCycle(long selfId, Unit parent) {
    Set<Long> seen = new HashSet<>();
    for (Unit p = parent; p != null; p = p.getParentId() == null ? null : units.findById(p.getParentId()).orElse(null)) {
      if (p.getId() == selfId || !seen.add(p.getId())) {
        return true;
      }
    }
    return false;
  }

  private List<String> cycles(Collection<Unit> all) {
    Map<Long, Long> parentOf = new HashMap<>();
    Map<Long, Unit> byId = new HashMap<>();
    all.forEach(u -> {
      parentOf.put(u.getId(), u.getParentId());
      byId.put(u.getId(), u);
    });
    List<String> problems = new ArrayList<>();
    for (Unit u : all) {
      Set<Long> seen = new HashSet<>();
      for (Long at = u.getId(); at != null; at = parentOf.get(at)) {
        if (!seen.add(at)) {
          problems.add(u.getCode() + ": " + msg("org.err.cycle"));
          break;
        }
      }
    }
    return problems;
  }

  private Long parentId(String parentCode) {
    if (parentCode == null || parentCode.isBlank()) {
      return null;
    }
    return units.findByCodeIgnoreCase(parentCode.strip()).map(Unit::getId).orElse(null);
  }
}
