package vn.innohub.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.innohub.IntegrationTest;
import vn.innohub.plan.internal.Plan;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.plan.internal.PlanImports;
import vn.innohub.plan.internal.PlanTask;
import vn.innohub.shared.DomainException;

@IntegrationTest
class PlanImportFlowTests {

  @Autowired PlanImports imports;
  @Autowired PlanEditor editor;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.innohub.org.UnitRegistry units;
  @Autowired vn.innohub.org.OrgDirectory org;

  @org.junit.jupiter.api.BeforeEach
  void departmentsExist() {
    Map<String, String> departments = Map.of("FLOW-STC", "Sở Tài chính", "FLOW-SCT", "Sở Công Thương",
        "FLOW-SNV", "Sở Nội vụ", "FLOW-SKHCN", "Sở Khoa học và Công nghệ");
    departments.forEach((code, name) -> {
      if (org.resolve(name).unitIds().isEmpty()) {
        units.create(new vn.innohub.org.UnitDraft(code, name, List.of(), vn.innohub.org.UnitType.DEPARTMENT, null, true));
      }
    });
  }

  private static byte[] plan(String title, String... tasks) {
    StringBuilder text = new StringBuilder("KẾ HOẠCH\n" + title + " năm 2026\n\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện\tSản phẩm\n");
    for (String t : tasks) {
      text.append(t).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPreviewIsCorrectedThenCommittedAndEveryWriteIsAudited() {
    String title = "Kế hoạch luồng nhập " + System.nanoTime();
    long importId = imports.preview("a.txt", plan(title,
        "1\tTổ chức hội thảo\tSở Tài chính\tSau khi có hướng dẫn của Bộ\t01 hội thảo",
        "2\tTập huấn\tSở Du hành Vũ trụ\tHằng năm\t≥ 2 lớp"), null);
    var draft = imports.draft(importId);
    assertThat(draft.tasks()).hasSize(2);
    assertThat(draft.tasks().get(0).flags()).containsExactly(vn.innohub.plan.importing.ParsedPlan.Flag.SCHEDULE_NEEDS_DATE);
    assertThat(draft.tasks().get(1).flags()).containsExactly(vn.innohub.plan.importing.ParsedPlan.Flag.AGENCY_UNRESOLVED);

    imports.correctTask(importId, 1, null, null, "Quý IV/2026");
    assertThat(imports.draft(importId).tasks().get(0).flags()).isEmpty();
    assertThat(imports.draft(importId).tasks().get(0).schedule().due()).hasToString("2026-12-31");

    long planId = imports.commit(importId);
    Plan plan = editor.plan(planId);
    assertThat(plan.getTitle()).isEqualTo(title + " năm 2026");
    assertThat(plan.getTasks()).extracting(PlanTask::getScheduleText).containsExactly("Quý IV/2026", "Hằng năm");
    // The unknown agency is kept as text and flagged, never dropped.
    assertThat(plan.getTasks().get(1).getLeadText()).isEqualTo("Sở Du hành Vũ trụ");
    assertThat(plan.getTasks().get(1).getUnresolved()).isEqualTo("Sở Du hành Vũ trụ");
    assertThat(plan.getTasks().get(1).getFlags()).isEqualTo("AGENCY_UNRESOLVED");

    Integer audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'PlanTask' AND action = 'CREATE'"
        + " AND entity_id IN (?, ?)", Integer.class, String.valueOf(plan.getTasks().get(0).getId()),
        String.valueOf(plan.getTasks().get(1).getId()));
    assertThat(audited).isEqualTo(2);
    assertThatThrownBy(() -> imports.commit(importId)).isInstanceOf(DomainException.class);
  }

  @Test
  void reImportingAnAmendedPlanShowsTheDiffAndChangesNothingUntilCommitted() {
    String title = "Kế hoạch sửa đổi " + System.nanoTime();
    long planId = imports.commit(imports.preview("v1.txt", plan(title,
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý II/2026\t01 hội thảo",
        "2\tTập huấn\tSở Công Thương\tHằng năm\t≥ 2 lớp",
        "3\tKhảo sát\tSở Nội vụ\tNăm 2026\t01 báo cáo"), null));
    Map<String, Long> idsBefore = ids(editor.plan(planId).getTasks());

    long amended = imports.preview("v2.txt", plan(title,
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý III/2026\t01 hội thảo",
        "2\tTập huấn\tSở Công Thương\tHằng năm\t≥ 2 lớp",
        "4\tXây dựng cổng thông tin\tSở Khoa học và Công nghệ\tNăm 2026\tCổng vận hành"), planId);

    PlanImports.Diff diff = imports.diff(amended);
    assertThat(diff.changedTasks()).containsExactly("1. Tổ chức hội thảo");
    assertThat(diff.removedTasks()).containsExactly("3. Khảo sát");
    assertThat(diff.addedTasks()).containsExactly("4. Xây dựng cổng thông tin");
    assertThat(editor.plan(planId).getTasks()).hasSize(3); // nothing changed yet

    imports.commit(amended);
    List<PlanTask> after = editor.plan(planId).getTasks();
    assertThat(after).extracting(PlanTask::getCode).containsExactlyInAnyOrder("1", "2", "4");
    Map<String, Long> idsAfter = ids(after);
    assertThat(idsAfter.get("1")).isEqualTo(idsBefore.get("1")); // updated in place, so reports keep their link
    assertThat(idsAfter.get("2")).isEqualTo(idsBefore.get("2"));
    assertThat(after.stream().filter(t -> t.getCode().equals("1")).findFirst().orElseThrow().getScheduleText())
        .isEqualTo("Quý III/2026");
  }

  @Test
  void aConcurrentEditIsRefusedNotSilentlyOverwritten() {
    long planId = imports.commit(imports.preview("c.txt", plan("Kế hoạch sửa song song " + System.nanoTime(),
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý II/2026\t01 hội thảo"), null));
    PlanTask task = editor.plan(planId).getTasks().get(0);
    PlanEditor.TaskForm first = new PlanEditor.TaskForm("1", null, "Hội thảo (bản A)", "", "Sở Tài chính", "", "Quý II/2026",
        "", java.util.Set.of(), task.getVersion());
    PlanEditor.TaskForm second = new PlanEditor.TaskForm("1", null, "Hội thảo (bản B)", "", "Sở Tài chính", "", "Quý II/2026",
        "", java.util.Set.of(), task.getVersion());
    editor.saveTask(planId, task.getId(), first);
    assertThatThrownBy(() -> editor.saveTask(planId, task.getId(), second))
        .isInstanceOf(DomainException.class).hasMessage("error.staleEdit");
    assertThat(editor.plan(planId).getTasks().get(0).getName()).isEqualTo("Hội thảo (bản A)");
  }

  private static Map<String, Long> ids(List<PlanTask> tasks) {
    Map<String, Long> out = new java.util.HashMap<>();
    tasks.forEach(t -> out.put(t.getCode(), t.getId()));
    return out;
  }

  @Test
  void targetsKeepYearlyMilestonesAndRefuseMilestonesOutsideThePeriod() {
    long planId = imports.commit(imports.preview("m.txt", plan("Kế hoạch mốc " + System.nanoTime(),
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý II/2026\t01 hội thảo"), null));
    long targetId = editor.saveTarget(planId, null, new PlanEditor.TargetForm("1", "Số doanh nghiệp khởi nghiệp", "≥ 25 doanh nghiệp",
        2026, "3", "2026: 10; 2026: 12", null, "Sở Tài chính", "", "", 0));
    var target = editor.plan(planId).target(targetId).orElseThrow();
    assertThat(target.getMilestones()).containsOnlyKeys(2026);
    assertThat(target.getMilestones().get(2026)).isEqualByComparingTo("12");
    assertThat(target.getBaseline()).isEqualByComparingTo("3");
    assertThat(target.getAggregation()).isEqualTo(Aggregation.SUM);
    assertThatThrownBy(() -> editor.saveTarget(planId, targetId, new PlanEditor.TargetForm("1", "Tỷ lệ doanh nghiệp", "≥ 60%",
        2026, "", "2031: 5", null, "", "", "", target.getVersion()))).isInstanceOf(DomainException.class);
  }

  @Test
  void sectionsCanBeAddedAndRenamedAndTasksFiledUnderThem() {
    long planId = imports.commit(imports.preview("s.txt", plan("Kế hoạch mục " + System.nanoTime(),
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý II/2026\t01 hội thảo"), null));
    long sectionId = editor.addSection(planId, "IX", "Hợp tác quốc tế");
    editor.renameSection(planId, sectionId, "IX", "Hợp tác quốc tế và hội nhập");
    PlanTask task = editor.plan(planId).getTasks().get(0);
    editor.saveTask(planId, task.getId(), new PlanEditor.TaskForm("1", sectionId, task.getName(), "", "Sở Tài chính", "",
        "Quý II/2026", "", java.util.Set.of(), task.getVersion()));
    assertThat(editor.plan(planId).getTasks().get(0).getSection().label()).isEqualTo("IX. Hợp tác quốc tế và hội nhập");
    assertThatThrownBy(() -> editor.addSection(planId, "", "Không có số")).isInstanceOf(DomainException.class);
  }

  @Autowired MockMvc mvc;

  @Test
  void theApiReadsADocumentWithoutSavingAndServesASavedPlan() throws Exception {
    long before = editor.plan(imports.commit(imports.preview("x.txt", plan("Kế hoạch API " + System.nanoTime(),
        "1\tTổ chức hội thảo\tSở Tài chính\tQuý II/2026\t01 hội thảo"), null))).getId();
    var file = new MockMultipartFile("file", "api.txt", "text/plain",
        plan("Kế hoạch thử API", "1\tTập huấn\tSở Công Thương\tHằng năm\t≥ 2 lớp/năm"));
    Integer plansBefore = jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class);
    mvc.perform(multipart("/api/v1/plans/import").file(file)
            .with(httpBasic("admin", "admin-test-password")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tasks[0].schedule.kind").value("YEARLY"))
        .andExpect(jsonPath("$.tasks[0].lead[0]").value("Sở Công Thương"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class)).isEqualTo(plansBefore);
    mvc.perform(get("/api/v1/plans/" + before)
            .with(httpBasic("admin", "admin-test-password")))
        .andExpect(jsonPath("$.tasks[0].schedule.due").value("2026-06-30"))
        .andExpect(jsonPath("$.tasks[0].units.lead.length()").value(1));
  }
}
