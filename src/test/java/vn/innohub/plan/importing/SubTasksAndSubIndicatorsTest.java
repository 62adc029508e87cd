package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.innohub.plan.importing.ParseOptions.ParentRows;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.plan.importing.ParsedPlan.Section;
import vn.innohub.plan.importing.ParsedPlan.Target;
import vn.innohub.plan.importing.ParsedPlan.Task;

/**
 * Issue 18, parts 3 and 5: task tables whose parent rows carry numbered or lettered sub-tasks, target tables whose
 * numbered targets carry unnumbered sub-indicators, and a content column between the task and its lead agency —
 * all in TAB form, as copied text, PDFs and DOCX tables arrive. Expected codes, names and parents are read off the
 * rows below by hand.
 */
class SubTasksAndSubIndicatorsTest {

  private static ParsedPlan parse(ParseOptions options, String... lines) {
    return new PlanTextParser(SeedPlans.lookup()).parse(List.of(lines), 2026, options);
  }

  private static ParsedPlan parse(String... lines) {
    return new PlanTextParser(SeedPlans.lookup()).parse(List.of(lines), 2026);
  }

  private static long id(String code) {
    return SeedPlans.PROVINCE.id(code);
  }

  private static final String[] NUMBERED = {
      "STT\tNhiệm vụ\tNội dung thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
      "I\tHoàn thiện thể chế",
      "1\tXây dựng cơ chế hỗ trợ khởi nghiệp",
      "1.1\tBan hành quy chế quỹ\tSoạn thảo quy chế\tSở Tài chính\tSở Tư pháp\tQuý II/2026",
      "1.2\tSửa đổi chính sách hỗ trợ\tRà soát, sửa đổi\tSở KH&CN\t\t2026",
      "2\tTổ chức cuộc thi khởi nghiệp\tCuộc thi cấp tỉnh\tSở KH&CN\tTỉnh đoàn\tHằng năm",
      "2.1\tVòng sơ khảo\tChấm hồ sơ\tSở KH&CN\t\tQuý III/2026",
      "3\tTổ chức ngày hội khởi nghiệp\t\t\t\tQuý IV/2026",
      "3.1\tTrưng bày sản phẩm\tGian hàng\tSở Công Thương\t\tQuý IV/2026"};

  @Test
  void byDefaultAParentRowWithoutLeadOrTimeIsAGroupOfItsSubTasks() {
    ParsedPlan p = parse(NUMBERED);
    String section = "I. Hoàn thiện thể chế";
    String group = "1. Xây dựng cơ chế hỗ trợ khởi nghiệp";
    assertThat(p.options().parentRows()).isEqualTo(ParentRows.GROUPS);
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section).containsExactly(
        tuple("1.1", "1", group),
        tuple("1.2", "1", group),
        tuple("2", null, section), // a lead agency and a time: a task with its sub-task under it
        tuple("2.1", "2", section),
        tuple("3", null, section), // a time of its own, no lead: a task too (flagged for its missing lead)
        tuple("3.1", "3", section));
    assertThat(p.sections()).containsExactly(new Section("I", "Hoàn thiện thể chế"),
        new Section("1", "Xây dựng cơ chế hỗ trợ khởi nghiệp"));
    assertThat(p.groupRows()).extracting(Task::code).containsExactly("1");
    Task quy = p.tasks().get(0);
    assertThat(quy.name()).isEqualTo("Ban hành quy chế quỹ");
    assertThat(quy.content()).isEqualTo("Soạn thảo quy chế");
    assertThat(quy.lead().unitIds()).containsExactly(id("STC"));
    assertThat(quy.coordinating().unitIds()).containsExactly(id("STP"));
    assertThat(p.tasks().get(4).flags()).contains(Flag.LEAD_MISSING);
    assertThat(p.tasks().get(5).lead().unitIds()).containsExactly(id("SCT"));
  }

  @Test
  void asTasksEveryParentRowIsATaskAndItsSubTasksPointToIt() {
    ParsedPlan p = parse(new ParseOptions(ParentRows.TASKS), NUMBERED);
    String section = "I. Hoàn thiện thể chế";
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section).containsExactly(
        tuple("1", null, section), tuple("1.1", "1", section), tuple("1.2", "1", section),
        tuple("2", null, section), tuple("2.1", "2", section), tuple("3", null, section), tuple("3.1", "3", section));
    assertThat(p.tasks().get(0).name()).isEqualTo("Xây dựng cơ chế hỗ trợ khởi nghiệp");
    assertThat(p.tasks().get(0).flags()).contains(Flag.LEAD_MISSING);
    assertThat(p.sections()).containsExactly(new Section("I", "Hoàn thiện thể chế"));
    assertThat(p.groupRows()).isEmpty();
  }

  @Test
  void thePreviewSwitchesBetweenBothReadingsFromTheParsedPlanAloneAndBack() {
    ParsedPlan groups = parse(NUMBERED);
    ParsedPlan tasks = parse(new ParseOptions(ParentRows.TASKS), NUMBERED);
    ParsedPlan switched = SubTasks.arrange(groups, new ParseOptions(ParentRows.TASKS));
    assertThat(switched.tasks()).isEqualTo(tasks.tasks());
    assertThat(switched.sections()).isEqualTo(tasks.sections());
    ParsedPlan back = SubTasks.arrange(switched, ParseOptions.DEFAULT);
    assertThat(back.tasks()).isEqualTo(groups.tasks());
    assertThat(back.sections()).isEqualTo(groups.sections());
    assertThat(back.groupRows()).isEqualTo(groups.groupRows());
  }

  @Test
  void subTasksAndTheirParentCodeAreInTheJson() {
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> tasks = (List<java.util.Map<String, Object>>) PlanJson.of(parse(NUMBERED)).get("tasks");
    assertThat(tasks).extracting(m -> m.get("code"), m -> m.get("parentCode"), m -> m.get("section")).startsWith(
        tuple("1.1", "1", "1. Xây dựng cơ chế hỗ trợ khởi nghiệp"), tuple("1.2", "1", "1. Xây dựng cơ chế hỗ trợ khởi nghiệp"),
        tuple("2", null, "I. Hoàn thiện thể chế"));
  }

  @Test
  void lettersUnderANumberAndDashesUnderALetterAreSubTasksToo() {
    ParsedPlan p = parse(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "1\tPhát triển mạng lưới hỗ trợ",
        "a\tThành lập mạng lưới cố vấn\tSở KH&CN\tQuý IV/2026",
        "b)\tKết nối các vườn ươm\tSở Công Thương\t2027",
        "-\tKết nối vườn ươm với trường đại học\tSở KH&CN\t2027",
        "2\tTruyền thông về khởi nghiệp\tSở KH&CN\tHằng năm");
    String group = "1. Phát triển mạng lưới hỗ trợ";
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section, Task::name).containsExactly(
        tuple("a", "1", group, "Thành lập mạng lưới cố vấn"),
        tuple("b", "1", group, "Kết nối các vườn ươm"),
        tuple("-", "b", group, "Kết nối vườn ươm với trường đại học"),
        tuple("2", null, null, "Truyền thông về khởi nghiệp"));
    assertThat(p.sections()).containsExactly(new Section("1", "Phát triển mạng lưới hỗ trợ"));
  }

  @Test
  void aLetteredRowWithoutLeadOrTimeIsAGroupOfTheDashedRowsBelowIt() {
    ParsedPlan p = parse(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "a\tHỗ trợ ươm tạo",
        "-\tƯơm tạo dự án nông nghiệp\tSở Công Thương\t2027",
        "-\tƯơm tạo dự án du lịch\tSở KH&CN\t2028",
        "b\tĐánh giá kết quả ươm tạo\tSở KH&CN\tQuý IV/2028");
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section).containsExactly(
        tuple("-", "a", "a. Hỗ trợ ươm tạo"),
        tuple("-", "a", "a. Hỗ trợ ươm tạo"),
        tuple("b", null, null)); // no numbered row above: a top row
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(id("SKHCN"));
  }

  @Test
  void subTasksDoNotReachAcrossASectionOrAMissingParent() {
    ParsedPlan p = parse(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "I\tNhóm thứ nhất",
        "1\tKhảo sát nhu cầu\tSở KH&CN\t2026",
        "II\tNhóm thứ hai",
        "1.1\tKhảo sát bổ sung\tSở KH&CN\t2027",
        "2.1\tĐánh giá\tSở KH&CN\t2027");
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section).containsExactly(
        tuple("1", null, "I. Nhóm thứ nhất"),
        tuple("1.1", null, "II. Nhóm thứ hai"),
        tuple("2.1", null, "II. Nhóm thứ hai"));
    assertThat(p.groupRows()).isEmpty();
  }

  @Test
  void nestedParentRowsGroupTheirSubTasksUnderTheNearestGroup() {
    ParsedPlan p = parse(
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "1\tHạ tầng đổi mới sáng tạo",
        "1.1\tTrung tâm đổi mới sáng tạo",
        "1.1.1\tĐầu tư trang thiết bị\tSở KH&CN\t2027",
        "1.2\tKhông gian làm việc chung\tSở Công Thương\t2028");
    assertThat(p.tasks()).extracting(Task::code, Task::parentCode, Task::section).containsExactly(
        tuple("1.1.1", "1.1", "1.1. Trung tâm đổi mới sáng tạo"),
        tuple("1.2", "1", "1. Hạ tầng đổi mới sáng tạo"));
    assertThat(p.sections()).extracting(Section::code).containsExactly("1", "1.1");
  }

  @Test
  void theSeedPlansKeepTheirReadingAndTheirProseItemsPointToTheirParents() throws java.io.IOException {
    ParsedPlan laoCai = SeedPlans.parse("000"); // tables numbered 1 … 59 without sub-rows
    assertThat(laoCai.tasks()).allSatisfy(t -> assertThat(t.parentCode()).isNull());
    assertThat(laoCai.targets()).allSatisfy(t -> assertThat(t.parentCode()).isNull());
    assertThat(laoCai.groupRows()).isEmpty();
    ParsedPlan thaiNguyen = SeedPlans.parse("002"); // items 1.1 … under "1. Truyền thông …", 5.1.2 under "5.1. …"
    Task t11 = thaiNguyen.tasks().get(0);
    assertThat(t11.code()).isEqualTo("1.1");
    assertThat(t11.parentCode()).isEqualTo("1");
    assertThat(thaiNguyen.tasks()).filteredOn(t -> t.code().equals("5.1.2")).singleElement()
        .satisfies(t -> assertThat(t.parentCode()).isEqualTo("5.1"));
    ParsedPlan asTasks = SubTasks.arrange(thaiNguyen, new ParseOptions(ParentRows.TASKS));
    assertThat(asTasks.tasks()).extracting(Task::code).contains("1", "5", "5.1").hasSizeGreaterThan(31);
    assertThat(SubTasks.arrange(asTasks, ParseOptions.DEFAULT).tasks()).isEqualTo(thaiNguyen.tasks());
  }

  // ---------------------------------------------------------------- sub-indicators

  private static final String TARGET_HEADER = "STT\tChỉ tiêu\tChỉ tiêu đến năm 2030\tCơ quan chủ trì";

  @Test
  void unnumberedRowsWithANameAndAValueOfTheirOwnAreSubIndicators() {
    ParsedPlan p = parse(TARGET_HEADER,
        "1\tSố doanh nghiệp khởi nghiệp được hỗ trợ\t≥ 100 doanh nghiệp\tSở KH&CN",
        "2\tSố doanh nghiệp khởi nghiệp sáng tạo\t\tSở KH&CN",
        "\t- Doanh nghiệp công nghệ số\t50 doanh nghiệp\t",
        "\t- Doanh nghiệp nông nghiệp công nghệ cao\t30 doanh nghiệp\tSở Công Thương",
        "3\tSố tổ chức hỗ trợ khởi nghiệp\t\tSở KH&CN",
        "\tVườn ươm\t3 vườn ươm\t",
        "\tCơ sở ươm tạo\t5 cơ sở\t",
        "4\tSố sự kiện khởi nghiệp\t≥ 10 sự kiện\tSở KH&CN",
        "a\tNgày hội khởi nghiệp\t5 sự kiện\t");
    assertThat(p.targets()).extracting(Target::code, Target::parentCode, Target::name).containsExactly(
        tuple("1", null, "Số doanh nghiệp khởi nghiệp được hỗ trợ"),
        tuple("2", null, "Số doanh nghiệp khởi nghiệp sáng tạo"),
        tuple("2.a", "2", "Doanh nghiệp công nghệ số"),
        tuple("2.b", "2", "Doanh nghiệp nông nghiệp công nghệ cao"),
        tuple("3", null, "Số tổ chức hỗ trợ khởi nghiệp"),
        tuple("3.a", "3", "Vườn ươm"),
        tuple("3.b", "3", "Cơ sở ươm tạo"),
        tuple("4", null, "Số sự kiện khởi nghiệp"),
        tuple("4.a", "4", "Ngày hội khởi nghiệp"));
    Target digital = p.targets().get(2);
    assertThat(digital.value().min()).isEqualByComparingTo("50");
    assertThat(digital.value().unit()).isEqualTo("doanh nghiệp");
    assertThat(digital.lead().unitIds()).containsExactly(id("SKHCN")); // no agency of its own: its parent's
    assertThat(p.targets().get(3).lead().unitIds()).containsExactly(id("SCT")); // its own agency
    assertThat(p.targets().get(3).value().min()).isEqualByComparingTo("30");
    assertThat(p.targets().get(6).value().min()).isEqualByComparingTo("5");
    assertThat(p.targets()).extracting(Target::seq).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aWrappedCellWithoutAValueOfItsOwnContinuesTheTargetAbove() {
    ParsedPlan p = parse(TARGET_HEADER,
        "1\tSố sản phẩm, dịch vụ đổi mới sáng tạo được\t≥ 20 sản phẩm\tSở KH&CN",
        "\tthương mại hóa\t\t",
        "2\tSố lượt người được đào tạo\t5.000 - 10.000\tSở KH&CN",
        "\tvề khởi nghiệp\tlượt người\t",
        "3\tTỷ lệ xã có điểm hỗ trợ khởi nghiệp\tĐến năm 2030\tSở KH&CN",
        "\tđạt chuẩn\tđạt 100%\t");
    assertThat(p.targets()).extracting(Target::code, Target::parentCode, Target::name).containsExactly(
        tuple("1", null, "Số sản phẩm, dịch vụ đổi mới sáng tạo được thương mại hóa"),
        tuple("2", null, "Số lượt người được đào tạo về khởi nghiệp"),
        tuple("3", null, "Tỷ lệ xã có điểm hỗ trợ khởi nghiệp đạt chuẩn"));
    assertThat(p.targets().get(1).value().min()).isEqualByComparingTo("5000");
    assertThat(p.targets().get(1).value().max()).isEqualByComparingTo("10000");
    assertThat(p.targets().get(1).value().unit()).isEqualTo("lượt người");
    assertThat(p.targets().get(2).value().min()).isEqualByComparingTo("100");
  }

  @Test
  void subIndicatorsAndTheirParentCodeAreInTheJson() {
    ParsedPlan p = parse(TARGET_HEADER,
        "2\tSố doanh nghiệp khởi nghiệp sáng tạo\t\tSở KH&CN",
        "\t- Doanh nghiệp công nghệ số\t50 doanh nghiệp\t");
    @SuppressWarnings("unchecked")
    List<java.util.Map<String, Object>> targets = (List<java.util.Map<String, Object>>) PlanJson.of(p).get("targets");
    assertThat(targets).extracting(m -> m.get("code"), m -> m.get("parentCode"))
        .containsExactly(tuple("2", null), tuple("2.a", "2"));
  }

  // ---------------------------------------------------------------- content column

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tên nhiệm vụ|Nội dung thực hiện|Cơ quan chủ trì",
      "Nhiệm vụ|Nội dung thực hiện nhiệm vụ|Cơ quan chủ trì",
      "Nhiệm vụ, đề án|Nội dung hoạt động|Đơn vị chủ trì",
      "Tên nhiệm vụ|Nội dung thực hiện|Cơ quan thực hiện",
      "Nhiệm vụ|Nội dung|Đơn vị thực hiện"})
  void aContentColumnBetweenTheTaskAndItsLeadLandsInContent(String task, String content, String lead) {
    ParsedPlan p = parse(
        "STT\t" + task + "\t" + content + "\t" + lead + "\tThời gian",
        "1\tXây dựng sàn giao dịch công nghệ\tKhảo sát, thiết kế,\tSở KH&CN\tQuý IV/2026",
        "\t\tvận hành thử nghiệm\t\t",
        "2\tHỗ trợ doanh nghiệp đổi mới công nghệ\tTư vấn, kết nối chuyên gia\tSở Công Thương\t2027");
    assertThat(p.tasks()).extracting(Task::name, Task::content).containsExactly(
        tuple("Xây dựng sàn giao dịch công nghệ", "Khảo sát, thiết kế, vận hành thử nghiệm"),
        tuple("Hỗ trợ doanh nghiệp đổi mới công nghệ", "Tư vấn, kết nối chuyên gia"));
    assertThat(p.tasks().get(0).lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(p.tasks().get(0).lead().text()).isEqualTo("Sở KH&CN");
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(id("SCT"));
  }
}
