package vn.innohub.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A unit's part in a target or task: aggregating, leading or coordinating. */
@Embeddable
public class UnitRole {

  /** The parts a unit can play. */
  public enum Role { AGGREGATOR, LEAD, COORDINATING }

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 12, nullable = false)
  private Role role;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  protected UnitRole() {}

  public UnitRole(Role role, Long unitId) {
    this.role = role;
    this.unitId = unitId;
  }

  public Role getRole() {
    return role;
  }

  public Long getUnitId() {
    return unitId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRole other && other.role == role && Objects.equals(other.unitId, unitId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, unitId);
  }

  @Override
  public String toString() {
    return role + ":" + unitId;
  }
}
