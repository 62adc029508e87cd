package vn.innohub.org.web;

import java.util.Arrays;
import java.util.List;
import vn.innohub.org.UnitType;
import vn.innohub.org.internal.Unit;
import vn.innohub.org.UnitDraft;

/** The unit edit form: aliases typed one per line. */
public class UnitForm {

  private String code;
  private String name;
  private String aliases = "";
  private UnitType type;
  private String parentCode;
  private boolean active = true;
  private boolean reportingOn;
  private long version;

  static UnitForm of(Unit unit, String parentCode) {
    UnitForm f = new UnitForm();
    f.code = unit.getCode();
    f.name = unit.getName();
    f.aliases = String.join("\n", unit.getAliases());
    f.type = unit.getType();
    f.parentCode = parentCode;
    f.active = unit.isActive();
    f.reportingOn = unit.isReportingOn();
    f.version = unit.getVersion();
    return f;
  }

  UnitDraft draft() {
    List<String> list = aliases == null ? List.of()
        : Arrays.stream(aliases.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new UnitDraft(code, name, list, type, parentCode, active, reportingOn);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public UnitType getType() {
    return type;
  }

  public void setType(UnitType type) {
    this.type = type;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** For a unit outside the province: ADMIN gives it a report obligation (and a place in the ranking). */
  public boolean isReportingOn() {
    return reportingOn;
  }

  public void setReportingOn(boolean reportingOn) {
    this.reportingOn = reportingOn;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
