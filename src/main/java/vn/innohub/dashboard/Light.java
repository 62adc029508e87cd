package vn.innohub.dashboard;

/** Đèn tín hiệu: where a target stands against the straight path from its baseline to its value by its year. */
public enum Light {
  ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, QUALITATIVE;

  /** The colour of its dot on the dashboard: green, amber, red, else grey. */
  public String colour() {
    return switch (this) {
      case ON_TRACK -> "#198754";
      case AT_RISK -> "#ffc107";
      case OFF_TRACK -> "#dc3545";
      default -> "#adb5bd";
    };
  }
}
