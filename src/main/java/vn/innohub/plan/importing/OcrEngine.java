package vn.innohub.plan.importing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Nhận dạng ký tự (OCR): Tesseract's command line with its Vietnamese data, one process per page image, run without a
 * shell, with a time limit, on at most {@code parallel} pages at once (each process on one thread: on two cores two
 * single-threaded processes read about four times faster than one with Tesseract's default threads, see
 * docs/BENCHMARKS.md). Words come back as {@link PageWord}s in pixels with their confidence 0–100.
 * Set once at start from {@code innohub.ocr.*}; the readers are static, so the engine is too.
 */
public final class OcrEngine {

  /** Tesseract's layout mode: 6 reads the page as one block of text lines, which keeps table rows on one line. */
  static final String PAGE_SEGMENTATION = "6";

  private static volatile OcrEngine current = new OcrEngine("tesseract", true, Duration.ofSeconds(60), 2);

  private final String command;
  private final boolean enabled;
  private final Duration pageTimeout;
  private final int parallel;
  private volatile Boolean available;
  private volatile ExecutorService pool;

  public OcrEngine(String command, boolean enabled, Duration pageTimeout, int parallel) {
    this.command = command == null || command.isBlank() ? "tesseract" : command.strip();
    this.enabled = enabled;
    this.pageTimeout = pageTimeout;
    this.parallel = Math.max(1, parallel);
  }

  public static OcrEngine current() {
    return current;
  }

  /** Replaces the engine (at start, from the configuration; in tests). */
  public static void use(OcrEngine engine) {
    OcrEngine old = current;
    current = engine;
    if (old != engine && old.pool != null) {
      old.pool.shutdown();
    }
  }

  int parallel() {
    return parallel;
  }

  /** Whether OCR is enabled and the command runs with the Vietnamese data; asked of Tesseract once. */
  public boolean available() {
    if (!enabled) {
      return false;
    }
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  private boolean probe() {
    Path out = null;
    try {
      out = Files.createTempFile("innohub-ocr-langs", ".txt");
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true)
          .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && Files.readAllLines(out, StandardCharsets.UTF_8).stream()
          .anyMatch(line -> line.strip().equals("vie"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      delete(out);
    }
  }

  /** The pool the pages of all documents are read on: at most {@code parallel} Tesseract processes at once. */
  ExecutorService pool() {
    ExecutorService p = pool;
    if (p == null) {
      synchronized (this) {
        if (pool == null) {
          AtomicInteger n = new AtomicInteger();
          ThreadPoolExecutor executor = new ThreadPoolExecutor(parallel, parallel, 30, TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
          executor.allowCoreThreadTimeOut(true);
          pool = executor;
        }
        p = pool;
      }
    }
    return p;
  }

  /**
   * The words Tesseract reads on one page image (converted to 8-bit gray), in the image's pixels; empty words and
   * Tesseract's block, paragraph and line rows are left out. Throws {@link IOException} when the process fails or
   * runs past the page time limit (it is then killed); an interrupt kills it too.
   */
  public List<PageWord> words(BufferedImage image, int page) throws IOException {
    BufferedImage gray = gray(image);
    Path in = null;
    Path out = null;
    Process p = null;
    try {
      in = Files.createTempFile("innohub-ocr", ".pgm");
      out = Files.createTempFile("innohub-ocr", ".tsv");
      writePgm(gray, in);
      ProcessBuilder builder = new ProcessBuilder(command, in.toString(), "stdout", "-l", "vie", "--psm",
          PAGE_SEGMENTATION, "tsv").redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      p = builder.start();
      if (!p.waitFor(pageTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException("OCR of page " + page + " took longer than " + pageTimeout);
      }
      if (p.exitValue() != 0) {
        throw new IOException("tesseract exited with " + p.exitValue());
      }
      return tsv(Files.readAllLines(out, StandardCharsets.UTF_8), page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("OCR interrupted", e);
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
      delete(in);
      delete(out);
    }
  }

  /** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. */
  static List<PageWord> tsv(List<String> rows, int page) {
    List<PageWord> words = new ArrayList<>();
    for (String row : rows) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
        continue;
      }
      try {
        double left = Double.parseDouble(f[6]);
        double top = Double.parseDouble(f[7]);
        double conf = Math.max(0, Math.min(100, Double.parseDouble(f[10])));
        words.add(new PageWord(page, left, top, left + Double.parseDouble(f[8]), top + Double.parseDouble(f[9]),
            java.text.Normalizer.normalize(f[11].strip(), java.text.Normalizer.Form.NFC), conf));
      } catch (NumberFormatException e) {
        // a row Tesseract did not finish: skipped
      }
    }
    return words;
  }

  static BufferedImage gray(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    var g = gray.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return gray;
  }

  /** Raw 8-bit PGM: no compression to spend time on, and Tesseract (Leptonica) reads it directly. */
  private static void writePgm(BufferedImage gray, Path file) throws IOException {
    int w = gray.getWidth();
    int h = gray.getHeight();
    byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    var sample = gray.getRaster().getSampleModel();
    int stride = sample instanceof java.awt.image.ComponentSampleModel c ? c.getScanlineStride() : w;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      o.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      if (stride == w && gray.getRaster().getSampleModelTranslateX() == 0
          && gray.getRaster().getSampleModelTranslateY() == 0) {
        o.write(data, 0, w * h);
      } else {
        byte[] row = new byte[w];
        for (int y = 0; y < h; y++) {
          gray.getRaster().getDataElements(0, y, w, 1, row);
          o.write(row);
        }
      }
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
