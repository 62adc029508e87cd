package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;

/**
 * Every endpoint × every role, from the table in authorization-matrix.csv. A new endpoint without a row in
 * the table fails {@link #everyEndpointHasARowInTheTable()}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

  enum Who { ANONYMOUS, MEMBER, JUDGE, UNIT_OFFICER, LEADER, ADMIN }

  record Row(String method, String path, Map<Who, String> expected) {}

  private static final String PASSWORD = "matrix-password-1";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired UnitRegistry units;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @Autowired vn.innohub.plan.internal.PlanImports planImports;

  private long unitId;
  private long userId;
  private long planId;
  private long targetId;
  private long taskId;
  private long lineId;
  private long importId;
  private long sectionId;
  private long periodId;
  private long reportId;
  private long evidenceId;

  @Autowired vn.innohub.reporting.internal.PeriodService periods;
  @Autowired vn.innohub.reporting.internal.ReportService reportService;

  @BeforeAll
  void accountsForEveryRole() {
    String suffix = Long.toString(System.nanoTime() % 1_000_000);
    unitId = units.create(new UnitDraft("MTX-" + suffix, "Đơn vị ma trận " + suffix, List.of(), UnitType.OTHER, null, true)).id();
    for (Who who : Who.values()) {
      if (who == Who.ANONYMOUS) {
        continue;
      }
      Role role = Role.valueOf(who.name());
      var created = accounts.create(new NewAccount(username(who), who.name(), null, PASSWORD, Set.of(role),
          role == Role.UNIT_OFFICER ? Set.of(unitId) : Set.of()));
      if (role == Role.UNIT_OFFICER) {
        userId = created.id();
      }
    }
    planId = planEditor.create(new vn.innohub.plan.internal.PlanEditor.HeaderForm(null, null, null, "Kế hoạch ma trận " + suffix,
        null, 2026, 2030, null, vn.innohub.plan.PlanStatus.DRAFT, "", 0));
    targetId = planEditor.saveTarget(planId, null, new vn.innohub.plan.internal.PlanEditor.TargetForm("1", "Chỉ tiêu", "≥ 5 dự án",
        2030, "", "", null, "", "", "", 0));
    taskId = planEditor.saveTask(planId, null, new vn.innohub.plan.internal.PlanEditor.TaskForm("1", null, "Nhiệm vụ", "",
        "Đơn vị ma trận " + suffix, "", "Hằng năm", "", Set.of(), 0));
    sectionId = planEditor.addSection(planId, "I", "Mục ma trận");
    lineId = planEditor.saveBudgetLine(planId, null, "Dòng kinh phí", "", "100", Map.of());
    periodId = periods.save(planId, null, "Kỳ ma trận", java.time.LocalDate.of(2026, 1, 1),
        java.time.LocalDate.of(2026, 6, 30), java.time.LocalDate.of(2026, 6, 15), null);
    periods.open(periodId);
    vn.innohub.identity.Actor admin = new vn.innohub.identity.Actor(0, "matrix-admin", "Admin", Set.of(Role.ADMIN), Set.of());
    reportId = reportService.mine(new vn.innohub.identity.Actor(userId, "o", "o", Set.of(Role.UNIT_OFFICER), Set.of(unitId)))
        .get(0).id();
    long itemId = reportService.view(reportId, admin).tasks().get(0).itemId();
    evidenceId = reportService.attach(reportId, "task-" + itemId, "anh.png", vn.innohub.reporting.ReportingTestFiles.png(),
        admin).id();
    importId = planImports.preview("ma-tran.txt", ("KẾ HOẠCH\nThử\n\n1. Nhiệm vụ\n- Cơ quan chủ trì: Sở Tài chính\n"
        + "- Thời gian thực hiện: Năm 2026\n").getBytes(StandardCharsets.UTF_8), null);
  }

  private static String username(Who who) {
    return "matrix." + who.name().toLowerCase().replace('_', '-') + "." + ProcessHandle.current().pid();
  }

  static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    String text = new ClassPathResource("authorization-matrix.csv").getContentAsString(StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.strip().split(",");
      Map<Who, String> expected = new EnumMap<>(Who.class);
      for (Who who : Who.values()) {
        expected.put(who, c[2 + who.ordinal()]);
      }
      rows.add(new Row(c[0], c[1], expected));
    }
    return rows;
  }

  static Stream<Arguments> cases() throws IOException {
    return table().stream().flatMap(row -> Stream.of(Who.values()).map(who -> Arguments.of(row.method(), row.path(), who,
        row.expected().get(who))));
  }

  @Test
  void everyEndpointHasARowInTheTable() throws IOException {
    Set<String> inTable = new TreeSet<>();
    table().forEach(r -> inTable.add(r.method() + " " + r.path()));
    Set<String> endpoints = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      if (e.getValue().getBeanType().getName().contains("ErrorController")) {
        continue;
      }
      Set<String> methods = new LinkedHashSet<>();
      e.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
      if (methods.isEmpty()) {
        methods.add("GET");
      }
      for (String pattern : e.getKey().getPatternValues()) {
        methods.forEach(m -> endpoints.add(m + " " + pattern));
      }
    }
    assertThat(inTable).as("authorization table rows").containsAll(endpoints);
    Set<String> stale = new TreeSet<>(inTable);
    stale.removeAll(endpoints);
    stale.removeIf(s -> s.contains("/actuator/"));
    assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} as {2} → {3}")
  @MethodSource("cases")
  void endpointAnswersEachRoleAsDesigned(String method, String path, Who who, String expected) throws Exception {
    String id = path.startsWith("/admin/users") ? Long.toString(userId)
        : path.startsWith("/me/tokens") ? "999999999"
        : path.startsWith("/plans/import/") ? Long.toString(importId)
        : path.startsWith("/plans/") || path.startsWith("/api/v1/plans/") ? Long.toString(planId)
        : path.startsWith("/reports/") || path.startsWith("/api/v1/reports/") || path.startsWith("/admin/reporting/reports/")
            ? Long.toString(reportId)
        : path.startsWith("/reporting/periods/") || path.startsWith("/api/v1/periods/")
            || path.startsWith("/admin/reporting/periods/") ? Long.toString(periodId)
        : path.startsWith("/evidence/") ? Long.toString(evidenceId) : Long.toString(unitId);
    String url = path.replace("{id}", id).replace("{planId}", Long.toString(planId))
        .replace("{targetId}", Long.toString(targetId)).replace("{taskId}", Long.toString(taskId))
        .replace("{lineId}", Long.toString(lineId)).replace("{seq}", "1").replace("{sectionId}", Long.toString(sectionId))
        .replace("{evidenceId}", Long.toString(evidenceId)).replace("{slug}", "khong-co-ho-so-nay")
        .replace("{code}", "digital").replace("{file}", "1")
        .replace("{imageId}", "1");
    boolean machine = path.startsWith("/api/") || path.startsWith("/actuator/");
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url);
    if (machine && !method.equals("GET")) {
      request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    if (!machine && !method.equals("GET")) {
      request.with(csrf());
    }
    if (who != Who.ANONYMOUS) {
      request.with(machine ? httpBasic(username(who), PASSWORD) : user(userDetails.loadUserByUsername(username(who))));
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    int status = response.getStatus();
    String location = String.valueOf(response.getRedirectedUrl());
    switch (expected) {
      case "ok" -> assertThat(status).as("status").isNotIn(401, 403)
          .satisfies(s -> assertThat(location).as("redirect").doesNotEndWith("/login"));
      case "deny" -> assertThat(status).as("status").isEqualTo(403);
      case "login" -> {
        if (machine) {
          assertThat(status).as("status").isEqualTo(401);
        } else {
          assertThat(status).as("status").isEqualTo(302);
          assertThat(location).endsWith("/login");
        }
      }
      default -> throw new IllegalArgumentException("unknown expectation " + expected);
    }
  }
}
