package vn.innohub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;

/**
 * Issue 15 point 8: a name such as {@code =HYPERLINK("http://evil","x")} typed into a profile, a listing, a unit or a
 * plan comes out of every CSV and XLSX export as inert text — quoted with a leading apostrophe, never a formula cell
 * — while numbers stay numbers, and the unit list still round-trips through its own import.
 */
@IntegrationTest
class ExportInjectionTests {

  static final String LINK = "=HYPERLINK(\"http://evil\",\"x\")";

  @Autowired MockMvc mvc;
  @Autowired ProfileService profiles;
  @Autowired ListingService listings;
  @Autowired Accounts accounts;
  @Autowired UnitRegistry units;
  @Autowired OrgDirectory org;
  @Autowired PlanEditor planEditor;
  @Autowired PeriodService periods;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  private Actor member(String name) {
    AccountView a = accounts.create(new NewAccount(name + "-" + run, "Thành viên " + run, name + "-" + run
        + "@example.vn", "export-password-1", Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private String text(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private byte[] bytes(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
  }

  /** Every cell of the workbook, after checking that none is a formula. */
  private static List<Cell> cells(byte[] xlsx) throws Exception {
    List<Cell> all = new ArrayList<>();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as("cell %s of %s", cell.getAddress(), sheet.getSheetName())
                .isNotEqualTo(CellType.FORMULA);
            all.add(cell);
          }
        }
      }
    }
    return all;
  }

  private static List<String> strings(List<Cell> cells) {
    return cells.stream().filter(c -> c.getCellType() == CellType.STRING).map(Cell::getStringCellValue).toList();
  }

  @Test
  void aProfileNamedLikeAFormulaIsInertInTheDirectoryCsv() throws Exception {
    Actor owner = member("csv");
    ProfileData space = ProfileData.named(LINK + " " + run);
    space = new ProfileData(space.name(), "Vườn ươm " + run, null, null, null, null, "Lào Cai", List.of("digital"),
        null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INCUBATOR, "Ươm tạo", null));
    var p = profiles.create(ProfileKind.SUPPORT_ORG, space, owner);
    profiles.submit(p.getId(), owner);
    profiles.verify(p.getId(), List.of("legalEntity", "activityChecked"), null, admin);

    String csv = text(get("/api/v1/directory/export.csv"));
    String line = csv.lines().filter(l -> l.contains(run)).findFirst().orElseThrow();
    // The name field: quoted for CSV because of its quotes and comma, and starting with the apostrophe inside.
    assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\") " + run + "\",");
    assertThat(line).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    // Numbers stay plain: team size empty, capital raised 0, IP rights 0.
    assertThat(line).contains(",0,0,false,");
  }

  @Test
  void aListingWrittenLikeAFormulaIsInertInTheExchangeCsv() throws Exception {
    Actor owner = member("lst");
    ListingData d = ListingData.offer(ListingCategory.TECHNOLOGY, "+1+1 Máy sấy " + run, "-2+3 tóm tắt",
        "@SUM(A1) mô tả", "herbs.extraction", 7, "Lào Cai").withContacts(LINK, "TS. An", "0912 345 678",
        "an-" + run + "@example.vn");
    Listing l = listings.create(d, owner);
    listings.submit(l.getId(), owner);
    listings.publish(l.getId(), admin);

    String csv = text(get("/api/v1/exchange/listings.csv"));
    String line = csv.lines().filter(x -> x.contains(l.getSlug())).findFirst().orElseThrow();
    assertThat(line).contains(",'+1+1 Máy sấy " + run + ",").contains(",'-2+3 tóm tắt,")
        .contains(",'@SUM(A1) mô tả,").contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
    assertThat(line).contains(",7,"); // the TRL stays a number
  }

  @Test
  void planTextWrittenLikeAFormulaIsInertInTheReportWorkbookAndCsvWhileNumbersStayNumbers() throws Exception {
    String lead = "Ban xuất khẩu " + run;
    units.create(new UnitDraft("BXK" + run.toUpperCase(), lead, List.of(), UnitType.DEPARTMENT, null, true));
    long planId = planEditor.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch xuất khẩu " + run, null,
        2026, 2026, null, PlanStatus.IN_FORCE, "", 0));
    planEditor.saveTarget(planId, null, new PlanEditor.TargetForm("1", LINK, "-5 triệu", 2026, "", "", null, "", lead,
        "", 0));
    planEditor.saveTask(planId, null, new PlanEditor.TaskForm("1", null, "@SUM(A1) tập huấn", "", lead, "",
        "Năm 2026", "+1+1", Set.of(), 0));
    long periodId = periods.save(planId, null, "Năm 2026 " + run, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 20));
    periods.open(periodId);
    var asAdmin = user(userDetails.loadUserByUsername("admin"));

    List<Cell> cells = cells(bytes(get("/api/v1/exports?plan=" + planId + "&period=" + periodId + "&format=xlsx")
        .with(asAdmin)));
    assertThat(strings(cells)).contains("'" + LINK, "'-5 triệu", "'@SUM(A1) tập huấn");
    assertThat(strings(cells)).noneMatch(s -> s.startsWith("=") || s.startsWith("@") || s.startsWith("-"));
    // The target's year is a number cell, not text.
    assertThat(cells).anySatisfy(c -> {
      assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(c.getNumericCellValue()).isEqualTo(2026.0);
    });

    String targets = text(get("/api/v1/exports?plan=" + planId + "&period=" + periodId + "&format=csv&table=targets")
        .with(asAdmin));
    assertThat(targets).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").contains(",'-5 triệu,")
        .contains(",2026,");
    String tasks = text(get("/api/v1/exports?plan=" + planId + "&period=" + periodId + "&format=csv&table=tasks")
        .with(asAdmin));
    assertThat(tasks).contains(",'@SUM(A1) tập huấn,").doesNotContain(",@SUM");
  }

  @Test
  void aUnitNamedLikeAFormulaIsInertInItsWorkbookAndReadsBackUnchanged() throws Exception {
    String code = "INJ" + run.toUpperCase();
    String name = LINK + " " + run;
    units.create(new UnitDraft(code, name, List.of("+1+1 " + run), UnitType.OTHER, null, true));

    byte[] exported = bytes(get("/admin/units/export").with(user("admin").roles("ADMIN")));
    List<String> texts = strings(cells(exported));
    assertThat(texts).contains("'" + name, "'+1+1 " + run).doesNotContain(name);

    mvc.perform(multipart("/admin/units/import").file(new MockMultipartFile("file", "units.xlsx", null, exported))
        .with(csrf()).with(user("admin").roles("ADMIN")));
    var unit = org.all().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    assertThat(unit.name()).isEqualTo(name);
  }
}
