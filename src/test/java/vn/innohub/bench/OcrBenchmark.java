package vn.innohub.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.internal.AgencyResolver;
import vn.innohub.org.internal.DemoProvince;
import vn.innohub.plan.importing.AgencyLookup;
import vn.innohub.plan.importing.AgencyText;
import vn.innohub.plan.importing.DocumentReader;
import vn.innohub.plan.importing.OcrEngine;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.plan.importing.ScanFixtures;

/**
 * OCR of a scanned plan (issue 18): the largest seed (Lào Cai) drawn on 20 A4 pages at 300 dpi (DejaVu Sans 12 pt,
 * ruled tables, rotated 0.4°, specked), put into an image-only PDF (target/bench-ocr/scanned-plan.pdf), then read
 * through {@link DocumentReader#read} — render, erase rules, Tesseract, layout — with {@code parallel} pages at once.
 * Prints each run, the median, and the targets and tasks parsed against the same lines imported as text.
 * Usage: bench/ocr.sh [runs] [parallel,…]   (default 3 runs, parallel 2 then 1).
 */
public final class OcrBenchmark {

  private OcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int[] parallels = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {2, 1};
    List<String> seed = Files.readAllLines(Path.of("..", "shared", "seeds", "000_13cc19d9a23b1fcc.txt"),
        StandardCharsets.UTF_8);
    Path dir = Path.of("target", "bench-ocr");
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    int[] drawn = new int[1];
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      drawn[0] = ScanFixtures.document(300, seed, null, 18, 20, image -> {
        try {
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          var x = LosslessFactory.createFromImage(doc, image);
          try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
      System.out.printf("scanned plan: %d pages, %d of the seed's %d lines, %.1f MB, made in %.1f s%n",
          doc.getNumberOfPages(), drawn[0], seed.size(), pdf.length / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    Files.write(dir.resolve("scanned-plan.pdf"), pdf);

    AgencyLookup lookup = lookup();
    ParsedPlan clean = PlanReading.parse(new PlanReading.Source(seed.subList(0, drawn[0]), null, null), lookup, 2026);
    for (int parallel : parallels) {
      OcrEngine.use(new OcrEngine("tesseract", true, Duration.ofSeconds(120), parallel));
      double[] seconds = new double[runs];
      PlanReading.Source source = null;
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        source = PlanReading.source("scanned-plan.pdf", pdf);
        seconds[r] = (System.nanoTime() - start) / 1e9;
        System.out.printf("parallel %d, run %d: %.1f s%n", parallel, r + 1, seconds[r]);
      }
      Arrays.sort(seconds);
      ParsedPlan read = PlanReading.parse(source, lookup, 2026);
      double meanConfidence = source.lineConfidence().values().stream().mapToInt(Integer::intValue).average()
          .orElse(0);
      System.out.printf("parallel %d: median %.1f s of %d runs (%.2f s/page); %d lines, mean line confidence %.0f %%; "
          + "targets %d (as text: %d), tasks %d (as text: %d)%n", parallel, seconds[runs / 2], runs,
          seconds[runs / 2] / 20, source.lines().size(), meanConfidence, read.targets().size(), clean.targets().size(),
          read.tasks().size(), clean.tasks().size());
      Files.write(dir.resolve("lines-parallel-" + parallel + ".txt"), source.lines(), StandardCharsets.UTF_8);
    }
  }

  private static AgencyLookup lookup() {
    AgencyResolver resolver = new DemoProvince().resolver();
    return text -> {
      AgencyResolution r = resolver.resolve(text);
      return new AgencyText(text, r.unitIds(), List.of(), r.unresolved());
    };
  }
}
