package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.innohub.plan.Quantity.Comparator;
import vn.innohub.plan.Schedule.Kind;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.plan.importing.ParsedPlan.Task;

/**
 * Imports each real plan of ../shared/seeds and checks counts and a broad sample of fields against values read
 * off the documents by hand. Skipped with a notice when ../shared is absent; CI always runs it.
 */
class SeedPlanImportTest {

  private static long id(String code) {
    return SeedPlans.PROVINCE.id(code);
  }

  private static Task task(ParsedPlan plan, int seq) {
    return plan.tasks().get(seq - 1);
  }

  @Test
  void laoCaiAppendixTablesYieldEveryTargetAndTask() throws IOException {
    ParsedPlan p = SeedPlans.parse("000");
    assertThat(p.number()).isNull(); // "Số: /KH-UBND" — a draft without number
    assertThat(p.title()).isEqualTo("Phát triển Hệ sinh thái khởi nghiệp, đổi mới sáng tạo tỉnh Lào Cai giai đoạn 2026 - 2030");
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2030);
    assertThat(p.issuer().unitIds()).containsExactly(id("UBND"));
    assertThat(p.legalBases()).hasSize(19).first().asString().startsWith("Căn cứ Nghị quyết số 57-NQ/TW");
    assertThat(p.targets()).hasSize(21);
    assertThat(p.tasks()).hasSize(61);
    assertThat(p.sections()).extracting(ParsedPlan.Section::code).containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

    var t2 = p.targets().get(1);
    assertThat(t2.code()).isEqualTo("2");
    assertThat(t2.name()).isEqualTo("Số dự án khởi nghiệp sáng tạo gọi vốn thành công");
    assertThat(t2.value().comparator()).isEqualTo(Comparator.GE);
    assertThat(t2.value().min()).isEqualByComparingTo("5");
    assertThat(t2.value().unit()).isEqualTo("dự án");
    assertThat(t2.aggregator().unitIds()).containsExactly(id("SKHCN"));
    assertThat(t2.lead().unitIds()).containsExactly(id("SKHCN"), id("STC"));
    var t11 = p.targets().get(10);
    assertThat(t11.value().comparator()).isEqualTo(Comparator.RANGE);
    assertThat(t11.value().min()).isEqualByComparingTo("5000");
    assertThat(t11.value().max()).isEqualByComparingTo("10000");
    assertThat(t11.value().unit()).isEqualTo("lượt người");
    var t15 = p.targets().get(14); // cells continued after a page break
    assertThat(t15.lead().unitIds()).contains(id("SKHCN"), id("TINHDOAN"), id("DHTN"));
    assertThat(t15.coordinating().unitIds()).contains(id("HHDN"), id("HNDN"), id("HDNT"), id("LMHTX"), id("X-BANLAU"));
    assertThat(p.targets().get(20).value().comparator()).isEqualTo(Comparator.LE);
    assertThat(p.targets()).allSatisfy(t -> assertThat(t.flags()).isEmpty());

    Task first = task(p, 1);
    assertThat(first.code()).isEqualTo("1");
    assertThat(first.section()).startsWith("I. Truyền thông");
    assertThat(first.schedule().kind()).isEqualTo(Kind.YEARLY);
    Task portal = task(p, 3);
    assertThat(portal.name()).isEqualTo("Xây dựng, vận hành và duy trì Cổng thông tin khởi nghiệp đổi mới sáng tạo tỉnh Lào Cai");
    assertThat(portal.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(portal.outputs()).isEqualTo("Cổng vận hành Quý IV/2026");
    // Codes restart inside the table: the 11th task is printed "9" again, in section II.
    Task repeated = task(p, 11);
    assertThat(repeated.code()).isEqualTo("9");
    assertThat(repeated.section()).startsWith("II. Hoàn thiện cơ chế");
    assertThat(repeated.lead().unitIds()).containsExactly(id("STC"), id("SKHCN"));
    assertThat(task(p, 13).schedule().due()).isEqualTo(LocalDate.of(2026, 6, 30)); // Quý II/2026
    assertThat(task(p, 16).schedule().kind()).isEqualTo(Kind.CONDITIONAL); // Theo tiến độ hướng dẫn của Trung ương
    assertThat(task(p, 16).flags()).containsExactly(Flag.SCHEDULE_NEEDS_DATE);
    Task delegations = task(p, 49);
    assertThat(delegations.code()).isEqualTo("47");
    assertThat(delegations.lead().unitIds()).containsExactly(id("SNGV"));
    assertThat(delegations.outputQuantities()).singleElement().satisfies(q -> {
      assertThat(q.comparator()).isEqualTo(Comparator.GE);
      assertThat(q.min()).isEqualByComparingTo(new BigDecimal(2));
      assertThat(q.unit()).isEqualTo("đoàn/năm");
    });
    Task last = task(p, 61);
    assertThat(last.code()).isEqualTo("59");
    assertThat(last.lead().unitIds()).containsExactly(id("MTTQ"), id("SKHCN"));
    assertThat(p.tasks()).filteredOn(t -> t.flags().contains(Flag.AGENCY_UNRESOLVED)).isEmpty();
  }

  @Test
  void thaiNguyenProsePlanYieldsNumberedTasksAndBulletTargets() throws IOException {
    ParsedPlan p = SeedPlans.parse("002");
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2030);
    assertThat(p.tasks()).hasSize(31);
    assertThat(p.tasks()).extracting(Task::code).startsWith("1.1", "1.2", "1.3", "1.4", "1.5", "2.1")
        .contains("5.1.1", "5.1.2", "5.1.3", "5.2.1", "5.3.2").endsWith("8.3", "8.4");
    assertThat(p.targets()).hasSize(9);
    assertThat(p.targets().get(0).value().min()).isEqualByComparingTo("21600");
    assertThat(p.targets().get(1).value().comparator()).isEqualTo(Comparator.GE);
    assertThat(p.targets().get(1).value().min()).isEqualByComparingTo("150");
    assertThat(p.targets()).extracting(t -> t.value().unit()).contains("%");

    Task t11 = task(p, 1);
    assertThat(t11.section()).startsWith("1. Truyền thông");
    assertThat(t11.lead().unitIds()).hasSize((int) (SeedPlans.PROVINCE.count(vn.innohub.org.UnitType.DEPARTMENT)
        + SeedPlans.PROVINCE.count(vn.innohub.org.UnitType.COMMUNE, vn.innohub.org.UnitType.WARD)));
    assertThat(t11.schedule().kind()).isEqualTo(Kind.CONTINUOUS);
    Task t14 = task(p, 4);
    assertThat(t14.lead().unitIds()).containsExactly(id("SGDDT"), id("TINHDOAN"), id("HLHPN"), id("HND"), id("DHTN"));
    assertThat(t14.coordinating().unitIds()).containsExactly(id("SKHCN"));
    assertThat(t14.content()).startsWith("Học sinh, sinh viên, phụ nữ");
    Task t24 = task(p, 9);
    assertThat(t24.code()).isEqualTo("2.4");
    assertThat(t24.schedule().due()).isEqualTo(LocalDate.of(2027, 12, 31));
    Task t32 = task(p, 11);
    assertThat(t32.schedule().kind()).isEqualTo(Kind.WINDOW);
    assertThat(t32.schedule().start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(t32.schedule().end()).isEqualTo(LocalDate.of(2030, 12, 31));
    Task t512 = p.tasks().stream().filter(t -> t.code().equals("5.1.2")).findFirst().orElseThrow();
    assertThat(t512.section()).startsWith("5.1. Hỗ trợ cơ sở vật chất");
    assertThat(t512.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(t512.content()).contains("Hỗ trợ chi phí");
    Task t62 = p.tasks().stream().filter(t -> t.code().equals("6.2")).findFirst().orElseThrow();
    assertThat(t62.lead().unitIds()).containsExactly(id("NHNN"));
    Task t84 = task(p, 31);
    assertThat(t84.lead().unitIds()).containsExactly(id("CAT"));
    assertThat(p.tasks()).allSatisfy(t -> assertThat(t.flags()).isEmpty());
  }

  @Test
  void caoBangYearPlanYieldsItsNineTasksWithLetteredParts() throws IOException {
    ParsedPlan p = SeedPlans.parse("003");
    assertThat(p.number()).isEqualTo("523/KH-UBND");
    assertThat(p.date()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2026);
    assertThat(p.targets()).isEmpty();
    assertThat(p.tasks()).extracting(Task::code).containsExactly("1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6");
    Task t1 = task(p, 1);
    assertThat(t1.lead().unitIds()).containsExactly(id("SKHCN"), id("TINHDOAN"), id("HLHPN"), id("HND"));
    assertThat(t1.schedule().kind()).isEqualTo(Kind.CONTINUOUS);
    assertThat(t1.schedule().end()).isEqualTo(LocalDate.of(2026, 12, 31));
    Task contest = task(p, 3);
    assertThat(contest.lead().unitIds()).containsExactly(id("UBND"), id("SKHCN"));
    assertThat(contest.schedule().kind()).isEqualTo(Kind.WINDOW);
    assertThat(contest.schedule().phases()).hasSize(4);
    assertThat(contest.schedule().start()).isEqualTo(LocalDate.of(2026, 7, 1));
    Task t42 = task(p, 6);
    assertThat(t42.lead().unitIds()).containsExactly(id("SKHCN"));
    assertThat(t42.coordinating().isEmpty()).isTrue();
    assertThat(t42.schedule().due()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(task(p, 4).lead().unitIds()).containsExactly(id("TINHDOAN"));
    assertThat(p.tasks()).allSatisfy(t -> assertThat(t.flags()).isEmpty());
  }

  @Test
  void linesThatWereNotUsedAreListedNotDropped() throws IOException {
    ParsedPlan p = SeedPlans.parse("003");
    List<String> unparsed = p.unparsed().stream().map(ParsedPlan.SourceLine::text).toList();
    assertThat(unparsed).anyMatch(l -> l.startsWith("Tiếp tục thúc đẩy, hỗ trợ phát triển hệ sinh thái"));
    assertThat(unparsed).noneMatch(l -> l.startsWith("- Cơ quan chủ trì"));
  }
}
