package vn.innohub.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.innohub.org.UnitType;
import vn.innohub.shared.web.MessageBundles;
import vn.innohub.shared.web.Messages;

/**
 * A unit list whose names are put together by formulas imports the names Excel shows (never "CONCATENATE(…)"); a
 * formula saved without a computed value makes its row a problem naming the cell, so that it is not imported.
 */
class UnitSpreadsheetFormulaTest {

  private static Messages messages() {
    return new Messages(MessageBundles.source());
  }

  private static byte[] units(boolean evaluate) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Don vi");
      Row header = s.createRow(0);
      for (int i = 0; i < UnitSpreadsheet.HEADER.length; i++) {
        header.createCell(i).setCellValue(UnitSpreadsheet.HEADER[i]);
      }
      Row a = s.createRow(1);
      a.createCell(0).setCellFormula("\"TT\"&\"KN\"");
      a.createCell(1).setCellFormula("CONCATENATE(\"Trung tâm \",\"Hỗ trợ khởi nghiệp\")");
      a.createCell(3).setCellValue(UnitType.DEPARTMENT.name());
      a.createCell(5).setCellValue("Có");
      Row b = s.createRow(2);
      b.createCell(0).setCellValue("SKHCN");
      b.createCell(1).setCellValue("Sở Khoa học và Công nghệ");
      b.createCell(3).setCellValue(UnitType.DEPARTMENT.name());
      b.createCell(5).setCellFormula("IF(1>0,\"Có\",\"Không\")");
      if (evaluate) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      }
      wb.write(out);
    }
    return out.toByteArray();
  }

  @org.junit.jupiter.api.BeforeEach
  void vietnamese() {
    org.springframework.context.i18n.LocaleContextHolder.setLocale(Messages.VI);
  }

  @org.junit.jupiter.api.AfterEach
  void reset() {
    org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void formulasGiveTheNamesAndFlagsExcelShows() throws Exception {
    List<UnitSpreadsheet.Row> rows = UnitSpreadsheet.read(units(true), Map.of(), messages());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).draft().code()).isEqualTo("TTKN");
    assertThat(rows.get(0).draft().name()).isEqualTo("Trung tâm Hỗ trợ khởi nghiệp");
    assertThat(rows.get(0).problems()).isEmpty();
    assertThat(rows.get(1).draft().active()).isTrue();
    assertThat(rows.get(1).problems()).isEmpty();
  }

  @Test
  void aFormulaWithoutAComputedValueIsAProblemOfItsRowNamingTheCell() throws Exception {
    List<UnitSpreadsheet.Row> rows = UnitSpreadsheet.read(units(false), Map.of(), messages());
    assertThat(rows.get(0).draft().name()).doesNotContain("CONCATENATE");
    assertThat(rows.get(0).problems()).anySatisfy(p -> assertThat(p).contains("“Don vi”").contains("ô B2")
        .contains("chưa có giá trị tính sẵn"));
    assertThat(rows.get(1).problems()).anySatisfy(p -> assertThat(p).contains("ô F3"));
  }
}
