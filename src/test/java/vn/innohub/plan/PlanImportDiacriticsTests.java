package vn.innohub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.plan.internal.PlanImports;

/**
 * A plan from a scan whose OCR lost the diacritics: the preview shows the names with their diacritics restored, a
 * badge "đã khôi phục dấu" and the text as read, and the name is corrected in the preview like any flagged field.
 */
@IntegrationTest
class PlanImportDiacriticsTests {

  @Autowired MockMvc mvc;
  @Autowired PlanImports imports;
  @Autowired vn.innohub.org.UnitRegistry units;
  @Autowired vn.innohub.org.OrgDirectory org;

  @org.junit.jupiter.api.BeforeEach
  void unitsExist() {
    java.util.Map.of("DIA-SCT", "Sở Công Thương", "DIA-SKHCN", "Sở Khoa học và Công nghệ").forEach((code, name) -> {
      if (org.resolve(name).unitIds().isEmpty()) {
        units.create(new vn.innohub.org.UnitDraft(code, name, java.util.List.of(), vn.innohub.org.UnitType.DEPARTMENT,
            null, true));
      }
    });
  }

  private static final String OCR = """
      KE HOACH
      Ho tro khoi nghiep sang tao nam 2027

      II. NHIEM VU
      1. To chuc cuoc thi y tuong khoi nghiep cho hoc sinh, sinh vien
      - Co quan chu tri: So Khoa hoc va Cong nghe
      - Co quan phoi hop: Tinh doan; UBND cac xa, phuong
      - Thoi gian thuc hien: Quy III/2027
      2. Ho tro doanh nghiep tham gia hoi cho, trien lam
      - Co quan chu tri thuc hien: So Cong Thuong
      - Thoi gian thuc hien: Hang nam
      """;

  @Test
  void aPlanReadWithoutDiacriticsIsShownRestoredFlaggedAndItsNameCanBeCorrected() throws Exception {
    MockHttpServletResponse upload = mvc.perform(multipart("/plans/import")
            .file(new MockMultipartFile("file", "scan-ocr.txt", null, OCR.getBytes(StandardCharsets.UTF_8)))
            .with(csrf()).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
    assertThat(upload.getStatus()).as(upload.getContentAsString()).isEqualTo(302);
    String importPath = upload.getRedirectedUrl();
    long importId = Long.parseLong(importPath.substring(importPath.lastIndexOf('/') + 1));

    var task = imports.draft(importId).tasks().get(0);
    assertThat(task.name()).isEqualTo("Tổ chức cuộc thi ý tưởng khởi nghiệp cho học sinh, sinh viên");
    assertThat(task.lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(task.lead().unitIds()).isEqualTo(org.resolve("Sở Khoa học và Công nghệ").unitIds()).isNotEmpty();
    assertThat(task.flags()).contains(Flag.DIACRITICS_RESTORED);
    assertThat(task.section()).isEqualTo("II. NHIỆM VỤ");
    var second = imports.draft(importId).tasks().get(1);
    assertThat(second.lead().text()).isEqualTo("Sở Công Thương");
    assertThat(second.lead().unitIds()).isEqualTo(org.resolve("Sở Công Thương").unitIds());

    MockHttpServletResponse page = mvc.perform(get(importPath).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    assertThat(page.getContentAsString())
        .contains("đã khôi phục dấu")
        .contains("Tổ chức cuộc thi ý tưởng khởi nghiệp cho học sinh, sinh viên")
        .contains("To chuc cuoc thi y tuong khoi nghiep cho hoc sinh, sinh vien")
        .contains("name=\"name\"");

    mvc.perform(post(importPath + "/tasks/" + task.seq()).param("name", "Tổ chức cuộc thi ý tưởng khởi nghiệp trẻ")
        .param("lead", task.lead().text()).param("coordinating", task.coordinating().text())
        .param("schedule", task.schedule().text()).with(csrf()).with(user("admin").roles("ADMIN")));
    var corrected = imports.draft(importId).tasks().get(0);
    assertThat(corrected.name()).isEqualTo("Tổ chức cuộc thi ý tưởng khởi nghiệp trẻ");
    assertThat(corrected.flags()).doesNotContain(Flag.DIACRITICS_RESTORED);
  }
}
