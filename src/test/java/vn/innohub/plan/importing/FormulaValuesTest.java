package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The XLSX plan template with formulas, as officers fill it (a sum, a value computed from another sheet, an agency
 * name put together): each cell reads as the value Excel shows, never as its formula text; a formula saved without
 * a computed value is named in a warning and left empty.
 */
class FormulaValuesTest {

  private static byte[] template(boolean evaluate) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(PlanTemplate.blank()))) {
      Sheet info = wb.getSheet("Thong tin");
      info.getRow(0).createCell(1).setCellValue("45/KH-UBND");
      info.getRow(1).createCell(1).setCellValue("10/02/2026");
      info.getRow(2).createCell(1).setCellValue("Minh Sơn");
      info.getRow(3).createCell(1).setCellValue("Kế hoạch có công thức");
      info.getRow(4).createCell(1).setCellValue("2026 - 2028");
      Row target = wb.getSheet("Chi tieu").createRow(1);
      target.createCell(0).setCellValue("1");
      target.createCell(1).setCellValue("Số doanh nghiệp khởi nghiệp");
      target.createCell(2).setCellFormula("20+5");
      target.createCell(3).setCellFormula("CONCATENATE(\"Sở \",\"KH&CN\")");
      target.createCell(4).setCellFormula("D2");
      Row budget = wb.getSheet("Kinh phi").createRow(1);
      budget.createCell(0).setCellValue("1");
      budget.createCell(1).setCellValue("Chuyên mục");
      budget.createCell(2).setCellValue("Ngân sách tỉnh");
      budget.createCell(3).setCellFormula("SUM(E2:G2)");
      budget.createCell(4).setCellValue(100);
      budget.createCell(5).setCellValue(120);
      budget.createCell(6).setCellValue(80);
      if (evaluate) {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      }
      wb.write(out);
    }
    return out.toByteArray();
  }

  @Test
  void formulaCellsAreReadAsTheirCachedResultsNotTheirText() throws Exception {
    ParsedPlan p = PlanReading.read("mau.xlsx", template(true), AgencyLookup.none(), 2026);
    assertThat(p.targets()).singleElement().satisfies(t -> {
      // "=20+5" was read as 20 with the unit "+"
      assertThat(t.value().min()).isEqualByComparingTo("25");
      assertThat(t.value().unit()).doesNotContain("+");
      assertThat(t.aggregator().text()).isEqualTo("Sở KH&CN");
      assertThat(t.lead().text()).isEqualTo("Sở KH&CN");
    });
    assertThat(p.budget()).singleElement().satisfies(b -> assertThat(b.total()).isEqualByComparingTo("300"));
    assertThat(p.warnings()).noneMatch(w -> w.startsWith("plan.import.formula"));
  }

  @Test
  void aFormulaSavedWithoutAComputedValueIsNamedInAWarningAndLeftEmpty() throws Exception {
    PlanTemplate.Lines lines = PlanTemplate.read(template(false));
    assertThat(lines.lines()).noneMatch(l -> l.contains("20+5") || l.contains("CONCATENATE") || l.contains("SUM("));
    assertThat(lines.warnings()).contains("plan.import.formulaNoValue|Chi tieu|C2|=20+5",
        "plan.import.formulaNoValue|Chi tieu|D2|=CONCATENATE(\"Sở \",\"KH&CN\")",
        "plan.import.formulaNoValue|Kinh phi|D2|=SUM(E2:G2)");
    ParsedPlan p = PlanReading.read("mau.xlsx", template(false), AgencyLookup.none(), 2026);
    assertThat(p.warnings()).anyMatch(w -> w.startsWith("plan.import.formulaNoValue|Chi tieu|C2|"));
    assertThat(p.targets()).allSatisfy(t -> assertThat(t.value() == null ? "" : t.value().text()).doesNotContain("20"));
  }

  @Test
  void aFormulaWithAnErrorResultIsNamedAsSuch() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(PlanTemplate.blank()))) {
      Row target = wb.getSheet("Chi tieu").createRow(1);
      target.createCell(0).setCellValue("1");
      target.createCell(1).setCellValue("Tỷ lệ");
      target.createCell(2).setCellFormula("1/0");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    assertThat(PlanTemplate.read(out.toByteArray()).warnings()).containsExactly("plan.import.formulaError|Chi tieu|C2|=1/0");
    assertThat(PlanTemplate.read(out.toByteArray()).lines()).noneMatch(l -> l.contains("#DIV/0!"));
  }

  @Test
  void datesAndNumbersReadAsTheSheetShowsThem() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(PlanTemplate.blank()))) {
      var date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      var cell = wb.getSheet("Thong tin").getRow(1).createCell(1);
      cell.setCellValue(java.time.LocalDate.of(2026, 3, 15));
      cell.setCellStyle(date);
      wb.getSheet("Thong tin").getRow(3).createCell(1).setCellValue("Kế hoạch");
      wb.getSheet("Thong tin").getRow(2).createCell(1).setCellValue("Minh Sơn");
      Row budget = wb.getSheet("Kinh phi").createRow(1);
      budget.createCell(0).setCellValue(1);
      budget.createCell(1).setCellValue("Chuyên mục");
      budget.createCell(3).setCellValue(250.5);
      wb.write(out);
    }
    List<String> lines = PlanTemplate.read(out.toByteArray()).lines();
    assertThat(lines).contains("Minh Sơn, ngày 15 tháng 03 năm 2026").contains("1\tChuyên mục\t\t250.5");
  }
}
