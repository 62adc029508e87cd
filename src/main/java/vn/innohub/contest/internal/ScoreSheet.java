package vn.innohub.contest.internal;

import java.util.List;

/** Phiếu chấm: one judge's scores (rubric order) and a comment per criterion. */
public record ScoreSheet(List<Double> scores, List<String> comments) {
  public ScoreSheet {
    scores = List.copyOf(scores);
    comments = comments == null ? List.of() : comments.stream().map(c -> c == null ? "" : c).toList();
  }
}
