package vn.innohub.org;

import java.util.List;

/**
 * Đơn vị: a unit as other modules see it. {@code reports}: the unit has a report obligation (every unit of the
 * province; a unit outside it — {@link UnitType#outsideProvince()} — only when ADMIN switched reporting on for it).
 */
public record UnitSummary(long id, String code, String name, List<String> aliases, UnitType type, Long parentId,
    boolean active, boolean reports) {

  public UnitSummary {
    aliases = List.copyOf(aliases);
  }

  /** A unit with its type's default obligation. */
  public UnitSummary(long id, String code, String name, List<String> aliases, UnitType type, Long parentId,
      boolean active) {
    this(id, code, name, aliases, type, parentId, active, type == null || !type.outsideProvince());
  }
}
