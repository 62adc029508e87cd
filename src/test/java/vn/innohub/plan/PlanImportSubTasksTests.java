package vn.innohub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.plan.importing.ParseOptions.ParentRows;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.internal.Plan;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.plan.internal.PlanImports;
import vn.innohub.plan.internal.PlanTask;

/**
 * Issue 18: the officer switches a preview's parent rows between groups and tasks without uploading again, and the
 * committed plan keeps the groups as sections and every budget line's code, group and agencies as printed.
 */
@IntegrationTest
class PlanImportSubTasksTests {

  @Autowired MockMvc mvc;
  @Autowired PlanImports imports;
  @Autowired PlanEditor editor;
  @Autowired JdbcTemplate jdbc;

  private static String plan(String title) {
    return String.join("\n",
        "KẾ HOẠCH",
        title + " năm 2026",
        "",
        "STT\tNhiệm vụ\tNội dung thực hiện\tCơ quan chủ trì\tThời gian",
        "1\tHỗ trợ khởi nghiệp sáng tạo",
        "1.1\tTập huấn khởi nghiệp\tHai lớp tập huấn\tBan Điều phối Sao Hỏa\tQuý III/2026",
        "1.2\tKết nối đầu tư\tDiễn đàn kết nối\tBan Điều phối Sao Hỏa\tQuý IV/2026",
        "",
        "ĐVT: triệu đồng",
        "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tNguồn\tTổng kinh phí\t2026",
        "I\tHỗ trợ khởi nghiệp\t\t\t\t3.000\t3.000",
        "1\tTập huấn\tBan Điều phối Sao Hỏa\tBan Hậu cần Mộc Tinh\tNgân sách tỉnh\t1.000\t1.000",
        "2\tKết nối\tBan Điều phối Sao Hỏa\t\tXã hội hóa\t2.000\t2.000", "");
  }

  private long upload(String text) throws Exception {
    MockHttpServletResponse r = mvc.perform(post("/plans/import").param("text", text).with(csrf())
        .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
    assertThat(r.getStatus()).isEqualTo(302);
    return Long.parseLong(r.getRedirectedUrl().substring("/plans/import/".length()));
  }

  private MockHttpServletResponse parentRows(long id, String value) throws Exception {
    return mvc.perform(post("/plans/import/" + id + "/parent-rows").param("parentRows", value).with(csrf())
        .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
  }

  @Test
  void parentRowsSwitchBetweenGroupsAndTasksWithoutUploadingAgainAndBudgetLinesKeepCodeGroupAndAgencies()
      throws Exception {
    String title = "Kế hoạch nhiệm vụ con " + System.nanoTime();
    long id = upload(plan(title));
    ParsedPlan draft = imports.draft(id);
    String group = "1. Hỗ trợ khởi nghiệp sáng tạo";
    assertThat(draft.tasks()).extracting(ParsedPlan.Task::code, ParsedPlan.Task::parentCode, ParsedPlan.Task::section)
        .containsExactly(tuple("1.1", "1", group), tuple("1.2", "1", group));
    assertThat(draft.tasks().get(0).content()).isEqualTo("Hai lớp tập huấn");

    MockHttpServletResponse page = mvc.perform(get("/plans/import/" + id).with(user("admin").roles("ADMIN")))
        .andReturn().getResponse();
    page.setCharacterEncoding("UTF-8");
    assertThat(page.getContentAsString()).contains("id=\"parentRows\"").contains("value=\"TASKS\"");

    imports.correctTask(id, 2, null, null, "Quý II/2026"); // a correction made before switching is kept
    assertThat(parentRows(id, "TASKS").getStatus()).isEqualTo(302);
    draft = imports.draft(id);
    assertThat(draft.options().parentRows()).isEqualTo(ParentRows.TASKS);
    assertThat(draft.tasks()).extracting(ParsedPlan.Task::code, ParsedPlan.Task::parentCode, ParsedPlan.Task::section)
        .containsExactly(tuple("1", null, null), tuple("1.1", "1", null), tuple("1.2", "1", null));
    assertThat(draft.tasks().get(1).schedule().text()).isEqualTo("Quý II/2026");

    MockHttpServletResponse bad = parentRows(id, "NONSENSE");
    assertThat(bad.getStatus()).isEqualTo(302); // a clear message on the preview, never a 500
    assertThat(imports.draft(id).options().parentRows()).isEqualTo(ParentRows.TASKS);

    assertThat(parentRows(id, "GROUPS").getStatus()).isEqualTo(302);
    draft = imports.draft(id);
    assertThat(draft.tasks()).extracting(ParsedPlan.Task::code).containsExactly("1.1", "1.2");
    assertThat(draft.tasks().get(0).schedule().text()).isEqualTo("Quý II/2026");

    long planId = imports.commit(id);
    Plan plan = editor.plan(planId);
    assertThat(plan.getTasks()).extracting(PlanTask::getCode, t -> t.getSection().label())
        .containsExactly(tuple("1.1", group), tuple("1.2", group));
    assertThat(plan.getTasks()).extracting(PlanTask::getContent).containsExactly("Hai lớp tập huấn", "Diễn đàn kết nối");
    List<Map<String, Object>> lines = jdbc.queryForList("SELECT code, group_label, lead_text, coordinating_text, label"
        + " FROM plan_budget_line WHERE plan_id = ? ORDER BY seq", planId);
    assertThat(lines).extracting(m -> m.get("CODE") == null ? m.get("code") : m.get("CODE"))
        .containsExactly("1", "2");
    assertThat(lines.get(0)).containsValues("I. Hỗ trợ khởi nghiệp", "Ban Điều phối Sao Hỏa", "Ban Hậu cần Mộc Tinh", "Tập huấn");
    assertThat(lines.get(1)).containsValues("I. Hỗ trợ khởi nghiệp", "Ban Điều phối Sao Hỏa", "Kết nối");
    assertThat(lines.get(1).values()).containsNull(); // no coordinating agency printed: stored as NULL

    MockHttpServletResponse detail = mvc.perform(get("/plans/" + planId).with(user("admin").roles("ADMIN")))
        .andReturn().getResponse();
    detail.setCharacterEncoding("UTF-8");
    assertThat(detail.getContentAsString()).contains("Ban Hậu cần Mộc Tinh").contains("I. Hỗ trợ khởi nghiệp");
    mvc.perform(get("/api/v1/plans/" + planId).with(httpBasic("admin", "admin-test-password")))
        .andExpect(jsonPath("$.budget[0].code").value("1"))
        .andExpect(jsonPath("$.budget[0].group").value("I. Hỗ trợ khởi nghiệp"))
        .andExpect(jsonPath("$.budget[0].coordinatingText").value("Ban Hậu cần Mộc Tinh"))
        .andExpect(jsonPath("$.budget[1].coordinatingText").value(""));
  }
}
