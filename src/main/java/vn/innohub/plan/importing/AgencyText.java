package vn.innohub.plan.importing;

import java.util.List;

/**
 * An agency cell as written, the units it resolved to (ids and canonical names), and any part that resolved to
 * no unit — kept and flagged, never dropped.
 */
public record AgencyText(String text, List<Long> unitIds, List<String> unitNames, List<String> unresolved) {

  public AgencyText {
    text = text == null ? "" : text;
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    unitNames = unitNames == null ? List.of() : List.copyOf(unitNames);
    unresolved = unresolved == null ? List.of() : List.copyOf(unresolved);
  }

  public static AgencyText empty() {
    return new AgencyText("", List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return text.isBlank();
  }

  public boolean hasUnresolved() {
    return !unresolved.isEmpty();
  }
}
