package vn.innohub.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.shared.files.FileKind;
import vn.innohub.shared.files.FileTooComplex;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.files.UploadLimits;
import vn.innohub.shared.files.ZipBombs;

/**
 * The CPU cost of refusing a 5 MB DOCX that inflates to 5 GiB (issue 15), against accepting a normal DOCX: the
 * thread's CPU time (ThreadMXBean) for the checks an upload goes through — kind detection with the inflation watch
 * (evidence and contest files) and the plan import's read (the directory, then POI through the watch). Run with
 * bench/upload-bomb.sh; prints median and maximum of the measured runs.
 */
public final class UploadBombBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private UploadBombBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    int warmup = 5;
    long build = System.nanoTime();
    byte[] honest = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.spacedDocument(5 * 1024)));
    byte[] liar = ZipBombs.zip(ZipBombs.docx(ZipBombs.Part.spacedDocument(5 * 1024).declaring(10_000)));
    System.out.printf("built the bombs in %.1f s%n", (System.nanoTime() - build) / 1e9);
    byte[] normal = normalDocx();
    // the most a hostile file can cost within the limits: 99 MiB (under 100) at about 90:1 (under 100:1)
    byte[] edge = ZipBombs.zip(ZipBombs.docx(ZipBombs.blocks("word/document.xml", 10_500, 99)));
    System.out.printf("limits: %s%n", UploadLimits.current());
    System.out.printf("%-58s %10s %12s %12s %12s %s%n", "case", "file", "first CPU", "median CPU", "max CPU",
        "outcome");
    measure("5 GiB DOCX, size declared (ZIP64): detect", honest, warmup, runs, () -> FileKind.detect(honest));
    measure("5 GiB DOCX, size declared (ZIP64): plan import read", honest, warmup, runs,
        () -> PlanReading.source("bom.docx", honest));
    measure("5 GiB DOCX, directory says 10 KB: detect", liar, warmup, runs, () -> FileKind.detect(liar));
    measure("5 GiB DOCX, directory says 10 KB: plan import read", liar, warmup, runs,
        () -> PlanReading.source("bom.docx", liar));
    // for comparison, the base commit's path: POI reading the upload by itself, with its default ZipSecureFile guards
    // (this process never starts Spring, so UploadGuards has not tightened them)
    measure("5 GiB DOCX, directory says 10 KB: POI alone (base commit)", liar, 1, 5, () -> poiAlone(liar));
    measure("5 GiB DOCX, size declared (ZIP64): POI alone (base commit)", honest, 1, 5, () -> poiAlone(honest));
    measure("99 MiB at ~90:1, just under the limits: detect", edge, warmup, runs, () -> FileKind.detect(edge));
    measure("99 MiB at ~90:1, just under the limits: plan import read", edge, warmup, runs,
        () -> PlanReading.source("bom.docx", edge));
    measure("normal DOCX (seed plan as Word): detect", normal, warmup, runs, () -> FileKind.detect(normal));
    measure("normal DOCX (seed plan as Word): plan import read", normal, warmup, runs,
        () -> PlanReading.source("ke-hoach.docx", normal).lines().size() + " lines");
  }

  private static void measure(String name, byte[] file, int warmup, int runs, ParseGuard.Body<Object, Exception> body)
      throws Exception {
    long[] cpu = new long[runs];
    long first = 0;
    String outcome = "";
    for (int i = -warmup; i < runs; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      try {
        Object result = ParseGuard.within(Duration.ofSeconds(5), body);
        outcome = String.valueOf(result).startsWith("failed") ? "refused as unreadable: " + result
            : "accepted: " + result;
      } catch (FileTooComplex e) {
        outcome = "refused: " + e.code();
      } catch (vn.innohub.plan.importing.UnreadableDocument e) {
        outcome = "refused as unreadable: " + e.code();
      }
      long spent = THREADS.getCurrentThreadCpuTime() - start;
      if (i == -warmup) {
        first = spent;
      }
      if (i >= 0) {
        cpu[i] = spent;
      }
    }
    Arrays.sort(cpu);
    System.out.printf("%-58s %7.0f KB %9.1f ms %9.1f ms %9.1f ms %s%n", name, file.length / 1e3, first / 1e6,
        cpu[runs / 2] / 1e6, cpu[runs - 1] / 1e6, outcome.length() > 60 ? outcome.substring(0, 60) : outcome);
  }

  private static Object poiAlone(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      return doc.getParagraphs().size() + " paragraphs";
    } catch (Exception | OutOfMemoryError e) {
      return "failed: " + e.getClass().getSimpleName();
    }
  }

  /** The largest seed plan as a Word document (one paragraph a line), or a synthetic one without the seeds. */
  private static byte[] normalDocx() throws Exception {
    Path seed = Path.of("..", "shared", "seeds", "000_13cc19d9a23b1fcc.txt");
    List<String> lines = Files.exists(seed) ? Files.readAllLines(seed, StandardCharsets.UTF_8)
        : java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "Nhiệm vụ " + i + ": hỗ trợ khởi nghiệp").toList();
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
