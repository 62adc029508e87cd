package vn.innohub.org;

import java.util.List;

/**
 * The editable fields of a unit, as typed in the form, the API or a spreadsheet row. {@code reportingOn}: for a unit
 * outside the province, whether ADMIN switched its report obligation on (null: leave as it is; off for a new unit).
 */
public record UnitDraft(String code, String name, List<String> aliases, UnitType type, String parentCode,
    boolean active, Boolean reportingOn) {

  public UnitDraft {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public UnitDraft(String code, String name, List<String> aliases, UnitType type, String parentCode, boolean active) {
    this(code, name, aliases, type, parentCode, active, null);
  }
}
