package vn.innohub.plan.importing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import vn.innohub.shared.files.ParseGuard;

/**
 * The words of a PDF's text layer with their boxes (points, top-left origin), and the ruling lines drawn on its pages
 * (table borders as LibreOffice and Word draw them: stroked segments and thin filled rectangles). Words are split at
 * spaces and at gaps wider than a fifth of the font size; combining marks join their letter and each word is NFC.
 */
public final class PdfWords {

  /** What was read: the words, the rules, and the number of pages. */
  public record Pages(List<PageWord> words, List<PositionalTables.Rule> rules, int pages) {}

  private PdfWords() {}

  /** Reads every page of an opened document, checking the parse deadline and telling {@code progress} per page. */
  public static Pages read(PDDocument pdf, ReadProgress progress) throws IOException {
    Collector c = new Collector(pdf.getNumberOfPages(), progress);
    c.setSortByPosition(false);
    c.getText(pdf);
    return new Pages(c.words, c.rules, pdf.getNumberOfPages());
  }

  private static final class Collector extends PDFTextStripper {
    final List<PageWord> words = new ArrayList<>();
    final List<PositionalTables.Rule> rules = new ArrayList<>();
    final int total;
    final ReadProgress progress;
    int page;
    int operators;
    double pageHeight;
    double originX;
    double originY;
    boolean rotated;
    // the word being built
    StringBuilder text;
    double x0;
    double x1;
    double top;
    double bottom;
    double baseline;
    double size;
    // the current path
    final List<double[]> path = new ArrayList<>();
    final List<double[]> thin = new ArrayList<>();
    double[] current;
    double[] start;

    Collector(int total, ReadProgress progress) {
      this.total = total;
      this.progress = progress;
    }

    @Override
    public void processPage(PDPage p) throws IOException {
      ParseGuard.check();
      page++;
      PDRectangle box = p.getCropBox();
      pageHeight = box.getHeight();
      originX = box.getLowerLeftX();
      originY = box.getLowerLeftY();
      rotated = p.getRotation() % 360 != 0;
      path.clear();
      super.processPage(p);
      endWord();
      progress.pages(page, total);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String u = t.getUnicode();
      if (u == null || u.isEmpty()) {
        return;
      }
      double fs = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(t.getHeightDir(), 1);
      double gx0 = t.getXDirAdj();
      double gx1 = gx0 + t.getWidthDirAdj();
      double base = t.getYDirAdj();
      if (isMarks(u)) {
        if (text != null) {
          text.append(u); // a combining accent drawn as its own glyph belongs to the letter before it
        }
        return;
      }
      if (u.isBlank()) {
        endWord();
        return;
      }
      if (text != null) {
        boolean sameLine = Math.abs(base - baseline) < 0.3 * Math.max(fs, size);
        double gap = gx0 - x1;
        boolean duplicate = sameLine && Math.abs(gx0 - lastX0) < 0.05 * fs && u.equals(lastGlyph);
        if (duplicate) {
          return; // fake bold: the same glyph drawn twice
        }
        if (!sameLine || gap > 0.2 * Math.max(fs, size) || gap < -0.5 * fs) {
          endWord();
        }
      }
      if (text == null) {
        text = new StringBuilder();
        x0 = gx0;
        top = base - 0.75 * fs;
        bottom = base + 0.25 * fs;
        baseline = base;
        size = fs;
        x1 = gx1;
      }
      text.append(u);
      x1 = Math.max(x1, gx1);
      top = Math.min(top, base - 0.75 * fs);
      bottom = Math.max(bottom, base + 0.25 * fs);
      lastX0 = gx0;
      lastGlyph = u;
    }

    double lastX0;
    String lastGlyph;

    private static boolean isMarks(String u) {
      for (int i = 0; i < u.length(); i++) {
        int type = Character.getType(u.charAt(i));
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
          return false;
        }
      }
      return true;
    }

    private void endWord() {
      if (text != null) {
        String w = Normalizer.normalize(text.toString(), Normalizer.Form.NFC).strip();
        if (!w.isEmpty()) {
          words.add(new PageWord(page, x0, top, Math.max(x1, x0 + 0.1), bottom, w, PageWord.CERTAIN));
        }
      }
      text = null;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ((++operators & 0x3FF) == 0) {
        ParseGuard.check();
      }
      switch (operator.getName()) {
        case "m" -> {
          current = point(operands, 0);
          start = current;
        }
        case "l" -> {
          double[] p = point(operands, 0);
          if (current != null && p != null) {
            path.add(new double[] {current[0], current[1], p[0], p[1]});
          }
          current = p;
        }
        case "h" -> {
          if (current != null && start != null) {
            path.add(new double[] {current[0], current[1], start[0], start[1]});
            current = start;
          }
        }
        case "re" -> rectangle(operands);
        case "c", "v", "y" -> current = operands.size() >= 2 ? point(operands, operands.size() - 2) : current;
        case "S", "s", "B", "B*", "b", "b*" -> paint(true);
        case "f", "F", "f*" -> paint(false);
        case "n" -> {
          path.clear();
          thin.clear();
        }
        default -> { }
      }
      super.processOperator(operator, operands);
    }

    private void rectangle(List<COSBase> operands) {
      if (operands.size() < 4) {
        return;
      }
      double[] a = point(operands, 0);
      if (a == null || !(operands.get(2) instanceof COSNumber w) || !(operands.get(3) instanceof COSNumber h)) {
        return;
      }
      double x = ((COSNumber) operands.get(0)).floatValue();
      double y = ((COSNumber) operands.get(1)).floatValue();
      double[] b = transform(x + w.floatValue(), y + h.floatValue());
      double[] c = transform(x + w.floatValue(), y);
      double[] d = transform(x, y + h.floatValue());
      path.add(new double[] {a[0], a[1], c[0], c[1]});
      path.add(new double[] {c[0], c[1], b[0], b[1]});
      path.add(new double[] {b[0], b[1], d[0], d[1]});
      path.add(new double[] {d[0], d[1], a[0], a[1]});
      double minX = Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0]));
      double maxX = Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0]));
      double minY = Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1]));
      double maxY = Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]));
      if (maxX - minX < 1.5 || maxY - minY < 1.5) {
        thin.add(new double[] {minX, minY, maxX, maxY});
      }
      current = a;
      start = a;
    }

    /** A stroked path's horizontal and vertical segments, as rules; a filled thin rectangle is one rule. */
    private void paint(boolean stroked) {
      if (!rotated && path.size() < 5000) {
        List<double[]> segs = stroked ? new ArrayList<>(path) : new ArrayList<>();
        for (double[] r : thin) {
          segs.add(r);
        }
        for (double[] s : segs) {
          double ax = Math.min(s[0], s[2]);
          double bx = Math.max(s[0], s[2]);
          double ay = Math.min(s[1], s[3]);
          double by = Math.max(s[1], s[3]);
          boolean horizontal = by - ay < 1.6 && bx - ax > 3;
          boolean vertical = bx - ax < 1.6 && by - ay > 3;
          if (horizontal || vertical) {
            rules.add(new PositionalTables.Rule(page, ax, ay, bx, by));
          }
        }
      }
      path.clear();
      thin.clear();
      current = null;
    }

    private double[] point(List<COSBase> operands, int i) {
      if (operands.size() < i + 2 || !(operands.get(i) instanceof COSNumber x)
          || !(operands.get(i + 1) instanceof COSNumber y)) {
        return null;
      }
      return transform(x.floatValue(), y.floatValue());
    }

    /** User space to the page's top-left space, as the text positions are. */
    private double[] transform(double x, double y) {
      Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
      Point2D.Float p = ctm.transformPoint((float) x, (float) y);
      return new double[] {p.x - originX, pageHeight - (p.y - originY)};
    }
  }
}
