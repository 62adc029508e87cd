package vn.innohub.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.innohub.plan.importing.AgencyLookup;
import vn.innohub.plan.importing.AgencyText;
import vn.innohub.plan.importing.ParsedPlan;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.org.AgencyResolution;
import vn.innohub.org.internal.AgencyResolver;
import vn.innohub.org.internal.DemoProvince;

/**
 * Plan import speed: the largest seed (Lào Cai) and a synthetic 10,000-line plan, parsed with the demo province's
 * agency resolver. Run with bench/plan-import.sh; prints the median of the measured runs.
 */
public final class PlanImportBenchmark {

  private PlanImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmup = 5;
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    DemoProvince province = new DemoProvince();
    AgencyResolver resolver = province.resolver();
    AgencyLookup lookup = text -> {
      AgencyResolution r = resolver.resolve(text);
      return new AgencyText(text, r.unitIds(), List.of(), r.unresolved());
    };
    byte[] seed = Files.readAllBytes(Path.of("..", "shared", "seeds", "000_13cc19d9a23b1fcc.txt"));
    byte[] synthetic = synthetic().getBytes(StandardCharsets.UTF_8);
    report("seed 000 (Lào Cai, " + seed.length / 1024 + " KB)", seed, lookup, warmup, runs);
    report("synthetic " + synthetic().lines().count() + " lines (" + synthetic.length / 1024 + " KB)", synthetic, lookup,
        warmup, runs);
  }

  private static void report(String label, byte[] content, AgencyLookup lookup, int warmup, int runs) {
    ParsedPlan last = null;
    for (int i = 0; i < warmup; i++) {
      last = PlanReading.read("plan.txt", content, lookup, 2026);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      last = PlanReading.read("plan.txt", content, lookup, 2026);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%s: median %.1f ms, min %.1f ms, max %.1f ms over %d runs (%d targets, %d tasks, %d unused lines)%n",
        label, ms[runs / 2], ms[0], ms[runs - 1], runs, last.targets().size(), last.tasks().size(), last.unparsed().size());
  }

  /** A plan of 10,000 lines: header, 1,000 targets, 4,000 tasks whose cells wrap onto a second line, prose. */
  public static String synthetic() {
    String[] leads = {"Sở Khoa học và Công nghệ", "Sở Tài chính; UBND các xã, phường", "Tỉnh đoàn; Các Cơ sở giáo dục Cao đẳng, Đại học trên địa bàn tỉnh",
        "Sở Công Thương, Sở Nông nghiệp và Môi trường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (Tỉnh đoàn, Hội Nông dân)"};
    String[] times = {"Hàng năm", "2026 - 2030", "Quý III/2026", "Năm 2027", "Thường xuyên", "Theo tiến độ hướng dẫn của Trung ương"};
    List<String> lines = new ArrayList<>();
    lines.add("Số: /KH-UBND");
    lines.add("Minh Sơn, ngày 10 tháng 5 năm 2026");
    lines.add("KẾ HOẠCH");
    lines.add("Kế hoạch tổng hợp thử nghiệm giai đoạn 2026 - 2030");
    lines.add("");
    lines.add("PHỤ LỤC I");
    lines.add("STT\tMỤC TIÊU\tGIAI ĐOẠN 2026 - 2030\tCƠ QUAN TỔNG HỢP\tCƠ QUAN CHỦ TRÌ\tCƠ QUAN PHỐI HỢP");
    for (int i = 1; i <= 1000; i++) {
      lines.add(i + "\tChỉ tiêu số " + i + " về phát triển hệ sinh thái\t≥ " + (i % 50 + 1) + " doanh nghiệp\tSở Khoa học và Công nghệ\t"
          + leads[i % leads.length] + "\tCác sở, ngành, địa phương, cơ quan liên quan");
    }
    lines.add("");
    lines.add("PHỤ LỤC II");
    lines.add("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan, đơn vị phối hợp\tThời gian thực hiện\tSản phẩm/kết quả");
    for (int i = 1; i <= 4000; i++) {
      if (i % 500 == 1) {
        lines.add(roman(i / 500 + 1) + "\tNhóm nhiệm vụ " + (i / 500 + 1) + "\t\t\t\t");
      }
      lines.add(i + "\tNhiệm vụ số " + i + " triển khai hoạt động đổi mới sáng tạo\t" + leads[i % leads.length]
          + "\tCác sở, ngành, địa phương và các đơn vị, tổ chức có liên quan\t" + times[i % times.length] + "\t≥ " + (i % 9 + 1)
          + " sự kiện/năm");
      lines.add("\tvà khởi nghiệp tại địa phương\t\t\t\t");
    }
    lines.add("");
    while (lines.size() < 10_000) {
      lines.add("Đoạn văn thuyết minh số " + lines.size() + " về mục đích, yêu cầu và tổ chức thực hiện kế hoạch.");
    }
    return String.join("\n", lines);
  }

  private static String roman(int n) {
    String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return r[Math.min(n, 10)];
  }
}
