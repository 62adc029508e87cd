package vn.innohub.shared.files;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * Reads the body of an uploaded DOCX as paragraphs and tables, streaming {@code word/document.xml} with SAX instead
 * of building POI's document model (a 1.3 MB DOCX whose document.xml inflates to 95 MB needed more heap than the
 * node had). Text as Word shows it: runs' text, tabs, line breaks; deleted text, field codes, text boxes and
 * fallback copies of drawings left out (as POI's {@code XWPFParagraph#getText} does); a table cell's paragraphs
 * joined by line breaks. Everything is inflated through {@link OfficeInspection}'s watch; text and the count of
 * paragraphs and cells are capped.
 */
public final class DocxBlocks {

  private DocxBlocks() {}

  /** A body element: a paragraph's text, or a table's rows of cell texts. */
  public sealed interface Block permits Paragraph, Table {}

  public record Paragraph(String text) implements Block {}

  public record Table(List<List<String>> rows) implements Block {}

  /** The body of {@code docx}; unreadable files are {@link OfficeInspection.NotAZip}, bombs {@link FileTooComplex}. */
  public static List<Block> read(byte[] docx) throws OfficeInspection.NotAZip {
    OfficeInspection.Parts parts = OfficeInspection.parts(docx);
    Body body = new Body();
    BoundedXml.parse(parts.open("word/document.xml"), body);
    if (!body.sawBody) {
      throw new OfficeInspection.NotAZip("no document body");
    }
    return body.blocks;
  }

  /** The whole text: paragraphs and table rows as lines, cells separated by tabs. */
  public static String text(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.append(p.text()).append('\n');
      } else if (b instanceof Table t) {
        for (List<String> row : t.rows()) {
          out.append(String.join("\t", row)).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static final class Body extends BoundedXml.Handler {
    private final UploadLimits limits = UploadLimits.current();
    private final List<Block> blocks = new ArrayList<>();
    private boolean sawBody;
    private boolean inBody;
    private long chars;
    private long elements;
    /** Depth of skipped subtrees (deleted text, field codes, text boxes, fallbacks): nothing inside is read. */
    private int skip;
    private boolean inText;
    /** Nesting of tables: only the outermost is a block, inner tables' text goes into the enclosing cell. */
    private int tables;
    private List<List<String>> rows;
    private List<String> row;
    private int cellDepth;
    private StringBuilder cell;
    private StringBuilder paragraph;
    private int paragraphs;

    @Override
    void start(String name, Attributes a) {
      if (skip > 0) {
        skip++;
        return;
      }
      switch (name) {
        case "body" -> {
          sawBody = true;
          inBody = true;
        }
        case "delText", "instrText", "delInstrText", "txbxContent", "Fallback", "del", "moveFrom", "pPr", "rPr", "tblPr",
            "tblGrid", "trPr", "tcPr", "sectPr" -> skip = 1;
        case "tbl" -> {
          if (inBody && tables++ == 0) {
            rows = new ArrayList<>();
          }
        }
        case "tr" -> {
          if (tables == 1 && cellDepth == 0) {
            row = new ArrayList<>();
          }
        }
        case "tc" -> {
          if (cellDepth++ == 0 && tables == 1) {
            cell = new StringBuilder();
          } else if (cell != null && cell.length() > 0) {
            cell.append(' ');
          }
        }
        case "p" -> {
          if (inBody && paragraphs++ == 0) {
            paragraph = new StringBuilder();
          }
        }
        case "t" -> inText = true;
        case "tab", "ptab" -> append("\t");
        case "br", "cr" -> append("\n");
        case "noBreakHyphen" -> append("\u2011");
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && skip == 0) {
        append(new String(ch, start, length));
      }
    }

    private void append(String s) {
      if (paragraph == null || skip > 0) {
        return;
      }
      chars += s.length();
      if (chars > limits.maxTextChars()) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.TEXT, limits.maxTextChars()));
      }
      paragraph.append(s);
    }

    private void element() {
      if (++elements > limits.maxTextChars() / 10) {
        throw ParseGuard.refuse(new FileTooComplex(FileTooComplex.Limit.ELEMENTS, limits.maxTextChars() / 10));
      }
    }

    @Override
    void end(String name) {
      if (skip > 0) {
        skip--;
        return;
      }
      switch (name) {
        case "body" -> inBody = false;
        case "t" -> inText = false;
        case "p" -> {
          if (paragraph != null && --paragraphs == 0) {
            element();
            String text = paragraph.toString();
            paragraph = null;
            if (cell != null) {
              if (cell.length() > 0) {
                cell.append('\n');
              }
              cell.append(text);
            } else if (tables == 0) {
              blocks.add(new Paragraph(text));
            }
          }
        }
        case "tc" -> {
          if (--cellDepth == 0 && cell != null) {
            element();
            if (row != null) {
              row.add(cell.toString());
            }
            cell = null;
          }
        }
        case "tr" -> {
          if (tables == 1 && cellDepth == 0 && row != null) {
            rows.add(List.copyOf(row));
            row = null;
          }
        }
        case "tbl" -> {
          if (tables > 0 && --tables == 0 && rows != null) {
            blocks.add(new Table(List.copyOf(rows)));
            rows = null;
          }
        }
        default -> { }
      }
    }
  }
}
