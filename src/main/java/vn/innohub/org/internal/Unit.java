package vn.innohub.org.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.shared.text.VietnameseText;

/** Đơn vị: a unit of the province — People's Committee, department, organisation, school, commune or ward. */
@Entity
@Table(name = "org_unit")
public class Unit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UnitType type;

  @Column(name = "parent_id")
  private Long parentId;

  private boolean active = true;

  /** ADMIN switched the report obligation on for this unit outside the province (ignored for the province's units). */
  @Column(name = "reporting_on", nullable = false)
  private boolean reportingOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
  @OrderColumn(name = "position")
  @Column(name = "alias", length = 300)
  private List<String> aliases = new ArrayList<>();

  @Version
  private long version;

  protected Unit() {}

  public Unit(String code, String name, UnitType type, Long parentId, List<String> aliases) {
    this.code = code;
    change(name, type, parentId, aliases, true);
  }

  /** Replaces the editable fields together; aliases are tidied and de-duplicated by their folded form. */
  public final void change(String newName, UnitType newType, Long newParentId, List<String> newAliases, boolean isActive) {
    this.name = VietnameseText.tidy(newName);
    this.type = newType;
    this.parentId = newParentId;
    this.active = isActive;
    Set<String> seen = new LinkedHashSet<>();
    seen.add(VietnameseText.fold(this.name));
    aliases.clear();
    for (String alias : newAliases == null ? List.<String>of() : newAliases) {
      String tidy = VietnameseText.tidy(alias);
      if (!tidy.isEmpty() && seen.add(VietnameseText.fold(tidy))) {
        aliases.add(tidy);
      }
    }
  }

  /** The official name and every alias: the names by which plans refer to this unit. */
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  public UnitSummary summary() {
    return new UnitSummary(id, code, name, aliases, type, parentId, active, reports());
  }

  /** Whether the unit must report: every unit of the province; one outside it only when switched on. */
  public boolean reports() {
    return !type.outsideProvince() || reportingOn;
  }

  public boolean isReportingOn() {
    return reportingOn;
  }

  public void switchReporting(boolean on) {
    this.reportingOn = on;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitType getType() {
    return type;
  }

  public Long getParentId() {
    return parentId;
  }

  public boolean isActive() {
    return active;
  }

  public List<String> getAliases() {
    return List.copyOf(aliases);
  }

  public long getVersion() {
    return version;
  }
}
