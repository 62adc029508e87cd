package vn.innohub.plan.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.innohub.org.UnitSummary;
import vn.innohub.shared.text.DiacriticRestorer;

/**
 * Từ vựng khôi phục dấu: the vocabulary the diacritic restorer of plan imports learns from — the Vietnamese word
 * list (Debian hunspell-vi), the bundled administrative texts (plan/vocabulary/*.txt), the product's messages, the
 * province's unit names and aliases, and the plans imported before.
 */
public final class PlanVocabulary {

  /** Debian's hunspell-vi word list; absent on a machine without the package, and then not used. */
  public static final Path HUNSPELL = Path.of("/usr/share/hunspell/vi_VN.dic");

  /** Unit names and aliases weigh more than running text: they are the exact spellings of the province. */
  static final double UNIT_WEIGHT = 3;
  public static final double PLAN_WEIGHT = 1;
  static final double CORPUS_WEIGHT = 1;
  static final double MESSAGE_WEIGHT = 0.5;

  private PlanVocabulary() {}

  /** The word list, the bundled texts and the messages: what every province shares. */
  public static DiacriticRestorer.Builder standard() {
    DiacriticRestorer.Builder b = DiacriticRestorer.builder().hunspell(HUNSPELL);
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:plan/vocabulary/*.txt")) {
        b.text(r.getContentAsString(StandardCharsets.UTF_8), CORPUS_WEIGHT);
      }
      for (Resource file : vn.innohub.shared.web.MessageBundles.bundleFiles()) {
        if (file.getFilename() == null || file.getFilename().contains("_")) {
          continue; // the Vietnamese texts only
        }
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
          messages.load(in);
        }
        messages.values().forEach(v -> b.text(String.valueOf(v).replaceAll("\\{\\d+}", " . "), MESSAGE_WEIGHT));
      }
    } catch (IOException e) {
      // the bundled texts are part of the jar; without them the restorer still has the word list
    }
    return b;
  }

  /** The province's units: names and aliases as exact phrases. */
  public static DiacriticRestorer.Builder units(DiacriticRestorer.Builder b, Iterable<UnitSummary> units) {
    for (UnitSummary u : units) {
      b.phrase(u.name(), UNIT_WEIGHT);
      u.aliases().forEach(a -> b.phrase(a, UNIT_WEIGHT));
    }
    return b;
  }

  /** A plan imported before: its target and task names, contents, outputs and agency texts. */
  public static DiacriticRestorer.Builder plan(DiacriticRestorer.Builder b, ParsedPlan p) {
    b.text(p.title(), PLAN_WEIGHT);
    for (ParsedPlan.Target t : p.targets()) {
      b.text(t.name(), PLAN_WEIGHT);
      b.text(t.lead().text(), PLAN_WEIGHT);
      b.text(t.coordinating().text(), PLAN_WEIGHT);
      b.text(t.aggregator().text(), PLAN_WEIGHT);
    }
    for (ParsedPlan.Task t : p.tasks()) {
      b.text(t.name(), PLAN_WEIGHT);
      b.text(t.content(), PLAN_WEIGHT);
      b.text(t.outputs(), PLAN_WEIGHT);
      b.text(t.lead().text(), PLAN_WEIGHT);
      b.text(t.coordinating().text(), PLAN_WEIGHT);
    }
    return b;
  }
}
