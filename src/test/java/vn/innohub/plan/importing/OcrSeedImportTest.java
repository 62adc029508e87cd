package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shared seed as a scan through OCR would give it: diacritics stripped, OCR noise injected with a seeded
 * Random, tab separators written as " | ". It must be read, not refused, and yield at least 85 % of the targets and
 * tasks of the clean import with the right code. The clean import's counts are those SeedPlanImportTest checks by
 * hand. Skipped with a notice when ../shared/seeds is absent.
 */
class OcrSeedImportTest {

  /** Folds as OCR without a Vietnamese model does, written here independently of the importer's folding. */
  private static String strip(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
  }

  private static Set<String> words(String text) {
    String bare = strip(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    return new HashSet<>(Arrays.asList(bare.split(" ")));
  }

  /** A clean item is found when an OCR item not yet taken has its code and most of its name's words. */
  private record Item(String code, String name, List<Long> lead) {}

  private static int[] found(List<Item> clean, List<Item> ocr) {
    boolean[] taken = new boolean[ocr.size()];
    int found = 0;
    int sameLead = 0;
    for (Item c : clean) {
      Set<String> want = words(c.name());
      for (int i = 0; i < ocr.size(); i++) {
        if (taken[i] || !ocr.get(i).code().equals(c.code())) {
          continue;
        }
        Set<String> got = words(ocr.get(i).name());
        long shared = want.stream().filter(got::contains).count();
        if (shared * 10 >= want.size() * 6L) {
          taken[i] = true;
          found++;
          sameLead += ocr.get(i).lead().equals(c.lead()) ? 1 : 0;
          break;
        }
      }
    }
    return new int[] {found, sameLead};
  }

  private static List<Item> items(ParsedPlan p) {
    List<Item> items = new ArrayList<>();
    p.targets().forEach(t -> items.add(new Item("T" + t.code(), t.name(), t.lead().unitIds())));
    p.tasks().forEach(t -> items.add(new Item(t.code(), t.name(), t.lead().unitIds())));
    return items;
  }

  @ParameterizedTest(name = "seed {0} ({1} targets and {2} tasks when clean), noise in one word of {3}")
  @CsvSource({"000, 21, 61, 12", "002, 9, 31, 12", "003, 0, 9, 12", "000, 21, 61, 4", "002, 9, 31, 4", "003, 0, 9, 4"})
  void aSeedAsOcrTextWithoutDiacriticsIsReadAndYieldsMostTargetsAndTasksWithTheirCodes(String seed, int targets,
      int tasks, int noiseEvery) throws IOException {
    List<String> lines = SeedPlans.lines(seed);
    ParsedPlan clean = SeedPlans.parse(seed);
    assertThat(clean.targets()).hasSize(targets);
    assertThat(clean.tasks()).hasSize(tasks);

    String ocr = OcrSamples.noisy(strip(String.join("\n", lines)), 18L + Integer.parseInt(seed), noiseEvery)
        .replace("\t", " | ");
    assertThat(ocr).contains("Ke hoach", " | ".repeat(seed.equals("000") ? 1 : 0)).doesNotContain("\t");
    byte[] bytes = ocr.getBytes(StandardCharsets.UTF_8);
    assertThatCode(() -> PlanReading.read("scan.txt", bytes, SeedPlans.lookup(), 2026)).doesNotThrowAnyException();
    ParsedPlan read = PlanReading.read("scan.txt", bytes, SeedPlans.lookup(), 2026);

    List<Item> want = items(clean);
    int[] f = found(want, items(read));
    double share = 100.0 * f[0] / want.size();
    double leads = f[0] == 0 ? 0 : 100.0 * f[1] / f[0];
    String figures = String.format(Locale.ROOT, "seed %s as OCR text (noise in ~1 word of %d): %d of %d targets and tasks found with the right"
        + " code (%.1f %%), %d of them with the same lead units (%.1f %%); read %d targets, %d tasks", seed, noiseEvery, f[0],
        want.size(), share, f[1], leads, read.targets().size(), read.tasks().size());
    System.out.println(figures);
    assertThat(share).as(figures).isGreaterThanOrEqualTo(85.0);
  }
}
