package vn.innohub.plan.importing;

import java.util.List;

/** Reads an uploaded file of any supported kind (text, DOCX, the XLSX template) into a parsed plan. */
public final class PlanReading {

  private PlanReading() {}

  public static ParsedPlan read(String name, byte[] content, AgencyLookup agencies, int fallbackYear) {
    PlanTextParser parser = new PlanTextParser(agencies);
    if (DocumentReader.kind(name, content) == DocumentReader.Kind.XLSX) {
      PlanTemplate.Lines sheet = PlanTemplate.read(content);
      ParsedPlan p = parser.parse(sheet.lines(), fallbackYear);
      if (sheet.periodFrom() == null) {
        return p;
      }
      return new ParsedPlan(p.number(), p.date(), p.place(), p.title(), p.issuer(), sheet.periodFrom(), sheet.periodTo(),
          p.legalBases(), p.sections(), p.targets(), p.tasks(), p.budget(), p.unparsed(), p.warnings());
    }
    List<String> lines = DocumentReader.lines(name, content);
    return parser.parse(lines, fallbackYear);
  }
}
