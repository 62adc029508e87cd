package vn.innohub.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Danh mục đơn vị: read access to the province's units and the agency resolver, for every module. */
public interface OrgDirectory {

  Optional<UnitSummary> find(long id);

  List<UnitSummary> all();

  /** Names of the given units in one lookup (unknown ids are left out). */
  java.util.Map<Long, String> names(Collection<Long> ids);

  List<UnitSummary> ofTypes(Collection<UnitType> types);

  /** Reads an agency text as written in a plan and names the units it stands for. */
  AgencyResolution resolve(String agencyText);

  /** A resolver over the units as they are now, to reuse for many texts (a whole plan import). */
  java.util.function.Function<String, AgencyResolution> resolver();
}
