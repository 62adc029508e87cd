package vn.innohub.bench;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.innohub.InnohubApplication;
import vn.innohub.exchange.Exchange;
import vn.innohub.exchange.Match;
import vn.innohub.shared.text.VietnameseText;

/**
 * Matching latency at scale: 50,000 synthetic published offers (Vietnamese texts drawn from per-field vocabularies,
 * random TRL and province) written with JDBC and indexed with the mass indexer into a Lucene directory on disk,
 * then {@code Exchange.matchesFor(demand, 10)} — the whole call: index query, loading the 50 candidates, re-rank and
 * reasons — for 300 synthetic demands after 100 warm-up calls. Prints the median and the 95th percentile.
 * Run with bench/matching.sh [offers] [demands].
 */
public final class MatchingBenchmark {

  private MatchingBenchmark() {}

  private static final String[][] FIELDS = {
      {"herbs.extraction", "chiết xuất", "cao khô", "tinh dầu", "đương quy", "actiso", "tam thất", "sấy phun",
          "bào chế", "viên nang", "hoạt chất", "dung môi", "cô đặc"},
      {"herbs.cultivation", "nhân giống", "nuôi cấy mô", "tam thất", "thảo quả", "đương quy", "dưới tán rừng",
          "vườn ươm", "cây giống", "GACP", "sâu bệnh", "phân hữu cơ"},
      {"agri.crops", "chè Shan tuyết", "lúa", "ngô", "rau an toàn", "nhà màng", "tưới nhỏ giọt", "giống mới",
          "năng suất", "đất dốc", "phân bón", "canh tác"},
      {"agri.livestock", "lợn đen", "gà đồi", "bò vàng", "thức ăn", "chuồng trại", "vắc xin", "dịch bệnh",
          "đệm lót sinh học", "thú y", "chăn nuôi"},
      {"agri.aquaculture", "cá hồi", "cá tầm", "nước lạnh", "lồng bè", "thức ăn", "ao nuôi", "oxy hòa tan",
          "con giống", "bệnh cá"},
      {"food.preservation", "bảo quản", "kho lạnh", "sấy bơm nhiệt", "làm khô", "sau thu hoạch", "màng bọc",
          "độ ẩm", "nấm mốc", "thảo quả", "quế", "hồi"},
      {"food.processing", "chế biến", "đóng gói", "OCOP", "nhãn mác", "truy xuất nguồn gốc", "máy ép", "hút chân không",
          "miến dong", "mật ong", "rượu ngô"},
      {"digital.software", "phần mềm", "nền tảng số", "quản lý", "chuyển đổi số", "ứng dụng di động", "dữ liệu",
          "thanh toán", "hợp tác xã", "kế toán"},
      {"digital.iot", "cảm biến", "IoT", "tự động hóa", "giám sát", "nhiệt độ", "độ ẩm", "điều khiển", "LoRa",
          "trạm quan trắc"},
      {"digital.ai", "trí tuệ nhân tạo", "nhận dạng", "dự báo", "học máy", "camera", "ảnh vệ tinh", "chatbot",
          "phân tích dữ liệu"},
      {"energy.renewable", "điện mặt trời", "thủy điện nhỏ", "biogas", "sinh khối", "pin lưu trữ", "điện gió",
          "tiết kiệm năng lượng", "lò đốt"},
      {"energy.waste", "nước thải", "rác thải", "xử lý", "compost", "chế phẩm vi sinh", "bể lọc", "bùn thải",
          "tái chế", "nhựa"},
      {"tourism", "du lịch cộng đồng", "homestay", "bản đồ số", "thuyết minh", "đặt phòng", "trải nghiệm",
          "văn hóa", "ruộng bậc thang"},
      {"logistics", "kho bãi", "cửa khẩu", "vận chuyển", "thương mại điện tử", "giao hàng", "chuỗi cung ứng",
          "thông quan", "xe lạnh"},
      {"materials", "cơ khí", "vật liệu", "máy nông nghiệp", "gia công", "khuôn mẫu", "gạch không nung", "thép",
          "composite"},
      {"health", "y tế", "khám chữa bệnh", "thiết bị", "xét nghiệm", "y học cổ truyền", "bệnh viện", "từ xa",
          "hồ sơ sức khỏe"}};
  private static final String[] ACTIONS = {"Công nghệ", "Quy trình", "Thiết bị", "Giải pháp", "Hệ thống", "Dây chuyền",
      "Mô hình", "Dịch vụ"};
  private static final String[] COMMON = {"hiệu quả", "giảm chi phí", "nâng cao", "chất lượng", "quy mô", "hợp tác xã",
      "doanh nghiệp", "vùng cao", "tiêu chuẩn", "thị trường", "xuất khẩu", "an toàn", "bền vững", "công suất"};
  private static final String[] PROVINCES = {"Lào Cai", "Thái Nguyên", "Cao Bằng", "Hà Giang", "Yên Bái", "Hà Nội",
      "TP. Hồ Chí Minh", "Toàn quốc"};

  public static void main(String[] args) throws Exception {
    int offers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int demands = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int warmup = 100;
    String index = args.length > 2 ? args[2] : "target/bench-exchange-index";
    String[] props = {"--spring.datasource.url=jdbc:h2:mem:bench-exchange;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
        "--spring.datasource.password=", "--innohub.demo.enabled=false", "--innohub.jobs.enabled=false",
        "--innohub.security.admin-password=bench-admin-1", "--logging.level.root=WARN",
        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index,
        "--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop"};
    SpringApplication app = new SpringApplication(InnohubApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext ctx = app.run(props)) {
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      Random random = new Random(7);
      long started = System.nanoTime();
      insert(jdbc, random, "OFFER", offers, 0);
      insert(jdbc, random, "DEMAND", demands + warmup, offers);
      System.out.printf("inserted %d offers and %d demands in %.1f s%n", offers, demands + warmup,
          (System.nanoTime() - started) / 1e9);
      started = System.nanoTime();
      EntityManagerFactory emf = ctx.getBean(EntityManagerFactory.class);
      try (var em = emf.createEntityManager()) {
        Search.session(em).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(500).startAndWait();
      }
      System.out.printf("indexed in %.1f s%n", (System.nanoTime() - started) / 1e9);
      List<Long> ids = jdbc.queryForList("SELECT id FROM exchange_listing WHERE kind = 'DEMAND' ORDER BY id", Long.class);
      Exchange exchange = ctx.getBean(Exchange.class);
      for (int i = 0; i < warmup; i++) {
        exchange.matchesFor(ids.get(i), 10);
      }
      double[] ms = new double[demands];
      long found = 0;
      for (int i = 0; i < demands; i++) {
        long t = System.nanoTime();
        List<Match> m = exchange.matchesFor(ids.get(warmup + i), 10);
        ms[i] = (System.nanoTime() - t) / 1e6;
        found += m.size();
      }
      Arrays.sort(ms);
      System.out.printf("matching one demand against %d offers: median %.1f ms, p95 %.1f ms, max %.1f ms over %d demands"
          + " (%.1f matches each)%n", offers, ms[demands / 2], ms[(int) Math.ceil(demands * 0.95) - 1],
          ms[demands - 1], demands, found / (double) demands);
    }
  }

  private static void insert(JdbcTemplate jdbc, Random random, String kind, int count, int offset) {
    Timestamp now = Timestamp.from(Instant.parse("2026-06-01T01:00:00Z"));
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] field = FIELDS[random.nextInt(FIELDS.length)];
      String title = (kind.equals("OFFER") ? ACTIONS[random.nextInt(ACTIONS.length)] + " " : "Cần giải pháp ")
          + words(random, field, 3) + " " + (offset + i);
      String text = words(random, field, 6) + ", " + COMMON[random.nextInt(COMMON.length)] + " "
          + words(random, field, 5) + ". " + COMMON[random.nextInt(COMMON.length)] + " " + words(random, field, 6) + ", "
          + COMMON[random.nextInt(COMMON.length)] + ".";
      boolean offer = kind.equals("OFFER");
      batch.add(new Object[] {"bench-" + kind.toLowerCase() + "-" + (offset + i), kind, offer ? "TECHNOLOGY" : "NEED",
          title, VietnameseText.fold(title), offer ? text : null, offer ? text : null, offer ? 1 + random.nextInt(9) : null,
          offer ? null : text, offer ? null : 1 + random.nextInt(9), field[0],
          PROVINCES[random.nextInt(PROVINCES.length)], "Đơn vị thử " + i, now, now, now, offer});
      if (batch.size() == 1000 || i == count - 1) {
        jdbc.batchUpdate("INSERT INTO exchange_listing (slug, kind, category, status, title, title_key, summary, "
            + "description, trl, problem, min_trl, field_code, province, owner_name, published_at, created_at, updated_at, "
            + "negotiable) VALUES (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
      }
    }
  }

  private static String words(Random random, String[] field, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(field[1 + random.nextInt(field.length - 1)]);
    }
    return String.join(" ", out);
  }
}
