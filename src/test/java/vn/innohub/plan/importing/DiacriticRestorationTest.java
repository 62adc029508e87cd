package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.innohub.plan.importing.ParsedPlan.Flag;
import vn.innohub.shared.text.DiacriticRestorer;

class DiacriticRestorationTest {

  private static final DiacriticRestorer MODEL = PlanVocabulary.units(PlanVocabulary.standard(),
      SeedPlans.PROVINCE.units).build();

  private static PlanReading.Source source(String resource) throws IOException {
    String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    return new PlanReading.Source(List.of(text.split("\n")), null, null);
  }

  @Test
  void aPlanReadWithoutDiacriticsGetsThemBackFlaggedWithTheTextAsRead() throws IOException {
    ParsedPlan p = PlanReading.parse(source("plans/ocr-no-accents.txt"), SeedPlans.lookup(), 2027, () -> MODEL);

    ParsedPlan.Task first = p.tasks().get(0);
    assertThat(first.name()).isEqualTo("Tổ chức cuộc thi ý tưởng khởi nghiệp");
    assertThat(first.lead().text()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(first.lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(first.coordinating().text()).isEqualTo("Tỉnh đoàn; UBND các xã, phường");
    assertThat(first.flags()).contains(Flag.DIACRITICS_RESTORED);
    assertThat(p.asRead("TASK", first.seq(), "name")).isEqualTo("To chuc cuoc thi y tuong khoi nghiep");
    assertThat(p.asRead("TASK", first.seq(), "lead")).isEqualTo("So Khoa hoc va Cong nghe");

    ParsedPlan.Task second = p.tasks().get(1);
    assertThat(second.name()).isEqualTo("Hỗ trợ doanh nghiệp tham gia hội chợ");
    assertThat(second.lead().text()).isEqualTo("Sở Công Thương");
    assertThat(second.lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SCT"));
  }

  @Test
  void aPlanWithItsDiacriticsIsLeftAsItIsAndTheModelIsNotBuilt() throws IOException {
    AtomicInteger built = new AtomicInteger();
    List<String> lines = List.of("KẾ HOẠCH", "Phát triển khởi nghiệp sáng tạo năm 2027", "", "II. NHIỆM VỤ",
        "1. Tổ chức cuộc thi ý tưởng khởi nghiệp", "- Cơ quan chủ trì: Sở Khoa học và Công nghệ",
        "- Cơ quan phối hợp: Tỉnh đoàn; UBND các xã, phường", "- Thời gian thực hiện: Quý III/2027");
    ParsedPlan p = PlanReading.parse(new PlanReading.Source(lines, null, null), SeedPlans.lookup(), 2027, () -> {
      built.incrementAndGet();
      return MODEL;
    });
    assertThat(built).hasValue(0);
    assertThat(p.restored()).isEmpty();
    assertThat(p.tasks().get(0).flags()).doesNotContain(Flag.DIACRITICS_RESTORED);
  }

  @Test
  void onlyTextMostlyWithoutMarksNeedsRestoring() {
    String plain = "To chuc cuoc thi y tuong khoi nghiep sang tao cho hoc sinh sinh vien tren dia ban tinh nam nay va nam sau";
    assertThat(DiacriticRestoration.needed(List.of(plain))).isTrue();
    assertThat(DiacriticRestoration.needed(List.of("To chuc cuoc thi"))).isFalse();
    assertThat(DiacriticRestoration.needed(List.of(plain, "Tổ chức cuộc thi ý tưởng khởi nghiệp sáng tạo cho học sinh, sinh viên"))).isFalse();
  }
}
