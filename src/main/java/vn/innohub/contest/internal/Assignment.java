package vn.innohub.contest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.innohub.shared.text.VietnameseText;

/**
 * Phân công giám khảo: gives each application k judges of the round's panel (all of them when fewer are free of
 * conflict), balancing load first (the least-loaded judge is taken first, so max − min ≤ 1 whenever the conflicts
 * allow it), then preferring judges whose declared expertise covers the application's theme. A judge with a conflict
 * — declared for the application, or a declared link equal to the applicant's organisation or directory profile —
 * is never assigned. Pure: no database, no clock.
 */
public final class Assignment {

  private Assignment() {}

  /** An application to assign: its theme and the organisation names / profile slugs it belongs to. */
  public record Candidate(long applicationId, String theme, Set<String> organisations) {
    public Candidate {
      organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
    }
  }

  /** A judge of the panel with declared expertise (themes) and links (organisation names, profile slugs). */
  public record Judge(long userId, Set<String> expertise, Set<String> links) {
    public Judge {
      expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
      links = links == null ? Set.of() : Set.copyOf(links);
    }
  }

  public record Pair(long applicationId, long judgeUserId) {}

  /** Whether the judge may not see or score the application. */
  public static boolean conflicted(Candidate application, Judge judge, Set<Pair> declared) {
    if (declared.contains(new Pair(application.applicationId(), judge.userId()))) {
      return true;
    }
    Set<String> orgs = keys(application.organisations());
    return keys(judge.links()).stream().anyMatch(orgs::contains);
  }

  private static boolean expert(Candidate application, Judge judge) {
    return application.theme() != null && keys(judge.expertise()).contains(key(application.theme()));
  }

  /**
   * New pairs to add. {@code existing} pairs (already scored) are kept and count in the load; the most constrained
   * applications (fewest judges free of conflict) are served first.
   */
  public static List<Pair> assign(List<Candidate> applications, List<Judge> panel, Set<Pair> declaredConflicts,
      Set<Pair> existing, int k) {
    Map<Long, Integer> load = new HashMap<>();
    panel.forEach(j -> load.put(j.userId(), 0));
    existing.forEach(p -> load.computeIfPresent(p.judgeUserId(), (id, n) -> n + 1));
    Map<Long, List<Judge>> free = new HashMap<>();
    for (Candidate a : applications) {
      free.put(a.applicationId(), panel.stream().filter(j -> !conflicted(a, j, declaredConflicts)).toList());
    }
    List<Candidate> order = new ArrayList<>(applications);
    order.sort(Comparator.comparingInt((Candidate a) -> free.get(a.applicationId()).size())
        .thenComparingLong(Candidate::applicationId));
    List<Pair> added = new ArrayList<>();
    for (Candidate a : order) {
      List<Judge> options = free.get(a.applicationId());
      Set<Long> already = new HashSet<>();
      existing.stream().filter(p -> p.applicationId() == a.applicationId()).forEach(p -> already.add(p.judgeUserId()));
      int need = Math.min(k, options.size()) - (int) options.stream().filter(j -> already.contains(j.userId())).count();
      List<Judge> pick = options.stream().filter(j -> !already.contains(j.userId()))
          .sorted(Comparator.comparingInt((Judge j) -> load.get(j.userId()))
              .thenComparing(j -> expert(a, j) ? 0 : 1)
              .thenComparingLong(Judge::userId))
          .limit(Math.max(0, need)).toList();
      for (Judge j : pick) {
        load.merge(j.userId(), 1, Integer::sum);
        added.add(new Pair(a.applicationId(), j.userId()));
      }
    }
    return added;
  }

  private static Set<String> keys(Set<String> values) {
    return values.stream().filter(Objects::nonNull).map(Assignment::key).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  static String key(String value) {
    return value == null ? "" : VietnameseText.fold(value).strip();
  }
}
