package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.contest.internal.ContestApplication;
import vn.innohub.contest.internal.ContestService;
import vn.innohub.contest.internal.ContestSpec;
import vn.innohub.contest.internal.ContestSpec.Criterion;
import vn.innohub.contest.internal.ContestSpec.EligibleGroup;
import vn.innohub.contest.internal.ContestSpec.FieldType;
import vn.innohub.contest.internal.ContestSpec.FormField;
import vn.innohub.contest.internal.ContestSpec.Round;
import vn.innohub.contest.internal.ContestSpec.RoundKind;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.exchange.ListingCategory;
import vn.innohub.exchange.ListingData;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;
import vn.innohub.plan.PlanStatus;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.portal.library.DocumentData;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.reporting.ReportDraft;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/**
 * Every admin and edit form of the product, saved unchanged as a browser submits it (the rendered form's inputs read
 * back with Jsoup: hidden fields, ticked checkboxes with their markers, selected options, textareas), changes nothing
 * it stores: a setting the page does not show, or shows but does not carry back, is kept. Each case sets up an entity
 * with every setting away from its default, signs in as whoever edits it, and compares the database rows before and
 * after, apart from the save's own stamps (version, updated at/by).
 */
@IntegrationTest
class FormRoundTripTests {

  static final Instant DURING_INTAKE = Instant.parse("2026-03-10T03:00:00Z");
  static final Instant DEFAULT = Instant.parse("2026-06-10T02:00:00Z");
  /** The stamps of a save, not what the form edits. */
  static final Set<String> STAMPS = Set.of("version", "updated_at", "updated_by");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired MutableClock clock;
  @Autowired AccountService accounts;
  @Autowired ContestService contests;
  @Autowired PlanEditor plans;
  @Autowired UnitRegistry units;
  @Autowired PortalContent portal;
  @Autowired PolicyLibrary library;
  @Autowired ProfileService profiles;
  @Autowired ListingService listings;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private static final AtomicInteger SEQ = new AtomicInteger();

  @AfterEach
  void clockBack() {
    clock.set(DEFAULT);
  }

  /** An entity's edit page, the form on it, whoever edits it, and the rows that hold what it edits. */
  record Case(String page, String form, Cookie session, List<String> rows, long id) {}

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"contest set-up", "contest application", "plan header", "plan section", "plan target",
      "plan task", "plan budget line", "unit", "user", "news article", "event", "policy document",
      "directory profile", "exchange listing", "unit report"})
  void savingTheFormUnchangedChangesNothingStored(String name) throws Exception {
    Case c = fixture(name);
    List<String> before = state(c);

    MockHttpServletResponse page = mvc.perform(get(c.page()).cookie(c.session())).andReturn().getResponse();
    assertThat(page.getStatus()).as("GET " + c.page()).isEqualTo(200);
    BrowserForm form = BrowserForm.of(page.getContentAsString(StandardCharsets.UTF_8), c.page(), c.form());
    MockHttpServletResponse saved = mvc.perform(form.request().cookie(c.session())).andReturn().getResponse();

    assertThat(saved.getStatus()).as("saving " + name + " unchanged (" + form.action() + ") is accepted; answer: "
        + errorsOn(saved)).isBetween(300, 399);
    assertThat(state(c)).as(name + " after saving it unchanged").isEqualTo(before);
  }

  // --- comparison ---------------------------------------------------------------------------------------------

  private List<String> state(Case c) {
    List<String> out = new ArrayList<>();
    for (String sql : c.rows()) {
      for (Map<String, Object> row : jdbc.queryForList(sql, c.id())) {
        Map<String, Object> kept = new LinkedHashMap<>();
        row.forEach((k, v) -> {
          if (!STAMPS.contains(k.toLowerCase())) {
            kept.put(k.toLowerCase(), v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v);
          }
        });
        out.add(sql.replaceAll(" where.*", "") + " " + kept);
      }
    }
    return out;
  }

  private static String errorsOn(MockHttpServletResponse r) throws Exception {
    String body = r.getContentAsString(StandardCharsets.UTF_8);
    var doc = org.jsoup.Jsoup.parse(body);
    return r.getStatus() + " " + doc.select(".invalid-feedback, .alert-danger, .alert").eachText();
  }

  // --- fixtures: each entity with its settings away from the defaults -----------------------------------------

  private String unique() {
    return run + "-" + SEQ.incrementAndGet();
  }

  private Cookie adminSession() throws Exception {
    return SignIn.as(mvc, "admin", "admin-test-password", "10.77.0." + (SEQ.incrementAndGet() % 250 + 1));
  }

  private Actor member(String prefix, Set<Role> roles, Set<Long> unitIds) {
    String username = prefix + "-" + unique();
    var a = accounts.create(new NewAccount(username, "Thành viên " + username, username + "@example.vn",
        "round-trip-password-1", roles, unitIds));
    return new Actor(a.id(), a.username(), a.displayName(), roles, unitIds);
  }

  private Cookie session(Actor a) throws Exception {
    return SignIn.as(mvc, a.username(), "round-trip-password-1", "10.78.0." + (SEQ.incrementAndGet() % 250 + 1));
  }

  private ContestSpec contestSpec() {
    return new ContestSpec("Sở Khoa học và Công nghệ Lào Cai", null, List.of("Tỉnh đoàn Lào Cai"),
        List.of("Du lịch", "Nông nghiệp"), List.of(EligibleGroup.YOUTH, EligibleGroup.WOMEN), "Lào Cai", "Sa Pa",
        List.of(new Round(RoundKind.INTAKE, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 4, 1, 0, 0)),
            new Round(RoundKind.SEMI_FINAL, LocalDateTime.of(2026, 4, 15, 8, 30), LocalDateTime.of(2026, 5, 15, 0, 0))),
        List.of(new FormField("mo-ta-y-tuong", FieldType.LONG_TEXT, "Mô tả ý tưởng", true, List.of()),
            new FormField("linh-vuc", FieldType.CHOICE, "Lĩnh vực", false, List.of("Nông nghiệp", "Du lịch"))),
        Map.of(RoundKind.SEMI_FINAL, List.of(new Criterion("Tính sáng tạo", "Mới so với thị trường", 2, 10),
            new Criterion("Khả thi", "", 1.5, 20))),
        List.of("Giải Nhất", "Giải Nhì"), "Thể lệ chi tiết",
        // every setting away from its default, the audience vote on
        new ContestSpec.Settings(true, true, false, true, 3, 12.5));
  }

  private long planWithItems(String s) {
    long unitA = units.create(new UnitDraft("RT" + s.replace("-", ""), "Ban khứ hồi " + s, List.of("BKH " + s),
        UnitType.DEPARTMENT, null, true)).id();
    long planId = plans.create(new PlanEditor.HeaderForm("12/KH-UBND", LocalDate.of(2026, 1, 15), "Lào Cai",
        "Kế hoạch khứ hồi " + s, unitA, 2026, 2027, null, PlanStatus.IN_FORCE, "Luật KH&CN 2013\nNghị quyết 57-NQ/TW", 0));
    return planId;
  }

  private Case fixture(String name) throws Exception {
    String s = unique();
    switch (name) {
      case "contest set-up" -> {
        var c = contests.create("Cuộc thi khứ hồi " + s, "khu-hoi-" + s, true, contestSpec(), admin);
        return new Case("/admin/contests/" + c.getId() + "/edit", "form#contestForm", adminSession(),
            List.of("select * from contest where id = ?"), c.getId());
      }
      case "contest application" -> {
        clock.set(DURING_INTAKE);
        var c = contests.create("Cuộc thi hồ sơ " + s, "ho-so-" + s, true, contestSpec(), admin);
        Actor owner = member("ts", Set.of(Role.MEMBER), Set.of());
        ContestApplication a = contests.apply(c.getSlug(), owner);
        contests.save(a.getId(), a.getVersion(), new ContestApplication.Facts("Chè Shan tuyết", "Nông nghiệp",
            "Giàng Thị Dợ", "HTX Tà Xùa", null, EligibleGroup.WOMEN, LocalDate.of(1990, 5, 1), "Tà Xùa", "Yên Bái",
            true), Map.of("mo-ta-y-tuong", "Chế biến chè\ncổ thụ", "linh-vuc", "Nông nghiệp"), owner);
        return new Case("/me/contests/applications/" + a.getId(), "form#applicationForm", session(owner),
            List.of("select * from contest_application where id = ?"), a.getId());
      }
      case "plan header" -> {
        long p = planWithItems(s);
        return new Case("/plans/" + p + "/edit", "form[action=/plans/" + p + "/edit]", adminSession(),
            List.of("select * from plan where id = ?", "select * from plan_legal_basis where plan_id = ? order by 1, 2"),
            p);
      }
      case "plan section" -> {
        long p = planWithItems(s);
        long sec = plans.addSection(p, "I", "Mục tiêu chung");
        return new Case("/plans/" + p + "/edit", "form[action=/plans/" + p + "/sections/" + sec + "]", adminSession(),
            List.of("select * from plan_section where id = ?"), sec);
      }
      case "plan target" -> {
        long p = planWithItems(s);
        String lead = "Ban khứ hồi " + s;
        long t = plans.saveTarget(p, null, new PlanEditor.TargetForm("1", "Tỷ lệ hồ sơ trực tuyến", "≥ 60 %", 2027,
            "40", "2026: 50; 2027: 60", null, "", lead, "", 0));
        return new Case("/plans/" + p + "/targets/" + t, "form[action=/plans/" + p + "/targets/" + t + "]",
            adminSession(), List.of("select * from plan_target where id = ?",
                "select * from plan_target_unit where target_id = ? order by 1, 2",
                "select * from plan_target_milestone where target_id = ? order by 1, 2"), t);
      }
      case "plan task" -> {
        long p = planWithItems(s);
        String lead = "Ban khứ hồi " + s;
        long sec = plans.addSection(p, "II", "Nhiệm vụ");
        long t = plans.saveTarget(p, null, new PlanEditor.TargetForm("1", "Số doanh nghiệp", "50", 2026, "", "",
            null, "", lead, "", 0));
        long task = plans.saveTask(p, null, new PlanEditor.TaskForm("1.2", sec, "Vận hành chuyên mục",
            "Nội dung chi tiết", lead, "", "Quý III/2026", "≥ 05 chuyên mục", Set.of(t), 0));
        return new Case("/plans/" + p + "/tasks/" + task, "form[action=/plans/" + p + "/tasks/" + task + "]",
            adminSession(), List.of("select * from plan_task where id = ?",
                "select * from plan_task_unit where task_id = ? order by 1, 2",
                "select * from plan_task_target where task_id = ? order by 1, 2"), task);
      }
      case "plan budget line" -> {
        long p = planWithItems(s);
        long line = plans.saveBudgetLine(p, null, "Kinh phí truyền thông", "Ngân sách tỉnh", "1.500.000.000",
            Map.of(2026, "700.000.000", 2027, "800.000.000"));
        return new Case("/plans/" + p + "/budget/" + line, "form[action=/plans/" + p + "/budget/" + line + "]",
            adminSession(), List.of("select * from plan_budget_line where id = ?",
                "select * from plan_budget_amount where line_id = ? order by 1, 2"), line);
      }
      case "unit" -> {
        long parent = units.create(new UnitDraft("PU" + s.replace("-", ""), "Sở cha " + s, List.of(),
            UnitType.DEPARTMENT, null, true)).id();
        String parentCode = "PU" + s.replace("-", "");
        long u = units.create(new UnitDraft("CU" + s.replace("-", ""), "Phòng con " + s, List.of("PC " + s, "P.C " + s),
            UnitType.COMMUNE, parentCode, false)).id();
        return new Case("/admin/units/" + u, "form[action=/admin/units/" + u + "]", adminSession(),
            List.of("select * from org_unit where id = ?", "select * from org_unit_alias where unit_id = ? order by 1, 2"),
            u);
      }
      case "user" -> {
        long unit = units.create(new UnitDraft("US" + s.replace("-", ""), "Đơn vị người dùng " + s, List.of(),
            UnitType.DEPARTMENT, null, true)).id();
        Actor a = member("nd", Set.of(Role.UNIT_OFFICER, Role.MEMBER), Set.of(unit));
        return new Case("/admin/users/" + a.userId(), "form[action=/admin/users/" + a.userId() + "]", adminSession(),
            List.of("select * from app_user where id = ?", "select * from user_role where user_id = ? order by 1, 2",
                "select * from user_unit where user_id = ? order by 1, 2"), a.userId());
      }
      case "news article" -> {
        var n = portal.saveNews(null, 0, "Tin khứ hồi " + s, "Tóm tắt", "Đoạn một.\n\nĐoạn hai.", null, true, admin);
        return new Case("/admin/tin-tuc/" + n.getId(), "form[action=/admin/tin-tuc/" + n.getId() + "]",
            adminSession(), List.of("select * from news_article where id = ?"), n.getId());
      }
      case "event" -> {
        Instant start = LocalDateTime.parse("2026-06-20T09:00:00").atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        var e = portal.saveEvent(null, 0, new PortalEvent.EventForm("Sự kiện khứ hồi " + s, "Kết nối", "Mô tả\ndài",
            start, start.plusSeconds(3 * 3600), "Hội trường UBND tỉnh", "https://meet.example.vn/abc", "Sở KH&CN",
            null, 120, true), admin);
        return new Case("/admin/su-kien/" + e.getId(), "form[action=/admin/su-kien/" + e.getId() + "]",
            adminSession(), List.of("select * from portal_event where id = ?"), e.getId());
      }
      case "policy document" -> {
        var d = library.create(new DocumentData(DocumentType.LEGAL_DOCUMENT, "Quyết định khứ hồi " + s,
            "15/2026/QĐ-UBND", LocalDate.of(2026, 2, 3), "UBND tỉnh Lào Cai", DocumentStatus.IN_FORCE, null,
            "Hỗ trợ khởi nghiệp", List.of("khởi nghiệp", "hỗ trợ"), true), List.of(), admin);
        return new Case("/admin/van-ban/" + d.getId(), "form#documentForm", adminSession(),
            List.of("select * from policy_document where id = ?"), d.getId());
      }
      case "directory profile" -> {
        Actor owner = member("dn", Set.of(Role.MEMBER), Set.of());
        ProfileData data = new ProfileData("Khởi nghiệp khứ hồi " + s, "Du lịch cộng đồng", "Mô tả\nnhiều dòng",
            null, LocalDate.of(2022, 3, 1), "Sa Pa", "Lào Cai", List.of("digital"),
            new ProfileData.Startup(ProfileData.Stage.PROTOTYPE, 7,
                List.of(new ProfileData.Founder("Giàng A Páo", "CEO", true)), "Tour", List.of(), List.of(), "Giải Ba",
                "Ươm tạo", true, "Mạng lưới ĐMST"),
            null, null, null, "https://khuhoi.example.vn", "lienhe@example.vn", "0912 345 678", "Số 1 Fansipan");
        var p = profiles.create(ProfileKind.STARTUP, data, owner);
        return new Case("/me/profiles/" + p.getId(), "form#profileForm", session(owner),
            List.of("select * from directory_profile where id = ?"), p.getId());
      }
      case "exchange listing" -> {
        Actor owner = member("ds", Set.of(Role.MEMBER), Set.of());
        var l = listings.create(ListingData.offer(ListingCategory.TECHNOLOGY, "Máy sấy khứ hồi " + s,
            "Máy sấy bơm nhiệt giữ màu.", "Quy trình 45–50 °C.", "herbs.extraction", 7, "Lào Cai")
            .withContacts(null, "TS. Nguyễn Văn An", "0912 345 678", "an@example.vn"), owner);
        return new Case("/me/listings/" + l.getId(), "form#listingForm", session(owner),
            List.of("select * from exchange_listing where id = ?"), l.getId());
      }
      case "unit report" -> {
        String code = "RR" + s.replace("-", "");
        String unitName = "Ban báo cáo " + s;
        long unit = units.create(new UnitDraft(code, unitName, List.of(), UnitType.DEPARTMENT, null, true)).id();
        Actor officer = member("cb", Set.of(Role.UNIT_OFFICER), Set.of(unit));
        long p = plans.create(new PlanEditor.HeaderForm(null, null, null, "Kế hoạch báo cáo " + s, null, 2026, 2026,
            null, PlanStatus.IN_FORCE, "", 0));
        plans.saveTarget(p, null, new PlanEditor.TargetForm("1", "Tỷ lệ hồ sơ trực tuyến", "≥ 60 %", 2026, "", "",
            null, "", unitName, "", 0));
        plans.saveTask(p, null, new PlanEditor.TaskForm("1", null, "Vận hành chuyên mục", "", unitName, "",
            "Năm 2026", "≥ 05 chuyên mục", Set.of(), 0));
        long period = periods.save(p, null, "6 tháng đầu năm 2026", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 20));
        periods.open(period);
        var view = reports.mine(officer).get(0);
        long id = view.id();
        reports.saveDraft(id, new ReportDraft(null, "Thiếu kinh phí", "Bổ sung biên chế", List.of(), List.of()),
            officer);
        return new Case("/reports/" + id, "form#reportForm", session(officer),
            List.of("select * from unit_report where id = ?",
                "select * from report_task_item where report_id = ? order by id",
                "select * from report_target_item where report_id = ? order by id"), id);
      }
      default -> throw new IllegalArgumentException(name);
    }
  }
}
