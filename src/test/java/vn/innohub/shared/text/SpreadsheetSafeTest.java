package vn.innohub.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OWASP CSV-injection rule: text that a spreadsheet could run as a formula is quoted, numbers never are. */
class SpreadsheetSafeTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "@SUM(A1)", "-2+3", "\t=1", "\r=1",
      "  =1+1", "\u00A0=1", "\n@x", "＝1+1", "＋1", "－5", "＠SUM(A1)", "-5 triệu", "+84 912 345 678"})
  void textThatCouldRunAsAFormulaGetsALeadingApostrophe(String value) {
    assertThat(SpreadsheetSafe.text(value)).isEqualTo("'" + value);
    assertThat(SpreadsheetSafe.unquote("'" + value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nông Trại Số", "1+1", "Công ty A=B", "'trích dẫn'", "x-y", "", "   ", "2026-06-10",
      "email@example.vn"})
  void ordinaryTextIsUnchanged(String value) {
    assertThat(SpreadsheetSafe.text(value)).isEqualTo(value);
    assertThat(SpreadsheetSafe.unquote(value)).isEqualTo(value);
  }

  @Test
  void aGenuineLeadingApostropheIsKeptOnImport() {
    assertThat(SpreadsheetSafe.unquote("'trích dẫn'")).isEqualTo("'trích dẫn'");
    assertThat(SpreadsheetSafe.unquote("'")).isEqualTo("'");
  }

  @Test
  void csvQuotesFieldsAfterNeutralisingAndLeavesNumbersAlone() {
    assertThat(SpreadsheetSafe.csvRow(Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("-5"), -5,
        -2.5, "-5 triệu", null, true, "a,b")))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-5,-5,-2.5,'-5 triệu,,true,\"a,b\"");
    assertThat(SpreadsheetSafe.csv(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(SpreadsheetSafe.csv("\t=1")).isEqualTo("'\t=1");
  }

  @Test
  void workbookTextCellsAreStringsStartingWithTheApostropheAndNumbersStayNumeric() throws Exception {
    byte[] bytes;
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row row = wb.createSheet("s").createRow(0);
      SpreadsheetSafe.textCell(row, 0, "=HYPERLINK(\"http://evil\",\"x\")");
      SpreadsheetSafe.textCell(row, 1, "@SUM(A1)");
      row.createCell(2).setCellValue(-5);
      SpreadsheetSafe.textCell(row, 3, null);
      wb.write(out);
      bytes = out.toByteArray();
    }
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      List<Cell> cells = List.of(sheet.getRow(0).getCell(0), sheet.getRow(0).getCell(1));
      for (Cell c : cells) {
        assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        assertThat(c.getStringCellValue()).startsWith("'");
      }
      assertThat(sheet.getRow(0).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(0).getCell(2).getNumericCellValue()).isEqualTo(-5.0);
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEmpty();
    }
  }
}
