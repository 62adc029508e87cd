package vn.innohub.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

/**
 * Draws test PDFs with PDFBox: text at positions and tables with borders (or without), wrapped cells given line by
 * line, header rows repeated when a table runs onto the next page and a row cut by the page break.
 */
final class TestPdf implements AutoCloseable {

  static final PDRectangle PORTRAIT = PDRectangle.A4;
  static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

  /** A TrueType font with Vietnamese letters from the machine; the test is skipped (with a notice) without one. */
  static Path font() {
    for (String p : List.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")) {
      if (Files.isReadable(Path.of(p))) {
        return Path.of(p);
      }
    }
    System.out.println("NOTICE: PDF drawing test skipped: no DejaVu or Liberation TrueType font on this machine");
    Assumptions.abort("no TrueType font with Vietnamese letters");
    return null;
  }

  /** A header cell: columns {@code [c0, c1]}, header levels {@code [r0, r1]}, its lines. */
  record Head(int c0, int c1, int r0, int r1, String... lines) {}

  final PDDocument pdf = new PDDocument();
  final PDType0Font font;
  PDPageContentStream cs;
  PDRectangle size;
  float fs = 9;
  float margin = 50;
  float y;
  boolean borders = true;

  TestPdf() throws IOException {
    font = PDType0Font.load(pdf, font().toFile());
  }

  float lh() {
    return fs * 1.25f;
  }

  void page(PDRectangle s) throws IOException {
    if (cs != null) {
      cs.close();
    }
    size = s;
    PDPage p = new PDPage(s);
    pdf.addPage(p);
    cs = new PDPageContentStream(pdf, p);
    y = margin;
  }

  void text(float x, float top, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, fs);
    cs.newLineAtOffset(x, size.getHeight() - top - fs * 0.8f);
    cs.showText(s);
    cs.endText();
  }

  float width(String s) throws IOException {
    return font.getStringWidth(s) / 1000 * fs;
  }

  void rule(float x0, float y0, float x1, float y1) throws IOException {
    if (!borders) {
      return;
    }
    cs.setLineWidth(0.5f);
    cs.moveTo(x0, size.getHeight() - y0);
    cs.lineTo(x1, size.getHeight() - y1);
    cs.stroke();
  }

  void box(float x0, float y0, float x1, float y1) throws IOException {
    rule(x0, y0, x1, y0);
    rule(x1, y0, x1, y1);
    rule(x1, y1, x0, y1);
    rule(x0, y1, x0, y0);
  }

  /** Lines at the left margin, each its own line of text (the test wraps them), then a paragraph gap. */
  void para(String... lines) throws IOException {
    for (String l : lines) {
      breakIfNeeded(lh());
      text(margin, y, l);
      y += lh();
    }
    y += fs * 0.6f;
  }

  void centred(String... lines) throws IOException {
    for (String l : lines) {
      text((size.getWidth() - width(l)) / 2, y, l);
      y += lh();
    }
    y += fs * 0.6f;
  }

  /** Two texts on one line, at the left margin and right-aligned (the letterhead's two blocks). */
  void twoBlocks(String left, String right) throws IOException {
    text(margin, y, left);
    text(size.getWidth() - margin - width(right), y, right);
    y += lh() + fs * 0.4f;
  }

  private void breakIfNeeded(float need) throws IOException {
    if (y + need > size.getHeight() - margin) {
      page(size);
    }
  }

  /**
   * A table: column widths, header cells, rows of cells given as their lines; the header is drawn again on each new
   * page, a row is cut at the page bottom and goes on under the repeated header.
   */
  void table(float[] widths, int levels, List<Head> header, List<List<List<String>>> rows) throws IOException {
    float pad = 3;
    float[] xs = new float[widths.length + 1];
    xs[0] = margin;
    for (int i = 0; i < widths.length; i++) {
      xs[i + 1] = xs[i] + widths[i];
    }
    float[] levelHeight = new float[levels];
    for (Head h : header) {
      if (h.r0() == h.r1()) {
        levelHeight[h.r0()] = Math.max(levelHeight[h.r0()], h.lines().length * lh() + 2 * pad);
      }
    }
    for (Head h : header) {
      float have = 0;
      for (int r = h.r0(); r <= h.r1(); r++) {
        have += levelHeight[r];
      }
      float need = h.lines().length * lh() + 2 * pad;
      if (need > have) {
        levelHeight[h.r1()] += need - have;
      }
    }
    drawHeader(xs, levelHeight, header, pad);
    for (List<List<String>> row : rows) {
      int n = 0;
      for (List<String> cell : row) {
        n = Math.max(n, cell.size());
      }
      float top = y;
      y += pad;
      for (int i = 0; i < n; i++) {
        if (y + lh() + pad > size.getHeight() - margin) {
          rowBoxes(xs, top, y + pad);
          page(size);
          drawHeader(xs, levelHeight, header, pad);
          top = y;
          y += pad;
        }
        for (int c = 0; c < row.size(); c++) {
          if (i < row.get(c).size()) {
            String s = row.get(c).get(i);
            if (width(s) > widths[c] - 2 * pad) {
              throw new IllegalArgumentException("'" + s + "' does not fit its column: wrap it in the test");
            }
            boolean number = s.matches("[\\d.,]+") && c > 1;
            float x = number ? xs[c + 1] - pad - width(s) : xs[c] + pad;
            text(x, y, s);
          }
        }
        y += lh();
      }
      y += pad;
      rowBoxes(xs, top, y);
    }
    y += fs;
  }

  private void rowBoxes(float[] xs, float top, float bottom) throws IOException {
    for (int c = 0; c + 1 < xs.length; c++) {
      box(xs[c], top, xs[c + 1], bottom);
    }
  }

  private void drawHeader(float[] xs, float[] levelHeight, List<Head> header, float pad) throws IOException {
    float top = y;
    float[] levelTop = new float[levelHeight.length + 1];
    levelTop[0] = top;
    for (int r = 0; r < levelHeight.length; r++) {
      levelTop[r + 1] = levelTop[r] + levelHeight[r];
    }
    for (Head h : header) {
      float x0 = xs[h.c0()];
      float x1 = xs[h.c1() + 1];
      float y0 = levelTop[h.r0()];
      float y1 = levelTop[h.r1() + 1];
      box(x0, y0, x1, y1);
      float ty = y0 + (y1 - y0 - h.lines().length * lh()) / 2;
      for (String l : h.lines()) {
        if (width(l) > x1 - x0 - 2 * pad) {
          throw new IllegalArgumentException("'" + l + "' does not fit its header cell: wrap it in the test");
        }
        text(x0 + (x1 - x0 - width(l)) / 2, ty, l);
        ty += lh();
      }
    }
    y = levelTop[levelHeight.length];
  }

  byte[] bytes() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    if (cs != null) {
      cs.close();
    }
    pdf.close();
  }

  static List<String> cell(String... lines) {
    return List.of(lines);
  }

  @SafeVarargs
  static List<List<String>> row(List<String>... cells) {
    return new ArrayList<>(List.of(cells));
  }
}
