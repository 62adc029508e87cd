package vn.innohub.shared.text;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * Text for a spreadsheet cell that a spreadsheet program will not run as a formula (OWASP "CSV injection"): a text
 * value whose first non-blank character is {@code = + - @}, a tab or a carriage return — or their full-width forms
 * {@code ＝ ＋ － ＠}, which Excel with an East-Asian input method also accepts — gets a leading apostrophe. Leading
 * blanks are looked through because LibreOffice and some Excel imports trim them before deciding. Numbers are never
 * changed: they go out as numbers ({@link #csv(Object)} of a {@link Number}, numeric XLSX cells), so {@code -5} stays
 * a number while the text {@code "-5 triệu"} is quoted. Every CSV and XLSX export goes through this class
 * (docs/SECURITY.md).
 */
public final class SpreadsheetSafe {

  /** The prefix added; Excel and LibreOffice show a text cell starting with it as plain text. */
  public static final char QUOTE = '\'';

  private SpreadsheetSafe() {}

  /** Whether a spreadsheet could take this text for a formula. */
  public static boolean dangerous(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
          return true;
        default:
          // Look through blanks a program may trim (space, no-break space, line feed, ideographic space…).
          if (c == ' ' || c == '\n' || c == '\u00A0' || c == '\u3000' || Character.isSpaceChar(c)) {
            continue;
          }
          return false;
      }
    }
    return false;
  }

  /** The text as it goes into a cell: unchanged unless {@link #dangerous}, then with a leading apostrophe. */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    return dangerous(text) ? QUOTE + text : text;
  }

  /**
   * The reverse of {@link #text} for an importer reading one of our own exports back: drops the apostrophe only when
   * what follows would have been dangerous (so a genuine leading apostrophe elsewhere is kept).
   */
  public static String unquote(String cell) {
    if (cell != null && cell.length() > 1 && cell.charAt(0) == QUOTE && dangerous(cell.substring(1))) {
      return cell.substring(1);
    }
    return cell;
  }

  /** One CSV field (RFC 4180 quoting): a number as a plain number, anything else as neutralised text. */
  public static String csv(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return StringEscapeUtils.escapeCsv(text(value.toString()));
  }

  /** One CSV line without its line ending. */
  public static String csvRow(Collection<?> values) {
    return values.stream().map(SpreadsheetSafe::csv).collect(Collectors.joining(","));
  }

  /** A text cell of a workbook row, neutralised. */
  public static Cell textCell(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text(text));
    return cell;
  }
}
