package vn.innohub.plan.importing;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruled tables of a scanned page: the long straight dark runs of the image (a glyph's stroke is never a fifth of
 * an inch long) found, joined into rules and erased before OCR — Tesseract reads rules as "|", "_" or drops the text
 * that touches them — and kept as a grid, so that each word can be put into its row (between two horizontal rules)
 * and its column (between two vertical rules): a cell wrapped over several lines stays one cell. A slightly rotated
 * scan is fine: each rule is a fitted line, not a pixel row.
 */
final class TableRules {

  private static final int DARK = 150;

  /** A rule as a line through the page: for horizontal rules {@code at(x)} is its y, for vertical ones its x at y. */
  record Rule(double from, double to, double a, double slope) {
    double at(double t) {
      return a + slope * t;
    }
  }

  /** One table: its horizontal rules top to bottom and its vertical rules left to right. */
  record Table(List<Rule> rows, List<Rule> columns) {

    double top(double x) {
      return rows.get(0).at(x);
    }

    double bottom(double x) {
      return rows.get(rows.size() - 1).at(x);
    }

    /** The row band of a point (0-based), or -1 outside the table. */
    int row(double x, double y) {
      if (x < columns.get(0).at(y) || x > columns.get(columns.size() - 1).at(y)) {
        return -1;
      }
      for (int i = 0; i + 1 < rows.size(); i++) {
        if (y >= rows.get(i).at(x) && y < rows.get(i + 1).at(x)) {
          return i;
        }
      }
      return -1;
    }

    int column(double x, double y) {
      int c = 0;
      for (int i = 1; i + 1 < columns.size(); i++) {
        if (x >= columns.get(i).at(y)) {
          c = i;
        }
      }
      return c;
    }
  }

  private TableRules() {}

  /** Finds the page's ruled tables and erases every long rule from {@code gray} (changed in place). */
  static List<Table> eraseAndFind(BufferedImage gray, int dpi) {
    int w = gray.getWidth();
    int h = gray.getHeight();
    var raster = gray.getRaster();
    int[] px = raster.getSamples(0, 0, w, h, 0, (int[]) null);
    List<Rule> horizontal = rules(px, w, h, dpi / 2, true);
    List<Rule> vertical = rules(px, w, h, dpi / 5, false);
    raster.setSamples(0, 0, w, h, 0, px);
    return tables(horizontal, vertical, dpi / 20.0);
  }

  /**
   * Runs of dark pixels at least {@code min} long along rows (or columns), erased (with the pale pixels beside them
   * that anti-aliasing leaves), joined when they touch and fitted as lines.
   */
  private static List<Rule> rules(int[] px, int w, int h, int min, boolean rowsFirst) {
    int lines = rowsFirst ? h : w;
    int along = rowsFirst ? w : h;
    List<double[]> runs = new ArrayList<>(); // line, start, end
    for (int l = 0; l < lines; l++) {
      int start = -1;
      for (int t = 0; t <= along; t++) {
        boolean dark = t < along && px[rowsFirst ? l * w + t : t * w + l] < DARK;
        if (dark && start < 0) {
          start = t;
        } else if (!dark && start >= 0) {
          if (t - start >= min) {
            runs.add(new double[] {l, start, t});
          }
          start = -1;
        }
      }
    }
    for (double[] r : runs) {
      for (int d = -2; d <= 2; d++) {
        int l = (int) r[0] + d;
        if (l < 0 || l >= lines) {
          continue;
        }
        for (int t = (int) r[1]; t < r[2]; t++) {
          int i = rowsFirst ? l * w + t : t * w + l;
          if (d == 0 || px[i] < 235) {
            px[i] = 255;
          }
        }
      }
    }
    // join runs into rules: a run continues a rule whose last run is within 3 lines and touches it along
    List<List<double[]>> groups = new ArrayList<>();
    List<double[]> last = new ArrayList<>();
    for (double[] r : runs) {
      int joined = -1;
      for (int g = groups.size() - 1; g >= 0; g--) {
        double[] p = last.get(g);
        if (r[0] - p[0] <= 3 && r[1] <= p[2] + 6 && r[2] >= p[1] - 6) {
          joined = g;
          break;
        }
      }
      if (joined < 0) {
        groups.add(new ArrayList<>());
        last.add(r);
        joined = groups.size() - 1;
      }
      groups.get(joined).add(r);
      if (r[0] >= last.get(joined)[0]) {
        last.set(joined, r);
      }
    }
    List<Rule> out = new ArrayList<>();
    for (List<double[]> g : groups) {
      out.add(fit(g));
    }
    return out;
  }

  /** Least squares line {@code line = a + slope·t} through the runs' midpoints, weighted by their length. */
  private static Rule fit(List<double[]> runs) {
    double sw = 0;
    double st = 0;
    double sl = 0;
    double stt = 0;
    double stl = 0;
    double from = Double.MAX_VALUE;
    double to = -Double.MAX_VALUE;
    for (double[] r : runs) {
      double weight = r[2] - r[1];
      double t = (r[1] + r[2]) / 2;
      sw += weight;
      st += weight * t;
      sl += weight * r[0];
      stt += weight * t * t;
      stl += weight * t * r[0];
      from = Math.min(from, r[1]);
      to = Math.max(to, r[2]);
    }
    double det = sw * stt - st * st;
    double slope = Math.abs(det) < 1e-9 ? 0 : (sw * stl - st * sl) / det;
    double a = (sl - slope * st) / sw;
    return new Rule(from, to, a, slope);
  }

  /**
   * Tables: horizontal rules, top to bottom, belong to one table while a vertical rule joins each to the next; its
   * columns are the vertical rules within it, one per position.
   */
  private static List<Table> tables(List<Rule> horizontal, List<Rule> vertical, double tolerance) {
    List<Rule> hs = new ArrayList<>(horizontal);
    hs.sort(Comparator.comparingDouble(r -> r.at((r.from() + r.to()) / 2)));
    List<Table> out = new ArrayList<>();
    List<Rule> current = new ArrayList<>();
    for (Rule r : hs) {
      if (!current.isEmpty() && !joined(current.get(current.size() - 1), r, vertical, tolerance)) {
        table(current, vertical, tolerance, out);
        current = new ArrayList<>();
      }
      current.add(r);
    }
    table(current, vertical, tolerance, out);
    return out;
  }

  private static boolean joined(Rule upper, Rule lower, List<Rule> vertical, double tolerance) {
    for (Rule v : vertical) {
      double x = v.at((v.from() + v.to()) / 2);
      if (x < upper.from() - tolerance || x > upper.to() + tolerance) {
        continue;
      }
      if (v.from() <= upper.at(x) + tolerance && v.to() >= lower.at(x) - tolerance) {
        return true;
      }
    }
    return false;
  }

  private static void table(List<Rule> rows, List<Rule> vertical, double tolerance, List<Table> out) {
    if (rows.size() < 2) {
      return;
    }
    Rule top = rows.get(0);
    Rule bottom = rows.get(rows.size() - 1);
    // the table's extent is that of its widest rules: one rule's end can be short of the border (a faint corner)
    double left = rows.stream().mapToDouble(Rule::from).min().orElse(top.from());
    double right = rows.stream().mapToDouble(Rule::to).max().orElse(top.to());
    List<Rule> columns = new ArrayList<>();
    for (Rule v : vertical) {
      double x = v.at((v.from() + v.to()) / 2);
      if (x >= left - tolerance && x <= right + tolerance && v.to() > top.at(x) + tolerance
          && v.from() < bottom.at(x) - tolerance) {
        columns.add(v);
      }
    }
    columns.sort(Comparator.comparingDouble(TableRules::mid));
    // a vertical rule is cut into one piece per row where the row rules were erased: the pieces of one rule (their
    // middles drift with the scan's rotation) are one column, fitted through all of them
    List<List<Rule>> clusters = new ArrayList<>();
    for (Rule v : columns) {
      if (clusters.isEmpty() || mid(v) - mid(lastOf(clusters)) > 2 * tolerance) {
        clusters.add(new ArrayList<>());
      }
      clusters.get(clusters.size() - 1).add(v);
    }
    List<Rule> distinct = new ArrayList<>();
    for (List<Rule> c : clusters) {
      distinct.add(merge(c));
    }
    if (distinct.size() >= 2) {
      out.add(new Table(List.copyOf(rows), distinct));
    }
  }

  private static Rule lastOf(List<List<Rule>> clusters) {
    List<Rule> c = clusters.get(clusters.size() - 1);
    return c.get(c.size() - 1);
  }

  /** Pieces of one rule as one: a line through their middles weighted by length (one piece: itself). */
  private static Rule merge(List<Rule> pieces) {
    if (pieces.size() == 1) {
      return pieces.get(0);
    }
    List<double[]> runs = new ArrayList<>();
    for (Rule p : pieces) {
      double t = (p.from() + p.to()) / 2;
      runs.add(new double[] {p.at(t), p.from(), p.to()});
    }
    double from = pieces.stream().mapToDouble(Rule::from).min().orElseThrow();
    double to = pieces.stream().mapToDouble(Rule::to).max().orElseThrow();
    Rule fitted = fit(runs);
    if (to - from < 2 * pieces.stream().mapToDouble(p -> p.to() - p.from()).max().orElseThrow()) {
      // the pieces overlap more than they extend one another: the longest, not a line through close middles
      return pieces.stream().max(Comparator.comparingDouble(p -> p.to() - p.from())).orElseThrow();
    }
    return fitted;
  }

  private static double mid(Rule v) {
    return v.at((v.from() + v.to()) / 2);
  }
}
