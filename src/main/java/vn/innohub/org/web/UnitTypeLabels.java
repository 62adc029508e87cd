package vn.innohub.org.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.innohub.org.UnitType;
import vn.innohub.shared.web.Messages;

/** Unit type names as shown to people (and accepted in spreadsheets). */
@Component
class UnitTypeLabels {

  private final Messages messages;

  UnitTypeLabels(Messages messages) {
    this.messages = messages;
  }

  Map<UnitType, String> in(Locale locale) {
    Map<UnitType, String> labels = new EnumMap<>(UnitType.class);
    for (UnitType t : UnitType.values()) {
      labels.put(t, messages.get(locale, "unitType." + t.name()));
    }
    return labels;
  }

  Map<UnitType, String> vietnamese() {
    return in(Messages.VI);
  }
}
