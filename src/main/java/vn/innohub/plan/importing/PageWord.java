package vn.innohub.plan.importing;

/**
 * A word placed on a page: from a PDF's text layer (PDFBox glyph positions, in points), from OCR (Tesseract word
 * boxes, in pixels) or from text laid out by {@code pdftotext -layout} (character columns and line numbers). The box
 * has a top-left origin: {@code x0 < x1}, {@code y0 < y1}, y growing down the page. {@code confidence} is OCR's word
 * confidence 0–100, or -1 when the word came from a text layer and is certain.
 */
public record PageWord(int page, double x0, double y0, double x1, double y1, String text, double confidence) {

  public static final double CERTAIN = -1;

  public double height() {
    return y1 - y0;
  }

  public double width() {
    return x1 - x0;
  }

  public double centreY() {
    return (y0 + y1) / 2;
  }
}
