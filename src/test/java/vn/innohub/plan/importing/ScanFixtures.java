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
final class ScanFixtures {

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
    int w = (int) Math.round(A4_WIDTH_IN * dpi);
    int h = (int) Math.round(A4_HEIGHT_IN * dpi);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    if (noiseSeed != 0) {
      // a scan is never quite straight
      g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(0.4), w / 2.0, h / 2.0));
    }
    g.setColor(new Color(25, 25, 25));
    Font regular = font(12, dpi, false);
    Font bold = font(12, dpi, true);
    int margin = dpi; // one inch
    int y = margin;
    for (String line : prose) {
      boolean heading = line.startsWith("# ");
      g.setFont(heading ? bold : regular);
      FontMetrics fm = g.getFontMetrics();
      for (String part : wrap(heading ? line.substring(2) : line, fm, w - 2 * margin)) {
        y += fm.getHeight();
        g.drawString(part, margin, y);
      }
    }
    if (table != null && !table.isEmpty()) {
      y += regular.getSize() * 2;
      int tableWidth = w - 2 * margin;
      int[] xs = new int[columnShares.length + 1];
      xs[0] = margin;
      for (int c = 0; c < columnShares.length; c++) {
        xs[c + 1] = xs[c] + (int) Math.round(columnShares[c] * tableWidth);
      }
      int pad = dpi / 18;
      g.setStroke(new BasicStroke(Math.max(1, dpi / 100f)));
      int top = y;
      List<Integer> rules = new ArrayList<>();
      rules.add(y);
      for (int r = 0; r < table.size(); r++) {
        g.setFont(r == 0 ? bold : regular);
        FontMetrics fm = g.getFontMetrics();
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < columnShares.length; c++) {
          String text = c < table.get(r).size() ? table.get(r).get(c) : "";
          List<String> wrapped = wrap(text, fm, xs[c + 1] - xs[c] - 2 * pad);
          cells.add(wrapped);
          lines = Math.max(lines, wrapped.size());
        }
        for (int c = 0; c < cells.size(); c++) {
          int cy = y + pad;
          for (String part : cells.get(c)) {
            cy += fm.getHeight();
            g.drawString(part, xs[c] + pad, cy - fm.getDescent());
          }
        }
        y += lines * fm.getHeight() + 2 * pad;
        rules.add(y);
      }
      for (int ry : rules) {
        g.drawLine(xs[0], ry, xs[xs.length - 1], ry);
      }
      for (int x : xs) {
        g.drawLine(x, top, x, y);
      }
    }
    g.dispose();
    if (noiseSeed != 0) {
      Random random = new Random(noiseSeed);
      for (int i = 0; i < w * h / 4000; i++) {
        int x = random.nextInt(w - 2);
        int yy = random.nextInt(h - 2);
        int v = 40 + random.nextInt(120);
        img.getRaster().setSample(x, yy, 0, v);
        if (random.nextBoolean()) {
          img.getRaster().setSample(x + 1, yy, 0, v);
        }
      }
    }
    return img;
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
  static byte[] imagePdf(List<BufferedImage> pages) throws IOException {
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
