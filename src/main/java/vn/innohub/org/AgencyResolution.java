package vn.innohub.org;

import java.util.List;

/**
 * The units an agency text from a plan stands for ("Sở KH&CN; UBND các xã, phường và các đơn vị liên quan"),
 * with each recognised part and whatever could not be recognised.
 */
public record AgencyResolution(String text, List<Long> unitIds, List<Part> parts) {

  public AgencyResolution {
    unitIds = List.copyOf(unitIds);
    parts = List.copyOf(parts);
  }

  /** How one piece of the text was understood. */
  public enum Kind {
    /** A unit by its name, short name or alias. */
    UNIT,
    /** A collective name standing for a set of units. */
    COLLECTIVE,
    /** A vague mention ("các cơ quan, đơn vị liên quan") that names no particular unit. */
    VAGUE,
    /** Text that looks like a name but matches no unit: the administrator should add a unit or an alias. */
    UNRESOLVED;

    public boolean unresolved() {
      return this == UNRESOLVED;
    }
  }

  /** One piece of the text, as written, and the units it stands for. */
  public record Part(String text, Kind kind, List<Long> unitIds) {
    public Part {
      unitIds = List.copyOf(unitIds);
    }
  }

  public List<String> unresolved() {
    return parts.stream().filter(p -> p.kind() == Kind.UNRESOLVED).map(Part::text).toList();
  }

  public boolean fullyResolved() {
    return unresolved().isEmpty();
  }
}
