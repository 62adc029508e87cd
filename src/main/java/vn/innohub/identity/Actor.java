package vn.innohub.identity;

import java.util.Set;

/** The signed-in person as other modules see them: roles and the units they act for. */
public record Actor(long userId, String username, String displayName, Set<Role> roles, Set<Long> unitIds) {

  public Actor {
    roles = Set.copyOf(roles);
    unitIds = Set.copyOf(unitIds);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Admins act for every unit; unit officers only for their own. */
  public boolean canActFor(long unitId) {
    return has(Role.ADMIN) || (has(Role.UNIT_OFFICER) && unitIds.contains(unitId));
  }

  /** Admins and leaders read every unit's data; unit officers their own units'. */
  public boolean canRead(long unitId) {
    return has(Role.ADMIN) || has(Role.LEADER) || canActFor(unitId);
  }
}
