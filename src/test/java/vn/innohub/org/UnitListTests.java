package vn.innohub.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.shared.DomainException;

@IntegrationTest
class UnitListTests {

  @Autowired MockMvc mvc;
  @Autowired UnitRegistry registry;
  @Autowired OrgDirectory org;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  @Test
  void anAliasThatAnotherUnitAlreadyUsesIsRefusedNamingTheClash() {
    String code = unique("DUP");
    registry.create(new UnitDraft(code, "Sở Thử nghiệm " + code, List.of("Sở TN&" + code), UnitType.DEPARTMENT, null, true));

    // Same alias written without accents and in capitals: still the same name.
    String clash = "SO TN&" + code.toLowerCase();
    assertThatThrownBy(() -> registry.create(new UnitDraft(unique("OTH"), "Đơn vị khác", List.of(clash),
        UnitType.OTHER, null, true)))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).items())
            .anySatisfy(item -> assertThat(item).contains(clash).contains("Sở Thử nghiệm " + code).contains(code)));
  }

  @Test
  void aWorkbookWithBadRowsListsEveryBadRowAndImportsNothing() throws Exception {
    String good = unique("IMPA");
    String dupName = unique("IMPB");
    byte[] xlsx = workbook(
        new String[] {good, "Trung tâm Thử nghiệm " + good, "TTTN " + good, "Đơn vị khác", "", "Có"},
        new String[] {dupName, "Trung tâm Thử nghiệm " + good, "", "OTHER", "", "Có"},
        new String[] {unique("IMPC"), "Đơn vị loại lạ", "", "Hành tinh", "", "Có"},
        new String[] {unique("IMPD"), "Đơn vị cha thiếu", "", "OTHER", "KHONG-CO-MA", "Có"},
        new String[] {"", "Không có mã", "", "OTHER", "", "Có"},
        new String[] {unique("IMPE"), "Cờ lạ", "", "OTHER", "", "Có lẽ"});

    mvc.perform(multipart("/admin/units/import").file(new MockMultipartFile("file", "units.xlsx", null, xlsx))
            .with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tệp có 5 lỗi")))
        .andExpect(content().string(containsString("Dòng 3: tên")))
        .andExpect(content().string(containsString("Dòng 4: loại đơn vị")))
        .andExpect(content().string(containsString("Dòng 5: không có đơn vị cấp trên mã")))
        .andExpect(content().string(containsString("Dòng 6: mã đơn vị")))
        .andExpect(content().string(containsString("Dòng 7: cột Hoạt động")));

    assertThat(org.all()).noneMatch(u -> u.code().equals(good));
  }

  @Test
  void aGoodWorkbookCreatesAndUpdatesByCodeWithParents() throws Exception {
    String parent = unique("PAR");
    String child = unique("CHI");
    byte[] xlsx = workbook(
        new String[] {child, "Phòng Thử nghiệm " + child, "", "Đơn vị khác", parent, "Không"},
        new String[] {parent, "Trung tâm Cha " + parent, "TTC " + parent + "; Trung tâm C " + parent, "OTHER", "", "Có"});

    mvc.perform(multipart("/admin/units/import").file(new MockMultipartFile("file", "units.xlsx", null, xlsx))
            .with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(redirectedUrl("/admin/units"));

    UnitSummary p = find(parent).orElseThrow();
    UnitSummary c = find(child).orElseThrow();
    assertThat(p.aliases()).containsExactly("TTC " + parent, "Trung tâm C " + parent);
    assertThat(p.active()).isTrue();
    assertThat(c.active()).isFalse();
    assertThat(c.parentId()).isEqualTo(p.id());
    assertThat(org.resolve("ttc " + parent.toLowerCase()).unitIds()).containsExactly(p.id());
  }

  @Test
  void anExportReadsBackAsTheSameList() throws Exception {
    String code = unique("EXP");
    registry.create(new UnitDraft(code, "Ban Xuất khẩu " + code, List.of("BXK " + code), UnitType.OTHER, null, true));

    byte[] exported = mvc.perform(get("/admin/units/export").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
      assertThat(sheet.getLastRowNum()).isEqualTo(org.all().size());
      boolean found = false;
      for (Row row : sheet) {
        if (row.getCell(0).getStringCellValue().equals(code)) {
          found = true;
          assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Ban Xuất khẩu " + code);
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo("BXK " + code);
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Đơn vị khác");
          assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Có");
        }
      }
      assertThat(found).isTrue();
    }
    // Re-importing the unchanged export is accepted and changes nothing.
    int before = org.all().size();
    mvc.perform(multipart("/admin/units/import").file(new MockMultipartFile("file", "units.xlsx", null, exported))
            .with(csrf()).with(user("admin").roles("ADMIN")))
        .andExpect(redirectedUrl("/admin/units"));
    assertThat(org.all()).hasSize(before);
  }

  private Optional<UnitSummary> find(String code) {
    return org.all().stream().filter(u -> u.code().equals(code)).findFirst();
  }

  private static byte[] workbook(String[]... rows) throws Exception {
    try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Don vi");
      String[] header = {"Mã", "Tên chính thức", "Tên gọi khác", "Loại", "Mã đơn vị cấp trên", "Hoạt động"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theResolverPageShowsEachPartAndTheUnitsItStandsFor() throws Exception {
    String code = unique("RES");
    registry.create(new UnitDraft(code, "Sở Thử nghiệm nhận diện " + code, List.of("STN " + code), UnitType.DEPARTMENT, null, true));
    mvc.perform(get("/admin/units/resolve").param("text", "STN " + code + "; Sở Du hành Vũ trụ và các đơn vị liên quan")
            .with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sở Thử nghiệm nhận diện " + code)))
        .andExpect(content().string(containsString("Chưa nhận diện được")))
        .andExpect(content().string(containsString("Chung chung")));
  }
}
