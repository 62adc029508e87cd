package vn.innohub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.plan.importing.PlanTemplate;

/**
 * The plan import page with the files officers really send: a plan saved by Notepad as UTF-16 is read (not refused
 * as "có thể là ảnh"), and an XLSX template with a formula saved without its value shows the preview with a warning
 * naming the sheet and the cell.
 */
@IntegrationTest
class PlanImportReadingTests {

  @Autowired MockMvc mvc;

  private MockHttpServletResponse upload(String name, byte[] content) throws Exception {
    MockHttpServletResponse r = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", name, null, content))
        .with(csrf()).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  private String preview(MockHttpServletResponse redirect) throws Exception {
    assertThat(redirect.getStatus()).as(redirect.getContentAsString()).isEqualTo(302);
    MockHttpServletResponse page = mvc.perform(get(redirect.getRedirectedUrl()).with(user("admin").roles("ADMIN")))
        .andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    assertThat(page.getStatus()).isEqualTo(200);
    return page.getContentAsString();
  }

  @Test
  void aUtf16PlanIsReadNotRefusedAsAnImage() throws Exception {
    String plan = "KẾ HOẠCH\r\nHỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Minh Sơn năm 2026\r\n"
        + "1. Phấn đấu có 30 doanh nghiệp khởi nghiệp.\r\n";
    byte[] text = plan.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    MockHttpServletResponse r = upload("ke-hoach.txt", withBom);
    assertThat(r.getContentAsString()).doesNotContain("có thể là ảnh");
    assertThat(preview(r)).contains("Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Minh Sơn năm 2026");
  }

  @Test
  void aFormulaWithoutItsValueIsNamedOnThePreview() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(PlanTemplate.blank()))) {
      wb.getSheet("Thong tin").getRow(3).createCell(1).setCellValue("Kế hoạch có công thức chưa tính");
      wb.getSheet("Thong tin").getRow(4).createCell(1).setCellValue("2026 - 2027");
      Row target = wb.getSheet("Chi tieu").createRow(1);
      target.createCell(0).setCellValue("1");
      target.createCell(1).setCellValue("Số doanh nghiệp khởi nghiệp");
      target.createCell(2).setCellFormula("20+5");
      wb.write(out);
    }
    String page = preview(upload("mau.xlsx", out.toByteArray()));
    assertThat(page).contains("Trang tính “Chi tieu”, ô C2: công thức =20+5 chưa có giá trị tính sẵn");
  }

  /**
   * Issue 18: a budget annex with agency columns and a deliberately altered grand total. Lines: 1.000 + 2.500,5 =
   * 3.500,5; the document prints 3.600. The preview shows both numbers, the lead as printed when no unit resolves,
   * and the budget lines survive the stored preview into the committed plan.
   */
  @Test
  void aBudgetAnnexWithAnAlteredTotalShowsBothNumbersOnThePreviewAndCommitsItsLines() throws Exception {
    String plan = String.join("\n",
        "KẾ HOẠCH",
        "Kinh phí khởi nghiệp tỉnh Minh Sơn năm 2026",
        "",
        "ĐVT: triệu đồng",
        "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tNguồn\tTổng kinh phí\t2026",
        "1\tCuộc thi khởi nghiệp\tBan Điều phối Sao Hỏa\t\tNgân sách tỉnh\t1.000\t1.000",
        "2\tƯơm tạo dự án\tBan Điều phối Sao Hỏa\t\tXã hội hóa\t2.500,5\t2.500,5",
        "\tTổng cộng\t\t\t\t3.600\t3.500,5", "");
    MockHttpServletResponse r = upload("kinh-phi.txt", plan.getBytes(StandardCharsets.UTF_8));
    String page = preview(r);
    assertThat(page).contains("Tổng in trong văn bản 3.600 ≠ tổng các dòng 3.500,5");
    assertThat(page).contains("Ban Điều phối Sao Hỏa").contains("Cuộc thi khởi nghiệp");
    String importPath = r.getRedirectedUrl();
    MockHttpServletResponse committed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post(importPath + "/commit").with(csrf()).with(user("admin").roles("ADMIN")))
        .andReturn().getResponse();
    assertThat(committed.getStatus()).isEqualTo(302);
    MockHttpServletResponse detail = mvc.perform(get(committed.getRedirectedUrl()).with(user("admin").roles("ADMIN")))
        .andReturn().getResponse();
    detail.setCharacterEncoding("UTF-8");
    assertThat(detail.getContentAsString()).contains("Ươm tạo dự án");
  }
}
