package vn.innohub.plan.importing;

import java.util.List;
import java.util.Map;

/** Reads an uploaded file of any supported kind (text, DOCX, the XLSX template, scans and images) into a parsed plan. */
public final class PlanReading {

  private PlanReading() {}

  /**
   * The document's lines, and the period typed in the XLSX template (nulls otherwise): the costly part. For a scan
   * or an image read through OCR, {@code lineConfidence} holds each line's mean OCR confidence in percent by its
   * 1-based line number (the {@code line} of a parsed item); empty when the text is certain.
   */
  public record Source(List<String> lines, Integer periodFrom, Integer periodTo, List<String> warnings,
      Map<Integer, Integer> lineConfidence, List<String> copied) {

    public Source {
      lineConfidence = lineConfidence == null ? Map.of() : Map.copyOf(lineConfidence);
    }

    public Source(List<String> lines, Integer periodFrom, Integer periodTo, List<String> warnings,
        Map<Integer, Integer> lineConfidence) {
      this(lines, periodFrom, periodTo, warnings, lineConfidence, null);
    }

    public Source(List<String> lines, Integer periodFrom, Integer periodTo, List<String> warnings) {
      this(lines, periodFrom, periodTo, warnings, Map.of());
    }

    public Source(List<String> lines, Integer periodFrom, Integer periodTo) {
      this(lines, periodFrom, periodTo, List.of());
    }
  }

  /**
   * How long reading a PDF may take (PDFBox placing every word of up to {@link DocumentReader#MAX_PDF_PAGES} pages,
   * then the table rebuild): 60 s, against the upload budget of a few seconds for other files. Measured in
   * docs/BENCHMARKS.md ("PDF plan import").
   */
  public static final java.time.Duration PDF_PARSE_BUDGET = java.time.Duration.ofSeconds(60);

  /** The parse budget this document needs: {@link #PDF_PARSE_BUDGET} for a PDF, null (the default) otherwise. */
  public static java.time.Duration parseBudget(String name, byte[] content) {
    if (content == null || content.length <= 4) {
      return null;
    }
    if (content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
      return PDF_PARSE_BUDGET;
    }
    // text without a tab may be copied from a PDF, whose tables are rebuilt row by row (CopiedPdfText): seconds
    return plainTextWithoutTabs(content) ? PDF_PARSE_BUDGET : null;
  }

  private static boolean plainTextWithoutTabs(byte[] content) {
    if (content[0] == 'P' && content[1] == 'K') {
      return false; // DOCX, XLSX
    }
    for (byte b : content) {
      if (b == '\t' || b == 0) {
        return false;
      }
    }
    return true;
  }

  public static ParsedPlan read(String name, byte[] content, AgencyLookup agencies, int fallbackYear) {
    return parse(source(name, content), agencies, fallbackYear);
  }

  /** Opens the document (POI for DOCX and XLSX) and takes its lines; run within the upload parse budget. */
  public static Source source(String name, byte[] content) {
    return source(name, content, ReadProgress.NONE);
  }

  /**
   * As {@link #source(String, byte[], ReadProgress)}, rebuilding the tables of text copied from a PDF here, with the
   * province's units (within the caller's parse budget, as the rest of the reading).
   */
  public static Source source(String name, byte[] content, ReadProgress progress, AgencyLookup agencies) {
    Source s = source(name, content, progress);
    if (s.copied() == null) {
      return s;
    }
    return new Source(CopiedPdfText.rebuild(s.copied(), agencies == null ? AgencyLookup.none() : agencies),
        s.periodFrom(), s.periodTo(), s.warnings(), s.lineConfidence(), null);
  }

  /** As {@link #source(String, byte[])}, telling {@code progress} the pages read of a PDF. */
  public static Source source(String name, byte[] content, ReadProgress progress) {
    if (DocumentReader.kind(name, content) == DocumentReader.Kind.XLSX) {
      PlanTemplate.Lines sheet = PlanTemplate.read(content);
      return new Source(sheet.lines(), sheet.periodFrom(), sheet.periodTo(), sheet.warnings());
    }
    DocumentReader.Read read = DocumentReader.read(name, content, progress);
    return new Source(read.lines(), null, null, List.of(), read.lineConfidence(), read.copied());
  }

  /**
   * As {@link #parse(Source, AgencyLookup, int)}, restoring the diacritics of a document read without them (OCR)
   * with the model {@code restorer} gives — built only when the document needs it.
   */
  public static ParsedPlan parse(Source source, AgencyLookup agencies, int fallbackYear,
      java.util.function.Supplier<vn.innohub.shared.text.DiacriticRestorer> restorer) {
    return DiacriticRestoration.ifNeeded(source.lines(), parse(source, agencies, fallbackYear), restorer, agencies);
  }

  public static ParsedPlan parse(Source source, AgencyLookup agencies, int fallbackYear) {
    // text copied from a PDF: its tables rebuilt again, this time knowing the province's units
    List<String> lines = source.copied() != null
        ? CopiedPdfText.rebuild(source.copied(), agencies == null ? AgencyLookup.none() : agencies) : source.lines();
    ParsedPlan p = new PlanTextParser(agencies).parse(lines, fallbackYear);
    if (source.periodFrom() == null && source.warnings().isEmpty()) {
      return p;
    }
    List<String> warnings = new java.util.ArrayList<>(source.warnings());
    warnings.addAll(p.warnings());
    return new ParsedPlan(p.number(), p.date(), p.place(), p.title(), p.issuer(),
        source.periodFrom() == null ? p.periodFrom() : source.periodFrom(),
        source.periodFrom() == null ? p.periodTo() : source.periodTo(), p.legalBases(), p.sections(), p.targets(),
        p.tasks(), p.budget(), p.unparsed(), List.copyOf(warnings), p.budgetTotals(), p.options(), p.groupRows());
  }
}
