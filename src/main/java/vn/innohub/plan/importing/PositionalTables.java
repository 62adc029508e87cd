package vn.innohub.plan.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the lines the plan parser reads from words placed on pages (a PDF's text layer, OCR, laid-out text):
 * prose as lines, tables as one tab-separated line per row. (First cut: lines by position, cells by gaps.)
 */
public final class PositionalTables {

  private PositionalTables() {}

  /** A rebuilt line: its text, the page it starts on, the mean OCR confidence of its words (-1 when certain). */
  public record Line(String text, int page, double confidence) {}

  public static List<Line> lines(List<PageWord> words) {
    List<PageWord> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(PageWord::page).thenComparingDouble(PageWord::centreY)
        .thenComparingDouble(PageWord::x0));
    List<Line> out = new ArrayList<>();
    List<PageWord> line = new ArrayList<>();
    for (PageWord w : sorted) {
      if (!line.isEmpty() && (line.get(0).page() != w.page() || w.centreY() > line.get(0).y1())) {
        out.add(join(line));
        line.clear();
      }
      line.add(w);
    }
    if (!line.isEmpty()) {
      out.add(join(line));
    }
    return out;
  }

  private static Line join(List<PageWord> line) {
    line.sort(Comparator.comparingDouble(PageWord::x0));
    StringBuilder b = new StringBuilder();
    PageWord prev = null;
    for (PageWord w : line) {
      if (prev != null) {
        b.append(w.x0() - prev.x1() > prev.height() ? '\t' : ' ');
      }
      b.append(w.text());
      prev = w;
    }
    return new Line(b.toString(), line.get(0).page(), -1);
  }
}
