package vn.innohub.plan.importing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;

/**
 * Scan-like pages drawn in the test with Java2D and the bundled DejaVu Sans (full Vietnamese): prose lines and a
 * ruled table whose long cells wrap inside their column, slightly rotated and specked as a flatbed scan is; and
 * image-only PDFs made of such pages (no text layer). Also the check that Tesseract with Vietnamese is installed.
 */
public final class ScanFixtures {

  static final double A4_WIDTH_IN = 8.27;
  static final double A4_HEIGHT_IN = 11.69;

  private ScanFixtures() {}

  /** Skips the test with a visible notice when Tesseract (+vie) is missing; CI must have it. */
  static OcrEngine tesseract() {
    OcrEngine engine = new OcrEngine("tesseract", true, java.time.Duration.ofSeconds(120), 2);
    boolean present = engine.available();
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the OCR tests: tesseract with tesseract-ocr-vie not found");
    }
    if (!present) {
      System.out.println("NOTICE: OCR test skipped: tesseract with the vie data not installed "
          + "(apt-get install tesseract-ocr tesseract-ocr-vie)");
    }
    Assumptions.assumeTrue(present, "tesseract with vie not installed");
    return engine;
  }

  static Font font(float points, int dpi, boolean bold) {
    String file = bold ? "/fonts/DejaVuSans-Bold.ttf" : "/fonts/DejaVuSans.ttf";
    try (InputStream in = ScanFixtures.class.getResourceAsStream(file)) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(points * dpi / 72f);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page: the prose lines (a line starting with "# " in bold), then the table (first row bold, as a header). */
  static BufferedImage page(int dpi, List<String> prose, List<List<String>> table, double[] columnShares,
      long noiseSeed) {
    List<String> lines = new ArrayList<>(prose);
    lines.add("");
    for (List<String> row : table == null ? List.<List<String>>of() : table) {
      lines.add(String.join("\t", row));
    }
    List<BufferedImage> pages = new ArrayList<>();
    document(dpi, lines, columnShares, noiseSeed, 1, pages::add);
    return pages.get(0);
  }

  /**
   * Lays {@code lines} out on A4 pages, 12 pt, one-inch margins: a line with tabs is a table row (ruled, its cells
   * wrapped within their columns; the first row of a table in bold), a line starting with "# " a bold heading, an
   * empty line a gap; other lines are wrapped prose. Each finished page goes to {@code sink}; at most
   * {@code maxPages}. {@code columnShares} null: a narrow first column and the rest shared equally.
   */
  public static int document(int dpi, List<String> lines, double[] columnShares, long noiseSeed, int maxPages,
      java.util.function.Consumer<BufferedImage> sink) {
    int w = (int) Math.round(A4_WIDTH_IN * dpi);
    int h = (int) Math.round(A4_HEIGHT_IN * dpi);
    Font regular = font(12, dpi, false);
    Font bold = font(12, dpi, true);
    int margin = dpi;
    int pad = dpi / 18;
    int pagesDone = 0;
    Canvas c = new Canvas(w, h, noiseSeed);
    int y = margin;
    boolean previousWasRow = false;
    for (int i = 0; i < lines.size() && pagesDone < maxPages; i++) {
      String line = lines.get(i);
      if (line.indexOf('\t') >= 0) {
        String[] cells = line.split("\t", -1);
        double[] shares = columnShares != null && columnShares.length == cells.length ? columnShares
            : defaultShares(cells.length);
        int[] xs = new int[cells.length + 1];
        xs[0] = margin;
        for (int k = 0; k < cells.length; k++) {
          xs[k + 1] = xs[k] + (int) Math.round(shares[k] * (w - 2 * margin));
        }
        c.g.setFont(previousWasRow ? regular : bold);
        FontMetrics fm = c.g.getFontMetrics();
        List<List<String>> wrapped = new ArrayList<>();
        int rowLines = 1;
        for (int k = 0; k < cells.length; k++) {
          List<String> parts = wrap(cells[k].strip(), fm, xs[k + 1] - xs[k] - 2 * pad);
          wrapped.add(parts);
          rowLines = Math.max(rowLines, parts.size());
        }
        int rowHeight = rowLines * fm.getHeight() + 2 * pad;
        boolean newPage = y + rowHeight > h - margin;
        if (newPage) {
          sink.accept(c.finish());
          pagesDone++;
          if (pagesDone >= maxPages) {
            return i;
          }
          c = new Canvas(w, h, noiseSeed + pagesDone);
          c.g.setFont(previousWasRow ? regular : bold);
          y = margin;
        }
        if (!previousWasRow || newPage) {
          c.g.drawLine(xs[0], y, xs[xs.length - 1], y);
        }
        for (int k = 0; k < cells.length; k++) {
          int cy = y + pad;
          for (String part : wrapped.get(k)) {
            cy += fm.getHeight();
            c.g.drawString(part, xs[k] + pad, cy - fm.getDescent());
          }
        }
        for (int x : xs) {
          c.g.drawLine(x, y, x, y + rowHeight);
        }
        y += rowHeight;
        c.g.drawLine(xs[0], y, xs[xs.length - 1], y);
        previousWasRow = true;
        continue;
      }
      if (previousWasRow) {
        y += regular.getSize();
      }
      previousWasRow = false;
      boolean heading = line.startsWith("# ");
      c.g.setFont(heading ? bold : regular);
      FontMetrics fm = c.g.getFontMetrics();
      List<String> parts = line.isBlank() ? List.of("") : wrap(heading ? line.substring(2) : line, fm, w - 2 * margin);
      for (String part : parts) {
        if (y + fm.getHeight() > h - margin) {
          sink.accept(c.finish());
          pagesDone++;
          if (pagesDone >= maxPages) {
            return i;
          }
          c = new Canvas(w, h, noiseSeed + pagesDone);
          c.g.setFont(heading ? bold : regular);
          y = margin;
        }
        y += line.isBlank() ? fm.getHeight() / 2 : fm.getHeight();
        c.g.drawString(part, margin, y);
      }
    }
    if (pagesDone < maxPages) {
      sink.accept(c.finish());
      pagesDone++;
    }
    return lines.size();
  }

  private static double[] defaultShares(int columns) {
    double[] shares = new double[columns];
    if (columns == 1) {
      shares[0] = 1;
      return shares;
    }
    shares[0] = 0.07;
    for (int k = 1; k < columns; k++) {
      shares[k] = 0.93 / (columns - 1);
    }
    return shares;
  }

  /** A page being drawn: white, text near black, slightly rotated and specked when seeded. */
  private static final class Canvas {
    final BufferedImage img;
    final Graphics2D g;
    final long seed;

    Canvas(int w, int h, long seed) {
      this.seed = seed;
      img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
      g = img.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      if (seed != 0) {
        // a scan is never quite straight
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(0.4), w / 2.0, h / 2.0));
      }
      g.setColor(new Color(25, 25, 25));
      g.setStroke(new BasicStroke(Math.max(1, w / 800f)));
    }

    BufferedImage finish() {
      g.dispose();
      if (seed != 0) {
        Random random = new Random(seed);
        int w = img.getWidth();
        int h = img.getHeight();
        for (int i = 0; i < w * h / 4000; i++) {
          int x = random.nextInt(w - 2);
          int y = random.nextInt(h - 2);
          int v = 40 + random.nextInt(120);
          img.getRaster().setSample(x, y, 0, v);
          if (random.nextBoolean()) {
            img.getRaster().setSample(x + 1, y, 0, v);
          }
        }
      }
      return img;
    }
  }

  /** Greedy word wrap within {@code width} pixels. */
  static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (fm.stringWidth(candidate) > width && !line.isEmpty()) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  /** Grey noise with blobs, as a photo of a scene rather than of a page. */
  static BufferedImage photo(int w, int h, long seed) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    Graphics2D g = img.createGraphics();
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
      int s = 10 + random.nextInt(120);
      g.fillOval(random.nextInt(w), random.nextInt(h), s, s + random.nextInt(60));
    }
    g.dispose();
    for (int i = 0; i < w * h / 3; i++) {
      img.setRGB(random.nextInt(w), random.nextInt(h), random.nextInt(0xFFFFFF));
    }
    return img;
  }

  /** An image-only PDF: each image fills an A4 page; no text layer. */
  public static byte[] imagePdf(List<BufferedImage> pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      for (BufferedImage image : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(pdf, image);
        try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
          s.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  static byte[] png(BufferedImage image) throws IOException {
    return encode(image, "png");
  }

  static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!javax.imageio.ImageIO.write(image, format, out)) {
      throw new IOException("no writer for " + format);
    }
    return out.toByteArray();
  }
}
