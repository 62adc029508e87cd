package vn.innohub.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of an uploaded PDF, read at a bounded cost: PDFBox's scratch memory capped, every Flate stream that text
 * extraction decodes (page contents, forms, fonts — images are never decoded for text) inflated first under the
 * size and ratio limits, only the first {@code max-pdf-pages} pages read, at most {@code max-text-chars} characters
 * kept, and the parse's deadline checked on every page and every thousand drawing operators.
 */
public final class PdfText {

  private PdfText() {}

  /** The text, possibly cut at the page or character limit; a password-protected PDF throws PDFBox's exception. */
  public static String extract(byte[] content) throws IOException {
    UploadLimits limits = UploadLimits.current();
    try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfInflatedBytes()).streamCache)) {
      checkStreams(pdf, limits);
      Stripper stripper = new Stripper(limits.maxTextChars());
      stripper.setEndPage(limits.maxPdfPages());
      StringWriter out = new StringWriter();
      try {
        stripper.writeText(pdf, out);
      } catch (Enough e) {
        // the character limit is reached: the text so far is what the library keeps anyway
      }
      return out.toString();
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw e;
    }
  }

  /**
   * The PDF opened for reading with the same bounds as {@link #extract} (scratch memory capped, every Flate stream
   * inflated first under the size and ratio limits); the caller closes it. Throws PDFBox's exception for a damaged
   * file and {@code InvalidPasswordException} for one that needs a password to open.
   */
  public static PDDocument open(byte[] content) throws IOException {
    UploadLimits limits = UploadLimits.current();
    PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfInflatedBytes()).streamCache);
    try {
      checkStreams(pdf, limits);
      return pdf;
    } catch (IOException | RuntimeException e) {
      pdf.close();
      ParseGuard.rethrowRefusal(e);
      throw e;
    }
  }

  /**
   * Whether the PDF reads: it loads, has a page, and the text of its first pages can be extracted — with the same
   * bounds as {@link #extract}. A damaged file throws PDFBox's exception.
   */
  public static void check(byte[] content) throws IOException {
    UploadLimits limits = UploadLimits.current();
    try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfInflatedBytes()).streamCache)) {
      if (pdf.getNumberOfPages() < 1) {
        throw new IOException("no pages");
      }
      checkStreams(pdf, limits);
      Stripper stripper = new Stripper(limits.maxTextChars());
      stripper.setEndPage(limits.maxPdfPages());
      try {
        stripper.writeText(pdf, java.io.Writer.nullWriter());
      } catch (Enough e) {
        // enough text read to know the pages are readable
      }
    } catch (IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw e;
    }
  }

  /** Inflates each non-image Flate stream once, counting, before PDFBox decodes any of them without limits. */
  private static void checkStreams(PDDocument pdf, UploadLimits limits) throws IOException {
    long total = 0;
    byte[] sink = new byte[64 * 1024];
    for (COSObjectKey key : List.copyOf(pdf.getDocument().getXrefTable().keySet())) {
      ParseGuard.check();
      var object = pdf.getDocument().getObjectFromPool(key);
      COSBase base = object == null ? null : object.getObject();
      if (!(base instanceof COSStream stream) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
          || !firstFilterIsFlate(stream.getFilters())) {
        continue;
      }
      Inflater inflater = new Inflater();
      try (InputStream raw = stream.createRawInputStream()) {
        byte[] encoded = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPdfInflatedBytes()));
        inflater.setInput(encoded);
        long produced = 0;
        while (!inflater.finished() && !inflater.needsInput()) {
          int n = inflater.inflate(sink);
          if (n == 0 && (inflater.needsDictionary() || inflater.needsInput())) {
            break;
          }
          produced += n;
          total += n;
          if (total > limits.maxPdfInflatedBytes()) {
            throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.INFLATED_SIZE,
                FileTooComplex.megabytes(limits.maxPdfInflatedBytes())));
          }
          if (produced > limits.ratioGraceBytes()
              && produced > (double) limits.maxRatio() * Math.max(1, inflater.getBytesRead())) {
            throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.RATIO, limits.maxRatio()));
          }
          if ((produced & 0xFFFFF) < n) {
            ParseGuard.check();
          }
        }
      } catch (DataFormatException broken) {
        // a broken stream decodes to little or nothing in PDFBox too: not a bomb
      } finally {
        inflater.end();
      }
    }
  }

  private static boolean firstFilterIsFlate(COSBase filters) {
    if (filters instanceof COSArray array) {
      return array.size() > 0 && firstFilterIsFlate(array.getObject(0));
    }
    return COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters);
  }

  /** Stops the stripper at the character limit. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  /** PDFBox's stripper with the deadline checked as it goes and the text counted. */
  private static final class Stripper extends PDFTextStripper {
    private final int maxChars;
    private int chars;
    private int operators;

    Stripper(int maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      ParseGuard.check();
      super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ((++operators & 0x3FF) == 0) {
        ParseGuard.check();
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      chars += text.length();
      super.writeString(text, positions);
      if (chars > maxChars) {
        throw new Enough();
      }
    }
  }
}
