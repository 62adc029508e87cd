package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.internal.AgencyResolver;

/** JSON v2 (issue 18, part 6): what was printed in the agency cells is kept beside what resolved. */
class PlanJsonV2Test {

  /** A province whose unit registry is still empty: nothing resolves. */
  private static final AgencyLookup EMPTY_REGISTRY = text -> {
    AgencyResolution r = new AgencyResolver(List.of(), List.of()).resolve(text);
    return new AgencyText(text, r.unitIds(), List.of(), r.unresolved());
  };

  private static final List<String> PLAN = List.of(
      "PHỤ LỤC I",
      "STT\tMục tiêu\tGiai đoạn 2026 - 2030\tCơ quan tổng hợp\tCơ quan chủ trì\tCơ quan phối hợp",
      "1\tSố dự án khởi nghiệp\t≥ 5 dự án\tSở Khoa học và Công nghệ\tSở Công Thương\tTỉnh đoàn",
      "",
      "PHỤ LỤC II",
      "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện",
      "1\tTổ chức cuộc thi khởi nghiệp\tSở Khoa học và\tSở Tư pháp; Hội Liên hiệp\tQuý III/2026",
      "\t\tCông nghệ\tPhụ nữ tỉnh\t",
      "",
      "ĐVT: triệu đồng",
      "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tTổng\t2026",
      "1\tCuộc thi khởi nghiệp\tSở Khoa học và Công nghệ\tSở Tư pháp\t200\t200",
      "\tTổng cộng\t\t\t200\t200");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> json, String list) {
    return ((List<Map<String, Object>>) json.get(list)).get(0);
  }

  @Test
  void withAnEmptyRegistryTheTaskKeepsItsLeadTextAndUnresolvedLeadHoldsTheParts() {
    Map<String, Object> json = PlanJson.of(new PlanTextParser(EMPTY_REGISTRY).parse(PLAN, 2026));
    Map<String, Object> task = first(json, "tasks");
    assertThat(task.get("lead")).isEqualTo(List.of()); // v1: canonical names, none resolved
    assertThat(task.get("leadText")).isEqualTo("Sở Khoa học và Công nghệ"); // joined across the wrapped cell
    assertThat(task.get("unresolvedLead")).isEqualTo(List.of("Sở Khoa học và Công nghệ"));
    assertThat(task.get("coordinatingText")).isEqualTo("Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh");
    assertThat((List<String>) task.get("unresolvedCoordinating"))
        .containsExactly("Sở Tư pháp", "Hội Liên hiệp Phụ nữ"); // the resolver's parts, without the trailing "tỉnh"
  }

  @Test
  void withAnEmptyRegistryTargetsAndBudgetLinesKeepTheirAgencyTextsPerRole() {
    Map<String, Object> json = PlanJson.of(new PlanTextParser(EMPTY_REGISTRY).parse(PLAN, 2026));
    assertThat(json.get("schemaVersion")).isEqualTo(2);
    Map<String, Object> target = first(json, "targets");
    assertThat(target.get("aggregatorText")).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(target.get("leadText")).isEqualTo("Sở Công Thương");
    assertThat(target.get("unresolvedLead")).isEqualTo(List.of("Sở Công Thương"));
    assertThat(target.get("coordinatingText")).isEqualTo("Tỉnh đoàn");
    // the resolver reads "Tỉnh đoàn" as a vague mention, not an unresolved name: nothing resolved, so the whole cell
    assertThat(target.get("unresolvedCoordinating")).isEqualTo(List.of("Tỉnh đoàn"));
    Map<String, Object> line = first(json, "budget");
    assertThat(line.get("code")).isEqualTo("1");
    assertThat(line.get("leadText")).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(line.get("unresolvedLead")).isEqualTo(List.of("Sở Khoa học và Công nghệ"));
    assertThat(line.get("coordinatingText")).isEqualTo("Sở Tư pháp");
    assertThat(line.get("unresolvedCoordinating")).isEqualTo(List.of("Sở Tư pháp"));
    assertThat(line.get("flags")).isEqualTo(List.of(ParsedPlan.Flag.AGENCY_UNRESOLVED));
    assertThat((List<?>) json.get("budgetTotals")).hasSize(1);
  }

  @Test
  void resolvedAgenciesKeepThePrintedTextBesideTheCanonicalNamesAndV1FieldsStay() {
    Map<String, Object> json = PlanJson.of(new PlanTextParser(SeedPlans.lookup()).parse(PLAN, 2026));
    Map<String, Object> task = first(json, "tasks");
    assertThat(task).containsKeys("code", "seq", "section", "name", "content", "lead", "coordinating", "unresolved",
        "schedule", "outputs", "outputQuantities", "flags", "line");
    assertThat(task.get("leadText")).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(task.get("unresolvedLead")).isEqualTo(List.of());
    assertThat((List<?>) task.get("lead")).hasSize(1);
    Map<String, Object> line = first(json, "budget");
    assertThat(line).containsKeys("label", "source", "totalMillionVnd", "byYear", "flags");
    assertThat((List<?>) line.get("lead")).hasSize(1);
  }
}
