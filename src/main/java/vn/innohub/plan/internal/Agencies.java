package vn.innohub.plan.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.plan.importing.AgencyLookup;
import vn.innohub.plan.importing.AgencyText;

/** Agency texts of plans, resolved through the organisation module's resolver. */
@Component
public class Agencies {

  private final OrgDirectory org;

  public Agencies(OrgDirectory org) {
    this.org = org;
  }

  /** A lookup over the units as they are now; build one per import or edit and reuse it. */
  public AgencyLookup lookup() {
    Function<String, AgencyResolution> resolver = org.resolver();
    Map<Long, String> names = new HashMap<>();
    for (UnitSummary u : org.all()) {
      names.put(u.id(), u.name());
    }
    return text -> {
      AgencyResolution r = resolver.apply(text);
      return new AgencyText(text, r.unitIds(), r.unitIds().stream().map(names::get).toList(), r.unresolved());
    };
  }

  /** The units as they are now: their names and aliases are the vocabulary of diacritic restoration. */
  public List<UnitSummary> units() {
    return org.all();
  }

  /** Names of the given units (unknown ones left out). */
  public Map<Long, String> names(java.util.Collection<Long> unitIds) {
    return org.names(List.copyOf(unitIds));
  }

  /** An agency cell as typed; a blank cell is an empty agency, not an unresolved one. */
  static AgencyText resolve(AgencyLookup lookup, String text) {
    String tidy = vn.innohub.shared.text.VietnameseText.tidy(text);
    return tidy.isEmpty() ? AgencyText.empty() : lookup.resolve(tidy);
  }

  static Set<UnitRole> roles(UnitRole.Role role, AgencyText text) {
    Set<UnitRole> out = new LinkedHashSet<>();
    text.unitIds().forEach(id -> out.add(new UnitRole(role, id)));
    return out;
  }

  static List<String> unresolved(AgencyText... texts) {
    return java.util.Arrays.stream(texts).flatMap(t -> t.unresolved().stream()).distinct().toList();
  }
}
