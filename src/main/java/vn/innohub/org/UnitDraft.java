package vn.innohub.org;

import java.util.List;

/** The editable fields of a unit, as typed in the form, the API or a spreadsheet row. */
public record UnitDraft(String code, String name, List<String> aliases, UnitType type, String parentCode,
    boolean active) {

  public UnitDraft {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
