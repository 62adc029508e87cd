package vn.innohub.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.contest.internal.Assignment;
import vn.innohub.contest.internal.Assignment.Candidate;
import vn.innohub.contest.internal.Assignment.Judge;
import vn.innohub.contest.internal.Assignment.Pair;

/** Assigning applications to judges: k each, balanced load, expertise preferred, conflicts never. */
class AssignmentTest {

  private static List<Candidate> apps(int n, String theme) {
    return LongStream.rangeClosed(1, n).mapToObj(i -> new Candidate(i, theme, Set.of())).toList();
  }

  private static List<Judge> judges(int n) {
    return LongStream.rangeClosed(101, 100 + n).mapToObj(i -> new Judge(i, Set.of(), Set.of())).toList();
  }

  private static Map<Long, Integer> load(List<Pair> pairs) {
    Map<Long, Integer> load = new HashMap<>();
    pairs.forEach(p -> load.merge(p.judgeUserId(), 1, Integer::sum));
    return load;
  }

  @ParameterizedTest(name = "{0} applications, {1} judges, k = {2} → {3} pairs")
  @CsvSource({"6, 4, 2, 12", "5, 3, 2, 10", "7, 3, 1, 7", "3, 5, 3, 9", "10, 4, 3, 30"})
  void everyApplicationGetsKJudgesAndTheLoadDiffersByAtMostOne(int apps, int judges, int k, int pairs) {
    List<Pair> out = Assignment.assign(apps(apps, "Nông nghiệp"), judges(judges), Set.of(), Set.of(), k);
    assertThat(out).hasSize(pairs);
    assertThat(out).doesNotHaveDuplicates();
    LongStream.rangeClosed(1, apps).forEach(a -> assertThat(out.stream().filter(p -> p.applicationId() == a)).hasSize(k));
    Map<Long, Integer> load = load(out);
    int max = load.values().stream().max(Integer::compare).orElse(0);
    int min = judges(judges).stream().mapToInt(j -> load.getOrDefault(j.userId(), 0)).min().orElse(0);
    assertThat(max - min).isLessThanOrEqualTo(1);
  }

  @Test
  void aSmallerPanelThanKMeansTheWholePanel() {
    List<Pair> out = Assignment.assign(apps(2, null), judges(1), Set.of(), Set.of(), 2);
    assertThat(out).containsExactlyInAnyOrder(new Pair(1, 101), new Pair(2, 101));
  }

  @Test
  void aJudgeLinkedToTheApplicantsOrganisationOrProfileIsNeverAssigned() {
    // Judge 101 declared "Công ty Nông Sản Bản Lầu"; the application wrote "cong ty nong san ban lau" (folded equal).
    // Judge 102 declared the profile slug of application 2.
    Judge linked = new Judge(101, Set.of(), Set.of("Công ty Nông Sản Bản Lầu"));
    Judge profile = new Judge(102, Set.of(), Set.of("nong-trai-so"));
    Judge free = new Judge(103, Set.of(), Set.of());
    List<Candidate> apps = List.of(new Candidate(1, null, Set.of("cong ty nong san ban lau")),
        new Candidate(2, null, Set.of("Hợp tác xã Mường Khương", "nong-trai-so")), new Candidate(3, null, Set.of()));
    List<Pair> out = Assignment.assign(apps, List.of(linked, profile, free), Set.of(), Set.of(), 3);
    assertThat(out).doesNotContain(new Pair(1, 101), new Pair(2, 102));
    assertThat(out).contains(new Pair(1, 102), new Pair(1, 103), new Pair(2, 101), new Pair(2, 103));
    assertThat(out.stream().filter(p -> p.applicationId() == 3)).hasSize(3);
    assertThat(Assignment.conflicted(apps.get(0), linked, Set.of())).isTrue();
    assertThat(Assignment.conflicted(apps.get(2), linked, Set.of())).isFalse();
  }

  @Test
  void aDeclaredConflictIsNeverAssignedEvenWhenThatLeavesFewerThanK() {
    List<Pair> out = Assignment.assign(apps(3, null), judges(2), Set.of(new Pair(2, 101)), Set.of(), 2);
    assertThat(out).doesNotContain(new Pair(2, 101));
    assertThat(out.stream().filter(p -> p.applicationId() == 2)).containsExactly(new Pair(2, 102));
    assertThat(out.stream().filter(p -> p.applicationId() == 1)).hasSize(2);
  }

  @Test
  void atEqualLoadTheJudgeWithTheThemeAsExpertiseIsPreferred() {
    // One judge per application: application 1 (agriculture) goes to the agriculture expert 102, application 2
    // (tourism) to the tourism expert 101, though 101 has the lower id.
    Judge tourism = new Judge(101, Set.of("Du lịch"), Set.of());
    Judge agri = new Judge(102, Set.of("nông nghiệp"), Set.of());
    List<Pair> out = Assignment.assign(List.of(new Candidate(1, "Nông nghiệp", Set.of()),
        new Candidate(2, "du lich", Set.of())), List.of(tourism, agri), Set.of(), Set.of(), 1);
    assertThat(out).containsExactlyInAnyOrder(new Pair(1, 102), new Pair(2, 101));
  }

  @Test
  void existingScoredPairsAreKeptAndCountInTheLoad() {
    // Application 1 already has judge 101 (scored); with k = 1 it needs nobody more, and application 2 goes to 102.
    List<Pair> out = Assignment.assign(apps(2, null), judges(2), Set.of(), Set.of(new Pair(1, 101)), 1);
    assertThat(out).containsExactly(new Pair(2, 102));
  }
}
