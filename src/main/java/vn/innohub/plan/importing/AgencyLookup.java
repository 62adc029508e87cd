package vn.innohub.plan.importing;

/** Resolves an agency text to units; built once per import and reused for every cell. */
@FunctionalInterface
public interface AgencyLookup {

  AgencyText resolve(String text);

  /** A lookup that resolves nothing: every agency is kept as text and flagged. */
  static AgencyLookup none() {
    return text -> new AgencyText(text, java.util.List.of(), java.util.List.of(),
        text == null || text.isBlank() ? java.util.List.of() : java.util.List.of(text));
  }
}
