package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.shared.text.DiacriticRestorer;

/**
 * Diacritic restoration measured on the shared seeds, leave-one-out: the seed measured is not in the vocabulary
 * (the other two seeds stand for the plans imported before, the demo province's units for the registry). Its task
 * names, target names and agency texts as parsed from the ORIGINAL seed are the expected texts; each is stripped
 * here (NFD, marks removed, đ → d, written independently of the restorer) and restored. The assertions hold the
 * level achieved (a ratchet: lower it never, raise it when the model improves). Skipped without ../shared/seeds.
 */
class DiacriticRestorationSeedTest {

  private static final String[] SEEDS = {"000", "002", "003"};
  /** Per seed: task-name words right, all; agency texts right, all — summed after the three seeds. */
  private static final List<long[]> TOTALS = new java.util.concurrent.CopyOnWriteArrayList<>();

  static String strip(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Words restored exactly (same position), out of the expected words. */
  private static int[] wordScore(List<String> expected, DiacriticRestorer r) {
    int right = 0;
    int all = 0;
    for (String e : expected) {
      List<String> want = words(e);
      List<String> got = words(r.restore(strip(e)));
      all += want.size();
      for (int i = 0; i < want.size() && i < got.size(); i++) {
        right += want.get(i).equals(got.get(i)) ? 1 : 0;
      }
    }
    return new int[] {right, all};
  }

  static DiacriticRestorer leaveOneOut(String seed) throws IOException {
    DiacriticRestorer.Builder b = PlanVocabulary.standard();
    PlanVocabulary.units(b, SeedPlans.PROVINCE.units);
    for (String other : SEEDS) {
      if (!other.equals(seed)) {
        PlanVocabulary.plan(b, SeedPlans.parse(other));
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}: task-name words ≥ {1} %, agency texts ≥ {2} %, target-name words ≥ {3} %")
  @CsvSource({"000, 98.5, 98.0, 98.0", "002, 97.5, 99.9, 93.5", "003, 97.5, 99.9, 0"})
  void strippedSeedTextIsRestoredFromTheOtherSeedsTheRegistryAndTheWordList(String seed, double taskWords,
      double agencies, double targetWords) throws IOException {
    ParsedPlan original = SeedPlans.parse(seed);
    long start = System.nanoTime();
    DiacriticRestorer r = leaveOneOut(seed);
    long built = System.nanoTime();

    List<String> tasks = original.tasks().stream().map(ParsedPlan.Task::name).toList();
    List<String> targets = original.targets().stream().map(ParsedPlan.Target::name).toList();
    List<String> agencyTexts = new ArrayList<>();
    original.tasks().forEach(t -> agencyTexts.addAll(List.of(t.lead().text(), t.coordinating().text())));
    original.targets().forEach(t -> agencyTexts.addAll(List.of(t.lead().text(), t.coordinating().text(), t.aggregator().text())));
    agencyTexts.removeIf(String::isBlank);
    Set<String> distinct = new LinkedHashSet<>(agencyTexts);

    int[] taskScore = wordScore(tasks, r);
    int[] targetScore = wordScore(targets, r);
    long agencyRight = agencyTexts.stream().filter(a -> r.restore(strip(a)).equals(a)).count();
    long distinctRight = distinct.stream().filter(a -> r.restore(strip(a)).equals(a)).count();
    for (String a : distinct) {
      String got = r.restore(strip(a));
      if (!got.equals(a)) {
        System.out.println("  agency  want: " + a + "\n          got:  " + got);
      }
    }
    for (String t : tasks) {
      String got = r.restore(strip(t));
      if (!got.equals(t)) {
        System.out.println("  task    want: " + t + "\n          got:  " + got);
      }
    }
    double taskShare = 100.0 * taskScore[0] / Math.max(1, taskScore[1]);
    double targetShare = 100.0 * targetScore[0] / Math.max(1, targetScore[1]);
    double agencyShare = 100.0 * agencyRight / Math.max(1, agencyTexts.size());
    System.out.printf("DIACRITICS seed %s: task-name words %d/%d = %.1f %%; target-name words %d/%d = %.1f %%; "
            + "agency texts %d/%d = %.1f %% (distinct %d/%d); model %d syllables, %d bigrams, %d phrases, built in %d ms%n",
        seed, taskScore[0], taskScore[1], taskShare, targetScore[0], targetScore[1], targetShare, agencyRight,
        agencyTexts.size(), agencyShare, distinctRight, distinct.size(), r.size(), r.bigrams(), r.phraseCount(),
        (built - start) / 1_000_000);

    TOTALS.add(new long[] {taskScore[0], taskScore[1], agencyRight, agencyTexts.size()});
    assertThat(taskShare).isGreaterThanOrEqualTo(taskWords);
    assertThat(agencyShare).isGreaterThanOrEqualTo(agencies);
    assertThat(targetShare).isGreaterThanOrEqualTo(targetWords);
  }

  /** The issue's targets over the three seeds together: ≥ 95 % of agency texts, ≥ 85 % of task-name words. */
  @org.junit.jupiter.api.AfterAll
  static void overTheThreeSeedsTheIssuesTargetsAreMet() {
    if (TOTALS.size() < SEEDS.length) {
      return;
    }
    long[] sum = new long[4];
    TOTALS.forEach(t -> {
      for (int i = 0; i < 4; i++) {
        sum[i] += t[i];
      }
    });
    double words = 100.0 * sum[0] / sum[1];
    double agencies = 100.0 * sum[2] / sum[3];
    System.out.printf("DIACRITICS all seeds: task-name words %d/%d = %.1f %%; agency texts %d/%d = %.1f %%%n", sum[0],
        sum[1], words, sum[2], sum[3], agencies);
    assertThat(words).isGreaterThanOrEqualTo(85);
    assertThat(agencies).isGreaterThanOrEqualTo(95);
  }

  @org.junit.jupiter.api.Test
  void theModelIsSmallAndQuickToBuild() throws IOException {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();
    DiacriticRestorer r = PlanVocabulary.units(PlanVocabulary.standard(), SeedPlans.PROVINCE.units).build();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("DIACRITICS model without plans: %d syllables, %d bigrams, %d phrases, built in %d ms, ≈ %d KB heap%n",
        r.size(), r.bigrams(), r.phraseCount(), ms, Math.max(0, after - before) / 1024);
    assertThat(r.restore("So Khoa hoc va Cong nghe")).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(ms).isLessThan(10_000);
  }
}
