package vn.innohub.org;

import java.util.List;

/** Đơn vị: a unit as other modules see it. */
public record UnitSummary(long id, String code, String name, List<String> aliases, UnitType type, Long parentId,
    boolean active) {

  public UnitSummary {
    aliases = List.copyOf(aliases);
  }
}
