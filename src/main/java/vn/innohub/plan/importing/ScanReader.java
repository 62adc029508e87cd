package vn.innohub.plan.importing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.innohub.shared.files.FileTooComplex;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.files.UploadLimits;

/**
 * Bản quét: a scanned PDF or a photographed/scanned image read through OCR. Pages are rendered one at a time (gray,
 * {@value #DPI} dpi) on the reading thread — which checks the parse budget and reports progress — while
 * {@link OcrEngine} reads at most its {@code parallel} pages at once; table rules are erased before OCR and used to
 * put words into cells ({@link TableRules}). The result has each line's mean OCR confidence. Too little readable
 * text (a photo of a scene, a blurred or tiny scan) is refused with {@code plan.import.ocrNoText}.
 */
final class ScanReader {

  /** Tesseract's best resolution for 10–12 pt print; 200 dpi reads no faster here (docs/BENCHMARKS.md). */
  static final int DPI = 300;
  /** A page is rendered with at most this many pixels (A3 at 300 dpi is 17 M): a huge MediaBox is scaled down. */
  static final long MAX_PIXELS = 36_000_000L;
  /** At least this many words read with a confidence of at least {@link #GOOD_WORD}, and this mean confidence. */
  static final int MIN_GOOD_WORDS = 8;
  static final double GOOD_WORD = 60;
  static final double MIN_MEAN_CONFIDENCE = 50;
  /** Punctuation alone read below this confidence is a speck of the scan (a real dash reads at 80–95). */
  static final double SPECK = 30;

  private ScanReader() {}

  /**
   * One page image, produced when asked, with the resolution it was rendered at; for an enlarged scan also the same
   * page enlarged pixel by pixel, whose rules are sharp and dark, to find the table in (else null).
   */
  private record Page(BufferedImage image, int dpi, BufferedImage blocky) {
    Page(BufferedImage image, int dpi) {
      this(image, dpi, null);
    }
  }

  private interface Pages {
    int count();

    Page render(int index) throws IOException;
  }

  static DocumentReader.Read pdf(byte[] content, ReadProgress progress) {
    UploadLimits limits = UploadLimits.current();
    try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfInflatedBytes()).streamCache)) {
      PDFRenderer renderer = new PDFRenderer(pdf);

      int count = Math.min(pdf.getNumberOfPages(), limits.maxPdfPages());
      return read(new Pages() {
        @Override
        public int count() {
          return count;
        }

        @Override
        public Page render(int index) throws IOException {
          Page scanned = pageImage(pdf.getPage(index));
          if (scanned != null) {
            return scanned;
          }
          PDRectangle box = pdf.getPage(index).getCropBox();
          double pixels = (double) box.getWidth() * box.getHeight() / (72.0 * 72.0) * DPI * DPI;
          int dpi = pixels <= MAX_PIXELS ? DPI : (int) Math.max(36, DPI * Math.sqrt(MAX_PIXELS / pixels));
          return new Page(renderer.renderImageWithDPI(index, dpi, ImageType.GRAY), dpi);
        }
      }, progress);
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      if (e instanceof UnreadableDocument u) {
        throw u;
      }
      throw new UnreadableDocument("plan.import.pdfDamaged");
    }
  }

  /** Below this resolution a scanned page's image is enlarged to {@link #DPI} before OCR. */
  static final int LOW_DPI = 250;

  /**
   * A scanned page — one image covering the page — as its own pixels, enlarged smoothly (bicubic) to {@link #DPI}
   * when it was scanned at less than {@link #LOW_DPI}: rendering the page would enlarge a 150 dpi scan in blocks of
   * pixels (the image is not marked for interpolation), which Tesseract reads as words run together. Null for any
   * other page, which is rendered.
   */
  private static Page pageImage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
    org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
    if (resources == null) {
      return null;
    }
    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject only = null;
    for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
        if (only != null) {
          return null;
        }
        only = image;
      } else {
        return null;
      }
    }
    PDRectangle box = page.getCropBox();
    if (only == null || page.getRotation() != 0 || box.getWidth() <= 0 || box.getHeight() <= 0) {
      return null;
    }
    double pageRatio = box.getWidth() / box.getHeight();
    double imageRatio = (double) only.getWidth() / only.getHeight();
    if (Math.abs(pageRatio - imageRatio) > pageRatio * 0.03) {
      return null; // not the whole page
    }
    int dpi = (int) Math.round(only.getWidth() / (box.getWidth() / 72.0));
    if (dpi >= LOW_DPI || dpi < 72 || (long) only.getWidth() * only.getHeight() > MAX_PIXELS) {
      return null;
    }
    BufferedImage image = OcrEngine.gray(only.getImage());
    double scale = (double) DPI / dpi;
    int w = (int) Math.round(image.getWidth() * scale);
    int h = (int) Math.round(image.getHeight() * scale);
    if ((long) w * h > MAX_PIXELS) {
      return null;
    }
    return new Page(scaled(image, w, h, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC), DPI,
        scaled(image, w, h, java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR));
  }

  private static BufferedImage scaled(BufferedImage image, int w, int h, Object interpolation) {
    BufferedImage big = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = big.createGraphics();
    try {
      g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(image, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return big;
  }

  /**
   * The tables of a page enlarged smoothly, found on its blocky twin (a smoothed rule is too pale and too wide to
   * be seen as one) and erased from the smooth image where they were erased from the twin, a pixel around.
   */
  private static List<TableRules.Table> tablesOfEnlarged(BufferedImage smooth, BufferedImage blocky, int dpi) {
    int w = blocky.getWidth();
    int h = blocky.getHeight();
    int[] before = blocky.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    List<TableRules.Table> tables = TableRules.eraseAndFind(blocky, dpi);
    int[] after = blocky.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    int[] px = smooth.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
    for (int i = 0; i < px.length; i++) {
      if (before[i] != after[i]) {
        whiten(px, w, h, i % w, i / w);
      }
    }
    smooth.getRaster().setSamples(0, 0, w, h, 0, px);
    return tables;
  }

  /** A pixel and the eight around it set to white (within the image). */
  private static void whiten(int[] px, int w, int h, int x, int y) {
    for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
      for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
        px[yy * w + xx] = 255;
      }
    }
  }

  /** A PNG, JPEG or TIFF (each image of a multi-page TIFF a page); its size is read before it is decoded. */
  static DocumentReader.Read image(byte[] content, ReadProgress progress) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnreadableDocument("plan.import.badImage");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int count = Math.max(1, Math.min(reader.getNumImages(true), UploadLimits.current().maxPdfPages()));
        return read(new Pages() {
          @Override
          public int count() {
            return count;
          }

          @Override
          public Page render(int index) throws IOException {
            long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
            if (pixels > MAX_PIXELS * 2) {
              throw new FileTooComplex(FileTooComplex.Limit.STRUCTURE);
            }
            BufferedImage image = reader.read(index);
            // a phone photo or a scan carries its resolution rarely and unreliably: taken as 300 dpi for the rules
            return new Page(OcrEngine.gray(image), DPI);
          }
        }, progress);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      if (e instanceof UnreadableDocument u) {
        throw u;
      }
      throw new UnreadableDocument("plan.import.badImage");
    }
  }

  private static DocumentReader.Read read(Pages pages, ReadProgress progress) throws IOException {
    OcrEngine engine = OcrEngine.current();
    int total = pages.count();
    Deque<Future<PageRead>> pending = new ArrayDeque<>();
    List<PageRead> read = new ArrayList<>();
    try {
      for (int i = 0; i < total; i++) {
        ParseGuard.check();
        Page page = pages.render(i);
        BufferedImage gray = OcrEngine.gray(page.image());
        List<TableRules.Table> tables = page.blocky() == null ? TableRules.eraseAndFind(gray, page.dpi())
            : tablesOfEnlarged(gray, page.blocky(), page.dpi());
        int number = i + 1;
        pending.add(engine.pool().submit(() -> new PageRead(number, words(engine.words(gray, number)), tables)));
        while (pending.size() >= engine.parallel()) {
          read.add(await(pending.poll()));
          progress.pages(read.size(), total);
        }
      }
      while (!pending.isEmpty()) {
        read.add(await(pending.poll()));
        progress.pages(read.size(), total);
      }
    } finally {
      for (Future<?> f : pending) {
        f.cancel(true); // interrupts the worker, which kills its Tesseract process
      }
    }
    return result(read.stream().map(p -> layout(p.words(), p.tables())).toList());
  }

  /** A page read: its words (rule remnants and specks dropped) and its ruled tables. */
  record PageRead(int page, List<PageWord> words, List<TableRules.Table> tables) {}

  private static PageRead await(Future<PageRead> page) throws IOException {
    while (true) {
      try {
        return page.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        ParseGuard.check();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ParseGuard.check();
        throw new IOException(e);
      } catch (CancellationException e) {
        throw new IOException(e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new UnreadableDocument("plan.import.ocrFailed");
      }
    }
  }

  /** A line read from a scan, and the mean confidence of its words (0–100). */
  record ScanLine(String text, double confidence, int words, int goodWords, double confidenceSum) {}

  /**
   * The pages' lines joined, a blank line between pages, OCR noise cleaned ({@link OcrText#clean}, same line count)
   * and each non-blank line's mean confidence by its 1-based number; refused when too little was read.
   */
  static DocumentReader.Read result(List<List<ScanLine>> pages) {
    List<String> lines = new ArrayList<>();
    Map<Integer, Integer> confidence = new LinkedHashMap<>();
    int words = 0;
    int good = 0;
    double sum = 0;
    for (List<ScanLine> page : pages) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      for (ScanLine line : page) {
        lines.add(line.text());
        if (line.words() > 0) {
          confidence.put(lines.size(), (int) Math.round(line.confidence()));
        }
        words += line.words();
        good += line.goodWords();
        sum += line.confidenceSum();
      }
    }
    if (good < MIN_GOOD_WORDS || words == 0 || sum / words < MIN_MEAN_CONFIDENCE) {
      throw new UnreadableDocument("plan.import.ocrNoText");
    }
    return new DocumentReader.Read(OcrText.clean(rowsAcrossPages(lines)), Map.copyOf(confidence));
  }

  private static final java.util.regex.Pattern ROW_CODE = java.util.regex.Pattern.compile(
      "([IVX]{1,5}|[0-9]{1,3}(?:\\.[0-9]{1,3})*)\\.?\\s+(\\S.*)");

  /**
   * A table's rows as one across page breaks: a row whose number cell is empty right under the header repeated at a
   * page's top goes on from the last row before that header — its cells joined to that row's, its line left blank
   * (the line count stays, for the confidences). A line without cells under a header that starts with a group's
   * number ("II NỘI DUNG THỰC HIỆN", a row whose cells are merged) is made a row of its number and its text.
   */
  static List<String> rowsAcrossPages(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    int lastRow = -1;
    boolean underHeader = false;
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.indexOf('\t') < 0) {
        java.util.regex.Matcher m = ROW_CODE.matcher(line.strip());
        if (underHeader && m.matches()) {
          out.set(i, m.group(1) + "\t" + m.group(2));
          lastRow = i;
          continue;
        }
        underHeader = false;
        continue;
      }
      String[] cells = line.split("\t", -1);
      String first = vn.innohub.shared.text.VietnameseText.fold(cells[0]);
      if (first.equals("stt") || first.equals("tt")) {
        underHeader = true;
        continue;
      }
      if (cells[0].isBlank() && underHeader && lastRow >= 0) {
        String[] before = out.get(lastRow).split("\t", -1);
        int n = Math.max(before.length, cells.length);
        String[] joined = new String[n];
        for (int c = 0; c < n; c++) {
          String a = c < before.length ? before[c] : "";
          String b = c < cells.length ? cells[c] : "";
          joined[c] = a.isBlank() ? b : b.isBlank() ? a : a + " " + b;
        }
        out.set(lastRow, String.join("\t", joined).stripTrailing());
        out.set(i, "");
        underHeader = false;
        continue;
      }
      underHeader = false;
      if (!cells[0].isBlank()) {
        lastRow = i;
      }
    }
    return out;
  }

  /**
   * A page's words as lines: the words of each ruled table as one tab-separated line per table row (a cell's lines
   * joined by spaces), the other words as lines of text in reading order, tables and text interleaved by height.
   */
  static List<ScanLine> layout(List<PageWord> words, List<TableRules.Table> tables) {
    List<TableRules.Table> sorted = new ArrayList<>(tables);
    sorted.sort(Comparator.comparingDouble(t -> t.top(0)));
    if (!sorted.isEmpty()) {
      int last = sorted.size() - 1;
      sorted.set(last, withCutRow(sorted.get(last), words));
    }
    List<List<PageWord>> before = new ArrayList<>(); // words above each table (and, last, below all)
    List<Map<Integer, Map<Integer, List<PageWord>>>> cells = new ArrayList<>();
    for (int t = 0; t <= sorted.size(); t++) {
      before.add(new ArrayList<>());
      cells.add(new java.util.TreeMap<>());
    }
    for (PageWord w : words) {
      double cx = (w.x0() + w.x1()) / 2;
      double cy = w.centreY();
      int slot = sorted.size();
      boolean placed = false;
      for (int t = 0; t < sorted.size(); t++) {
        TableRules.Table table = sorted.get(t);
        int row = table.row(cx, cy);
        if (row >= 0) {
          cells.get(t).computeIfAbsent(row, r -> new java.util.TreeMap<>())
              .computeIfAbsent(table.column(cx, cy), c -> new ArrayList<>()).add(w);
          placed = true;
          break;
        }
        if (cy < table.top(cx)) {
          slot = Math.min(slot, t);
        }
      }
      if (!placed) {
        before.get(slot).add(w);
      }
    }
    List<ScanLine> out = new ArrayList<>();
    for (int t = 0; t <= sorted.size(); t++) {
      out.addAll(textLines(before.get(t)));
      if (t < sorted.size()) {
        int columns = sorted.get(t).columns().size() - 1;
        // a column no row has a word in is a stray vertical line (a fold, a smudge), not a column
        java.util.Set<Integer> used = new java.util.TreeSet<>();
        cells.get(t).values().forEach(row -> used.addAll(row.keySet()));
        for (Map<Integer, List<PageWord>> row : cells.get(t).values()) {
          List<String> texts = new ArrayList<>();
          List<PageWord> rowWords = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            if (!used.contains(c)) {
              continue;
            }
            List<PageWord> cell = codeAlone(row.getOrDefault(c, List.of()));
            List<PageWord> ordered = new ArrayList<>();
            for (List<PageWord> line : byLine(cell)) {
              ordered.addAll(line);
            }
            ordered = edgesTrimmed(ordered);
            StringBuilder b = new StringBuilder();
            for (PageWord w : ordered) {
              b.append(b.isEmpty() ? "" : " ").append(w.text());
            }
            // a cell of specks alone (":", "ˆ") is an empty cell
            texts.add(letterOrDigit(b.toString()) ? b.toString() : "");
            rowWords.addAll(cell);
          }
          if (!texts.isEmpty()) {
            texts.set(0, codeCell(texts.get(0)));
          }
          out.add(line(String.join("\t", texts).stripTrailing(), rowWords));
        }
      }
    }
    return out;
  }

  /**
   * The page's last table with one more row when a row is cut by the page break: its first lines stand under the
   * last rule with no rule below them, and nothing but a page number follows them on the page. They are read into
   * the table's columns (its vertical rules run on as fitted lines) instead of as a line of text.
   */
  static TableRules.Table withCutRow(TableRules.Table table, List<PageWord> words) {
    List<TableRules.Rule> columns = table.columns();
    List<PageWord> below = new ArrayList<>();
    List<PageWord> beside = new ArrayList<>();
    for (PageWord w : words) {
      double cx = (w.x0() + w.x1()) / 2;
      double cy = w.centreY();
      if (cy <= table.bottom(cx)) {
        continue;
      }
      boolean inside = cx >= columns.get(0).at(cy) && cx <= columns.get(columns.size() - 1).at(cy);
      (inside ? below : beside).add(w);
    }
    if (below.isEmpty() || beside.stream().anyMatch(w -> letterOrDigit(w.text()) && w.text().length() > 3)) {
      return table;
    }
    List<List<PageWord>> lines = byLine(below);
    double height = below.stream().mapToDouble(PageWord::height).sorted().skip(below.size() / 2).findFirst()
        .orElse(0);
    // a page number under the table: one short number alone on the last line
    List<PageWord> lastLine = lines.get(lines.size() - 1);
    if (lines.size() > 1 && lastLine.size() == 1 && lastLine.get(0).text().matches("\\d{1,3}")) {
      lines = lines.subList(0, lines.size() - 1);
    }
    double x = (columns.get(0).at(0) + columns.get(columns.size() - 1).at(0)) / 2;
    double previous = table.bottom(x);
    double end = previous;
    for (List<PageWord> line : lines) {
      double top = line.stream().mapToDouble(PageWord::y0).min().orElseThrow();
      if (top - previous > 1.5 * height || lines.size() > 12) {
        return table; // text under the table, not a row of it
      }
      previous = line.stream().mapToDouble(PageWord::y1).max().orElseThrow();
      end = previous;
    }
    if (lines.stream().mapToInt(List::size).sum() < 2) {
      return table;
    }
    TableRules.Rule bottom = table.rows().get(table.rows().size() - 1);
    double shift = end + height / 2 - bottom.at(x);
    List<TableRules.Rule> rows = new ArrayList<>(table.rows());
    rows.add(new TableRules.Rule(bottom.from(), bottom.to(), bottom.a() + shift, bottom.slope()));
    return new TableRules.Table(rows, columns);
  }

  /**
   * A cell's words without the specks at its start and end ("j Thường xuyên :", "Hàng năm l"): a word of one or two
   * characters without a digit read with little confidence, or a lone stop, colon, dash or caret. A cell of one word
   * keeps it.
   */
  static List<PageWord> edgesTrimmed(List<PageWord> cell) {
    int from = 0;
    int to = cell.size();
    while (to - from > 1 && edgeSpeck(cell.get(from))) {
      from++;
    }
    while (to - from > 1 && edgeSpeck(cell.get(to - 1))) {
      to--;
    }
    return cell.subList(from, to);
  }

  private static boolean edgeSpeck(PageWord w) {
    String t = w.text();
    if (t.matches("[:;,.\\-—–_~'`^ˆ|]+")) {
      return true;
    }
    return t.length() <= 2 && t.chars().noneMatch(Character::isDigit) && w.confidence() < GOOD_WORD;
  }

  private static final java.util.regex.Pattern NOISY_CODE = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}]*([0-9]{1,3}(?:\\.[0-9]{1,3})*|[IVX]{1,5})[^\\p{L}\\p{N}]*");

  /** A number cell with specks around the code ("'5", ".15", "28:", "\"19"): the code alone. */
  static String codeCell(String text) {
    java.util.regex.Matcher m = NOISY_CODE.matcher(text.strip());
    if (m.matches()) {
      return m.group(1);
    }
    // specks alone (":", "ˆ"): the empty number cell of a row going on from the page before
    return letterOrDigit(text) ? text : "";
  }

  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
      "[0-9]{1,3}(\\.[0-9]{1,3})*\\.?|[IVXLC]{1,5}\\.?");

  /**
   * A cell holding a numbering code and specks beside it ("D 2", "12 :", "5 s—"): the code alone. A speck is a word of
   * at most two characters without a digit, punctuation or read with little confidence; a cell with any other word
   * (a short word read well: "Sở") is left as read.
   */
  static List<PageWord> codeAlone(List<PageWord> cell) {
    if (cell.size() < 2 || cell.size() > 4) {
      return cell;
    }
    PageWord code = null;
    for (PageWord w : cell) {
      if (CODE.matcher(w.text()).matches() && w.text().chars().anyMatch(Character::isDigit)) {
        if (code != null) {
          return cell;
        }
        code = w;
      } else if (w.text().length() > 2 || w.text().chars().anyMatch(Character::isDigit)
          || w.confidence() >= GOOD_WORD && letterOrDigit(w.text())) {
        return cell;
      }
    }
    return code == null ? cell : List.of(code);
  }

  /** The words without what rules and specks leave: bars and underscores, punctuation read with little confidence. */
  static List<PageWord> words(List<PageWord> all) {
    List<PageWord> words = new ArrayList<>();
    for (PageWord w : all) {
      // a rule's remnant stuck to a word: "_%", "|doanh"
      // and syllables OCR ran together ("trịvốnhuyđộng"), split again
      String text = RunTogetherWords.split(w.text().replaceAll("^[|_]+|[|_]+$", ""));
      if (!text.isEmpty() && !rule(text) && !speck(text, w.confidence())) {
        words.add(text.equals(w.text()) ? w : new PageWord(w.page(), w.x0(), w.y0(), w.x1(), w.y1(), text,
            w.confidence()));
      }
    }
    return words;
  }

  /** Words outside ruled tables as lines (a wide gap between two words: a tab, as an unruled table's cells). */
  private static List<ScanLine> textLines(List<PageWord> words) {
    List<ScanLine> out = new ArrayList<>();
    for (List<PageWord> line : byLine(words)) {
      if (line.stream().noneMatch(w -> letterOrDigit(w.text()))) {
        continue; // punctuation alone on a line: specks, a rule's remnant
      }
      StringBuilder b = new StringBuilder();
      PageWord prev = null;
      for (PageWord w : line) {
        if (prev != null) {
          b.append(w.x0() - prev.x1() > 2.5 * Math.max(prev.height(), w.height()) ? '\t' : ' ');
        }
        b.append(w.text());
        prev = w;
      }
      out.add(line(b.toString(), line));
    }
    return out;
  }

  /** Words grouped into lines: sorted by height, a word starts a new line when its centre is below the line's box. */
  static List<List<PageWord>> byLine(List<PageWord> words) {
    List<PageWord> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(PageWord::centreY));
    List<List<PageWord>> lines = new ArrayList<>();
    List<PageWord> line = new ArrayList<>();
    double bottom = 0;
    for (PageWord w : sorted) {
      if (!line.isEmpty() && w.centreY() > bottom) {
        lines.add(line);
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        bottom = w.y1();
      }
      line.add(w);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    for (List<PageWord> l : lines) {
      l.sort(Comparator.comparingDouble(PageWord::x0));
    }
    return lines;
  }

  private static ScanLine line(String text, List<PageWord> words) {
    double sum = 0;
    int good = 0;
    for (PageWord w : words) {
      sum += w.confidence();
      good += w.confidence() >= GOOD_WORD ? 1 : 0;
    }
    return new ScanLine(text, words.isEmpty() ? 0 : sum / words.size(), words.size(), good, sum);
  }

  /** A speck read as punctuation: no letter or digit, and read with little confidence. */
  private static boolean speck(String text, double confidence) {
    return confidence < SPECK && !letterOrDigit(text);
  }

  /** A letter or digit, not a modifier letter ("ˆ", what OCR makes of a speck above the line). */
  private static boolean letterOrDigit(String text) {
    return text.codePoints().anyMatch(cp -> Character.isLetterOrDigit(cp)
        && Character.getType(cp) != Character.MODIFIER_LETTER);
  }

  /** What Tesseract makes of a rule or a speck that survived erasing: bars, underscores, dashes alone. */
  private static boolean rule(String text) {
    return text.matches("[|│_~¦!\\[\\]]+") || text.matches("-{2,}") || text.matches("[.,'`]+");
  }
}
