package vn.innohub.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrTextTest {

  private static List<String> lines(String resource) {
    return OcrSamples.resource(resource).lines().toList();
  }

  @Test
  void textWithoutDiacriticsThatCarriesNoiseOrPipeRowsLooksLikeOcr() {
    assertThat(OcrText.looksLikeOcr(lines("ocr-1.txt"))).isTrue();
    assertThat(OcrText.looksLikeOcr(lines("ocr-2.txt"))).isTrue();
    assertThat(OcrText.looksLikeOcr(lines("ocr-4.txt"))).isTrue();
  }

  @Test
  void cleanUnicodeVietnameseNeverLooksLikeOcrEvenWithSymbolsAndPipes() {
    assertThat(OcrText.looksLikeOcr(lines("unicode-1.txt"))).isFalse();
    assertThat(OcrText.looksLikeOcr(lines("mixed-1.txt"))).isFalse(); // « » ± °C § ® © in clean text
    List<String> piped = List.of("Bảng tổng hợp | Sở Khoa học và Công nghệ | Sở Tài chính",
        "Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện", "Tổ chức cuộc thi | Sở Khoa học và Công nghệ | Quý III/2026",
        "Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo ¢ của tỉnh");
    assertThat(OcrText.looksLikeOcr(piped)).isFalse();
  }

  @Test
  void strippedTextWithNothingToCleanIsLeftToTheParserAsIs() {
    List<String> plain = OcrSamples.stripped(OcrSamples.resource("unicode-5.txt")).lines().toList();
    assertThat(OcrText.looksLikeOcr(plain)).isFalse();
  }

  @Test
  void cleanUnicodeTextIsReadLineForLineUntouched() {
    String text = OcrSamples.resource("mixed-1.txt") + "STT | Nhiệm vụ | Cơ quan chủ trì\n1 | Tổ chức | Sở Tài chính\n";
    List<String> read = DocumentReader.text(text.getBytes(StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(List.of(text.split("\n", -1)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '#', value = {
      "Ke ¢ hoach phat trien#Ke hoach phat trien",
      "« So Khoa hoc va Cong nghe »#So Khoa hoc va Cong nghe",
      "«Uy ban nhan dan tinh»#Uy ban nhan dan tinh",
      "d£oi moi sang tao™#doi moi sang tao",
      "So Khoa hoc va Cong nghë#So Khoa hoc va Cong nghe",
      "tham gia khoi nghiép#tham gia khoi nghiép",
      "Thoi gian thuc hien: Quy III/2026 §#Thoi gian thuc hien: Quy III/2026",
      "Chi tieu ≥ 5 doanh nghiep, 100 % ho so; 2026 – 2030#Chi tieu ≥ 5 doanh nghiep, 100 % ho so; 2026 – 2030",
      "ngay 22/12/2024, so 57-NQ/TW, 1/2026#ngay 22/12/2024, so 57-NQ/TW, 1/2026",
      "- Co quan chu tri: So Cong Thuong.#- Co quan chu tri: So Cong Thuong."})
  void noiseSymbolsAreDroppedAndGenuineTextIsKept(String ocr, String expected) {
    assertThat(OcrText.strip(ocr)).isEqualTo(expected);
  }

  @Test
  void aBorderedPipeTableBecomesTabSeparatedRowsWithItsEmptyCellsKept() {
    List<String> cleaned = OcrText.clean(List.of(
        "PHU LUC II",
        "| STT | Nhiem vu | Co quan chu tri | Thoi gian |",
        "| 1 | To chuc cuoc thi | So Khoa hoc va Cong nghe | Quy III/2026 |",
        "| | khoi nghiep cap tinh | | |",
        "|2|Ho tro doanh nghiep|So Cong Thuong|Hang nam|"));
    assertThat(cleaned).containsExactly(
        "PHU LUC II",
        "STT\tNhiem vu\tCo quan chu tri\tThoi gian",
        "1\tTo chuc cuoc thi\tSo Khoa hoc va Cong nghe\tQuy III/2026",
        "\tkhoi nghiep cap tinh", // trailing empty cells add nothing to a continuation
        "2\tHo tro doanh nghiep\tSo Cong Thuong\tHang nam");
  }

  @Test
  void withoutBordersALeadingPipeIsAnEmptyFirstCell() {
    List<String> cleaned = OcrText.clean(List.of(
        "STT | Nhiem vu | Co quan chu tri",
        "1 | To chuc cuoc thi | So Khoa hoc va Cong nghe",
        " | khoi nghiep cap tinh | ",
        "2 | Ho tro |  | "));
    assertThat(cleaned).containsExactly(
        "STT\tNhiem vu\tCo quan chu tri",
        "1\tTo chuc cuoc thi\tSo Khoa hoc va Cong nghe",
        "\tkhoi nghiep cap tinh",
        "2\tHo tro");
  }

  @Test
  void strayPipesOutsideATableBecomeSpaces() {
    List<String> cleaned = OcrText.clean(List.of(
        "Ho tro doanh nghiep | tham gia san giao dich",
        "",
        "Hoi dong da hop 04 phien | de xuat | dat hang 15 nhiem vu",
        "",
        "Trang | 2",
        "1\tTo chuc | cuoc thi\tSo Tai chinh |"));
    assertThat(cleaned).containsExactly(
        "Ho tro doanh nghiep tham gia san giao dich",
        "",
        "Hoi dong da hop 04 phien de xuat dat hang 15 nhiem vu", // one line of three cells is no table
        "",
        "Trang 2",
        "1\tTo chuc cuoc thi\tSo Tai chinh"); // a tab-separated row keeps its cells
  }

  @Test
  void anOcrTaskTableWithPipesIsImportedWithItsCodesAgenciesAndSchedules() {
    ParsedPlan p = PlanReading.read("scan.txt", OcrSamples.resource("ocr-2.txt").getBytes(StandardCharsets.UTF_8),
        SeedPlans.lookup(), 2026);
    assertThat(p.tasks()).extracting(ParsedPlan.Task::code).containsExactly("1", "2", "3");
    assertThat(p.tasks().get(0).section()).isEqualTo("I. Truyen thong, nang cao nhan thuc");
    assertThat(p.tasks().get(0).name()).isEqualTo(
        "Xay dung chuyen muc khoi nghiep tren Bao va Phat thanh, Truyen hinh tinh cong dong");
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(p.tasks().get(1).coordinating().unitIds()).containsExactly(SeedPlans.PROVINCE.id("TINHDOAN"));
    assertThat(p.tasks().get(1).schedule().due()).hasToString("2026-12-31");
    assertThat(p.tasks().get(2).name()).isEqualTo("Ho tro doanh nghiep dang ky so huu tri tue");
    assertThat(p.tasks().get(2).schedule().kind()).isEqualTo(vn.innohub.plan.Schedule.Kind.WINDOW);
  }

  @Test
  void anOcrProsePlanIsReadNotRefused() {
    ParsedPlan p = PlanReading.read("scan.txt", OcrSamples.resource("ocr-1.txt").getBytes(StandardCharsets.UTF_8),
        SeedPlans.lookup(), 2026);
    assertThat(p.number()).isEqualTo("45/KH-UBND");
    assertThat(p.title()).startsWith("Phat trien he sinh thai khoi nghiep doi moi sang tao tinh Minh Son");
    assertThat(p.periodFrom()).isEqualTo(2026);
    assertThat(p.periodTo()).isEqualTo(2030);
    assertThat(p.tasks()).extracting(ParsedPlan.Task::code).containsExactly("1", "2");
    assertThat(p.tasks().get(0).name()).isEqualTo("To chuc cuoc thi khoi nghiep doi moi sang tao cap tinh");
    assertThat(p.tasks().get(0).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SKHCN"));
    assertThat(p.tasks().get(0).schedule().due()).hasToString("2026-09-30");
    assertThat(p.tasks().get(1).lead().unitIds()).containsExactly(SeedPlans.PROVINCE.id("SCT"));
  }
}
