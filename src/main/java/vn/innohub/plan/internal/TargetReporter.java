package vn.innohub.plan.internal;

import java.util.Collection;

/** Which agency reports a REPORTED_BY/RANK target's provincial value. */
final class TargetReporter {

  private TargetReporter() {}

  /**
   * The agency ADMIN chose; else the target's compiling agency ("cơ quan tổng hợp/theo dõi", lowest id when the
   * plan names several); else its first lead unit (lowest id); null when the target names none.
   */
  static Long of(Long chosen, Collection<Long> aggregators, Collection<Long> leads) {
    if (chosen != null) {
      return chosen;
    }
    Long aggregator = aggregators.stream().min(Long::compare).orElse(null);
    return aggregator != null ? aggregator : leads.stream().min(Long::compare).orElse(null);
  }
}
