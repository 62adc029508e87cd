package vn.innohub.plan.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.innohub.shared.files.DocxBlocks;
import vn.innohub.shared.files.FileKind;
import vn.innohub.shared.files.OfficeInspection;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.files.PdfText;

/**
 * Turns an uploaded document into the lines the plan parser reads: UTF-8 text as is; a DOCX's paragraphs as lines
 * and its tables as tab-separated rows (a cell's own line breaks become spaces, merged cells stay empty so that they
 * read as continuations); OCR output without diacritics cleaned of its noise ({@link OcrText}). Refuses — with a
 * reason the officer can act on — empty files, binary files, scanned PDFs and text in the legacy TCVN3/VNI encodings.
 */
public final class DocumentReader {

  /** What kind of document arrived, decided by content, not by name. */
  public enum Kind { TEXT, DOCX, XLSX, PDF, IMAGE }

  /**
   * A document's lines and, for lines read through OCR, each line's mean OCR confidence in percent by its 1-based
   * line number (empty for text, DOCX and PDF text layers: certain).
   */
  /**
   * The lines read. {@code copied} is set (to the same lines) when they are text copied from a PDF, whose tables lost
   * their tabs: {@link PlanReading#parse} rebuilds them with {@link CopiedPdfText} and the unit registry.
   */
  public record Read(List<String> lines, Map<Integer, Integer> lineConfidence, List<String> copied) {

    public Read {
      lines = List.copyOf(lines);
      lineConfidence = Map.copyOf(lineConfidence);
      copied = copied == null ? null : List.copyOf(copied);
    }

    public Read(List<String> lines, Map<Integer, Integer> lineConfidence) {
      this(lines, lineConfidence, null);
    }

    static Read certain(List<String> lines) {
      return new Read(lines, Map.of());
    }
  }

  private DocumentReader() {}

  public static Kind kind(String name, byte[] content) {
    if (content == null || content.length == 0 || isBlank(content)) {
      throw new UnreadableDocument("plan.import.empty");
    }
    if (startsWith(content, "%PDF")) {
      return Kind.PDF;
    }
    if (isImage(content)) {
      return Kind.IMAGE;
    }
    if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
      // the kind from the ZIP's directory, nothing inflated; a bomb's declared sizes are refused here already
      Optional<FileKind> office;
      try {
        office = OfficeInspection.directory(content).kind();
      } catch (OfficeInspection.NotAZip e) {
        office = Optional.empty();
      }
      String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
      if (office.map(k -> k == FileKind.XLSX).orElse(lower.endsWith(".xlsx"))) {
        return Kind.XLSX;
      }
      if (office.map(k -> k == FileKind.DOCX).orElse(lower.endsWith(".docx"))) {
        return Kind.DOCX;
      }
      throw new UnreadableDocument("plan.import.unknownZip");
    }
    if (startsWith(content, "\u00D0\u00CF\u0011\u00E0") || (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
      throw new UnreadableDocument("plan.import.legacyOffice");
    }
    return Kind.TEXT;
  }

  public static List<String> lines(String name, byte[] content) {
    return lines(name, content, ReadProgress.NONE);
  }

  public static List<String> lines(String name, byte[] content, ReadProgress progress) {
    return read(name, content, progress).lines();
  }

  /** The lines, with the OCR confidence of each line read from a scan or an image. */
  public static Read read(String name, byte[] content, ReadProgress progress) {
    return switch (kind(name, content)) {
      case TEXT -> textRead(content);
      case DOCX -> Read.certain(docx(content));
      case PDF -> pdf(content, progress);
      case IMAGE -> image(content, progress);
      case XLSX -> throw new UnreadableDocument("plan.import.useTemplateReader");
    };
  }

  /** PDFs longer than this are refused: a plan with its annexes is a few dozen pages, not a whole file of documents. */
  public static final int MAX_PDF_PAGES = 200;

  /**
   * A PDF with a text layer: its words placed by position and rebuilt into prose and tab-separated table rows
   * ({@link PdfWords}, {@link PositionalTables}). A PDF whose pages carry (almost) no text is a scan: {@link #scanned}.
   */
  static Read pdf(byte[] content, ReadProgress progress) {
    List<String> lines;
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = PdfText.open(content)) {
      int pages = pdf.getNumberOfPages();
      if (pages < 1) {
        throw new UnreadableDocument("plan.import.pdfDamaged");
      }
      if (pages > MAX_PDF_PAGES) {
        throw new UnreadableDocument("plan.import.pdfTooLong");
      }
      PdfWords.Pages read = PdfWords.read(pdf, progress);
      lines = hasTextLayer(read) ? texts(PositionalTables.lines(read.words(), read.rules())) : null;
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new UnreadableDocument("plan.import.pdfEncrypted");
    } catch (UnreadableDocument e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new UnreadableDocument("plan.import.pdfDamaged");
    }
    return lines != null ? Read.certain(lines) : scanned(content, progress);
  }

  /** Most pages have some text: fewer than 20 letters on more than half of them is a scanned document. */
  private static boolean hasTextLayer(PdfWords.Pages read) {
    int[] letters = new int[read.pages() + 1];
    for (PageWord w : read.words()) {
      if (w.page() >= 1 && w.page() <= read.pages()) {
        letters[w.page()] += (int) w.text().codePoints().filter(Character::isLetterOrDigit).count();
      }
    }
    int empty = 0;
    for (int p = 1; p <= read.pages(); p++) {
      empty += letters[p] < 20 ? 1 : 0;
    }
    return empty * 2 <= read.pages();
  }

  /** A PDF without a text layer: OCR when Tesseract with its Vietnamese data is there, else what to install. */
  static Read scanned(byte[] content, ReadProgress progress) {
    if (!OcrEngine.current().available()) {
      throw new UnreadableDocument("plan.import.pdfNoText");
    }
    return ScanReader.pdf(content, progress);
  }

  /** A PNG, JPEG or TIFF: a scan or a photo of the plan, read through OCR. */
  static Read image(byte[] content, ReadProgress progress) {
    if (!OcrEngine.current().available()) {
      throw new UnreadableDocument("plan.import.ocrUnavailable");
    }
    return ScanReader.image(content, progress);
  }

  /** PNG, JPEG (JFIF, Exif) or TIFF (both byte orders), by their magic bytes. */
  static boolean isImage(byte[] c) {
    if (c.length < 8) {
      return false;
    }
    int b0 = c[0] & 0xFF;
    int b1 = c[1] & 0xFF;
    boolean png = b0 == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == '\r' && c[5] == '\n';
    boolean jpeg = b0 == 0xFF && b1 == 0xD8 && (c[2] & 0xFF) == 0xFF;
    boolean tiff = c[0] == 'I' && c[1] == 'I' && c[2] == 42 && c[3] == 0 || c[0] == 'M' && c[1] == 'M' && c[2] == 0
        && c[3] == 42;
    return png || jpeg || tiff;
  }

  private static List<String> texts(List<PositionalTables.Line> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (PositionalTables.Line l : lines) {
      out.add(l.text());
    }
    return out;
  }

  /**
   * Text laid out with spaces ({@code pdftotext -layout}, or copied from such a view): no tab anywhere, and at least
   * eight lines — a fifth of the non-blank ones — with a run of three or more spaces between words. Conservative:
   * used only when the rebuild finds a table in it.
   */
  static boolean looksLaidOut(List<String> lines) {
    int nonBlank = 0;
    int laidOut = 0;
    for (String l : lines) {
      if (l.indexOf('\t') >= 0) {
        return false;
      }
      if (!l.isBlank()) {
        nonBlank++;
        if (LAID_OUT.matcher(l).find()) {
          laidOut++;
        }
      }
    }
    return laidOut >= 8 && laidOut * 5 >= nonBlank;
  }

  /**
   * Laid-out lines with every "|" and noise symbol (see {@link OcrText#NOISE}) that stands alone — between spaces
   * or at a line's edge — replaced by a space: in text laid out with spaces such a mark is a table rule or a speck in
   * a column gap, and blanking it keeps every word at its column. Marks inside or against a word are kept.
   */
  static List<String> gapMarksBlanked(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      char[] c = line.toCharArray();
      for (int i = 0; i < c.length; i++) {
        boolean mark = c[i] == '|' || OcrText.NOISE.indexOf(c[i]) >= 0;
        if (mark && (i == 0 || c[i - 1] == ' ') && (i + 1 == c.length || c[i + 1] == ' ')) {
          c[i] = ' ';
        }
      }
      out.add(new String(c));
    }
    return out;
  }

  /**
   * OCR's letter-for-digit swaps undone in numbers: in a token of digits, "O", "o" and "l" with at least one real
   * digit and nothing else but number punctuation, the letters become 0 and 1 ("2O26" → "2026", "O1/7" → "01/7",
   * "l0" → "10"). One character for one, so laid-out columns keep their places; words are never touched.
   */
  static List<String> digitSwapsFixed(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      java.util.regex.Matcher m = NUMBERISH.matcher(line);
      StringBuilder b = new StringBuilder(line.length());
      while (m.find()) {
        String t = m.group();
        boolean digit = t.chars().anyMatch(Character::isDigit);
        m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(
            digit ? t.replace('O', '0').replace('o', '0').replace('l', '1') : t));
      }
      m.appendTail(b);
      out.add(b.toString());
    }
    return out;
  }

  private static final java.util.regex.Pattern NUMBERISH =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{N}Ool](?:[\\p{N}Ool]|[./,:-](?=[\\p{N}Ool]))*(?![\\p{L}\\p{N}])");

  private static final java.util.regex.Pattern LAID_OUT = java.util.regex.Pattern.compile("\\S {3,}\\S");

  static List<String> text(byte[] content) {
    return textRead(content).lines();
  }

  private static Read textRead(byte[] content) {
    java.nio.charset.Charset utf16 = utf16(content);
    if (utf16 == null) {
      int controls = 0;
      for (byte b : content) {
        if (b == 0 || (b > 0 && b < 9) || (b > 13 && b < 32 && b != 27)) {
          controls++;
        }
      }
      if (controls > content.length / 100 + 1) {
        throw new UnreadableDocument("plan.import.binary");
      }
    }
    String text;
    try {
      text = (utf16 == null ? StandardCharsets.UTF_8 : utf16).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocument(utf16 == null ? "plan.import.legacyEncoding" : "plan.import.binary");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (utf16 != null) {
      int controls = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 0 || c < 9 || (c > 13 && c < 32 && c != 27)) {
          controls++;
        }
      }
      if (controls > text.length() / 100 + 1) {
        throw new UnreadableDocument("plan.import.binary");
      }
    }
    if (looksLikeLegacyVietnamese(text)) {
      throw new UnreadableDocument("plan.import.legacyEncoding");
    }
    List<String> lines = List.of(text.split("\\r?\\n|\\r", -1));
    boolean ocr = OcrText.looksLikeOcr(lines);
    if (looksLaidOut(lines)) {
      // column gaps may carry a rule ("|") or a speck ("§") among their spaces: blanked, so the columns stay put
      List<String> blanked = gapMarksBlanked(lines);
      List<String> rebuilt = texts(PositionalTables.fromLayoutText(ocr ? digitSwapsFixed(blanked) : blanked));
      if (rebuilt.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
        return Read.certain(ocr ? rebuilt.stream().map(OcrText::strip).toList() : rebuilt);
      }
    }
    if (ocr) {
      return Read.certain(OcrText.clean(lines));
    }
    // text copied from a PDF viewer: tables without tabs, cells wrapped over short lines (issue 18)
    // the tables are rebuilt when the plan is parsed, knowing the province's units (PlanReading.parse)
    return CopiedPdfText.looksCopied(lines) ? new Read(lines, Map.of(), lines) : Read.certain(lines);
  }

  /**
   * UTF-16 (as Windows Notepad saves "Unicode"): by its byte order mark, or without one when the high bytes of the
   * characters — zero for ASCII and Latin-1, 0x1E for most Vietnamese letters — show on one side of every pair.
   * Null when the text is not UTF-16.
   */
  static java.nio.charset.Charset utf16(byte[] content) {
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    int pairs = Math.min(content.length, 8192) / 2;
    if (pairs < 2 || content.length % 2 != 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenZeros += content[i] == 0 ? 1 : 0;
      oddZeros += content[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros > pairs * 3 / 10 && evenZeros < pairs / 20) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 3 / 10 && oddZeros < pairs / 20) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * TCVN3 and VNI text decoded as Unicode shows as Latin-1 symbols inside most words ("KÕ ho¹ch", "Keá hoaïch");
   * OCR text without diacritics shows a few stray ones ("Ke hoach ¢", "«So»") and is read. See {@link LegacyEncoding}.
   */
  static boolean looksLikeLegacyVietnamese(String text) {
    return LegacyEncoding.looksLegacy(text);
  }

  static List<String> docx(byte[] content) {
    List<String> lines = new ArrayList<>();
    try {
      // streamed, never POI's whole-document model: a 95 MB document.xml would not fit in the heap
      for (DocxBlocks.Block block : DocxBlocks.read(content)) {
        ParseGuard.check();
        if (block instanceof DocxBlocks.Paragraph p) {
          for (String line : p.text().split("\\r?\\n")) {
            lines.add(line);
          }
          lines.add("");
        } else if (block instanceof DocxBlocks.Table t) {
          for (List<String> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
              cells.add(cell.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace('\t', ' ').strip());
            }
            lines.add(String.join("\t", cells));
          }
          lines.add("");
        }
      }
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new UnreadableDocument("plan.import.badDocx");
    }
    return lines;
  }

  private static boolean isBlank(byte[] content) {
    for (byte b : content) {
      if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] content, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
    if (content.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (content[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
