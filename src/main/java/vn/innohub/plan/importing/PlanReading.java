package vn.innohub.plan.importing;

import java.util.List;

/** Reads an uploaded file of any supported kind (text, DOCX, the XLSX template) into a parsed plan. */
public final class PlanReading {

  private PlanReading() {}

  /** The document's lines, and the period typed in the XLSX template (nulls otherwise): the costly part. */
  public record Source(List<String> lines, Integer periodFrom, Integer periodTo, List<String> warnings) {

    public Source(List<String> lines, Integer periodFrom, Integer periodTo) {
      this(lines, periodFrom, periodTo, List.of());
    }
  }

  public static ParsedPlan read(String name, byte[] content, AgencyLookup agencies, int fallbackYear) {
    return parse(source(name, content), agencies, fallbackYear);
  }

  /** Opens the document (POI for DOCX and XLSX) and takes its lines; run within the upload parse budget. */
  public static Source source(String name, byte[] content) {
    return source(name, content, ReadProgress.NONE);
  }

  /** As {@link #source(String, byte[])}, telling {@code progress} the pages read of a PDF. */
  public static Source source(String name, byte[] content, ReadProgress progress) {
    if (DocumentReader.kind(name, content) == DocumentReader.Kind.XLSX) {
      PlanTemplate.Lines sheet = PlanTemplate.read(content);
      return new Source(sheet.lines(), sheet.periodFrom(), sheet.periodTo(), sheet.warnings());
    }
    return new Source(DocumentReader.lines(name, content, progress), null, null);
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
    ParsedPlan p = new PlanTextParser(agencies).parse(source.lines(), fallbackYear);
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
