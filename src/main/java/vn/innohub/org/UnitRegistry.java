package vn.innohub.org;

import java.util.List;

/** Writing side of the unit list, for set-up code (demo province, provisioning scripts). */
public interface UnitRegistry {

  UnitSummary create(UnitDraft draft);

  /** Creates the given units in order (parents before children); refused as a whole if any is invalid. */
  List<UnitSummary> createAll(List<UnitDraft> drafts);
}
