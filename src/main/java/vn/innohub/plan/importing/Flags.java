package vn.innohub.plan.importing;

import java.util.EnumSet;
import java.util.List;
import vn.innohub.plan.Quantity;
import vn.innohub.plan.Schedule;
import vn.innohub.plan.importing.ParsedPlan.Flag;

/** Which fields of a task or target need a person's eye — the same rules for import, correction and editing. */
public final class Flags {

  private Flags() {}

  public static List<Flag> ofTask(String name, AgencyText lead, AgencyText coordinating, Schedule schedule) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (lead.isEmpty()) {
      flags.add(Flag.LEAD_MISSING);
    }
    if (lead.hasUnresolved() || coordinating.hasUnresolved()) {
      flags.add(Flag.AGENCY_UNRESOLVED);
    }
    if (schedule.needsDate()) {
      flags.add(Flag.SCHEDULE_NEEDS_DATE);
    }
    if (name == null || name.isBlank()) {
      flags.add(Flag.NAME_MISSING);
    }
    return List.copyOf(flags);
  }

  public static List<Flag> ofTarget(String name, Quantity value, AgencyText... agencies) {
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    if (value.uncertain()) {
      flags.add(Flag.VALUE_UNCERTAIN);
    }
    for (AgencyText a : agencies) {
      if (a.hasUnresolved()) {
        flags.add(Flag.AGENCY_UNRESOLVED);
      }
    }
    if (name == null || name.isBlank()) {
      flags.add(Flag.NAME_MISSING);
    }
    return List.copyOf(flags);
  }

  /** Flags as stored with a committed row: comma-separated names, or null when there are none. */
  public static String stored(List<Flag> flags) {
    return flags.isEmpty() ? null : String.join(",", flags.stream().map(Flag::name).toList());
  }
}
