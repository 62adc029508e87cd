package vn.innohub.org;

import java.util.List;
import java.util.Set;

/**
 * Tên gọi chung: a collective name used in plans ("UBND các xã, phường", "Các sở, ban, ngành") and
 * the unit types (and any listed units) it stands for.
 */
public record CollectiveSummary(long id, String phrase, List<String> variants, Set<UnitType> types, Set<Long> unitIds) {

  public CollectiveSummary {
    variants = List.copyOf(variants);
    types = Set.copyOf(types);
    unitIds = Set.copyOf(unitIds);
  }
}
