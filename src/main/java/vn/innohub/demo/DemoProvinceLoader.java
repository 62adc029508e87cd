package vn.innohub.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.plan.Plans;

/**
 * On the first start of an empty embedded database, loads a small synthetic province so that the platform
 * can be tried at once: its units (demo/units.csv), one account per role, and a demo plan.
 * Never runs against PostgreSQL or a database that already has units; off with INNOHUB_DEMO=false.
 */
@Component
@Order(10)
class DemoProvinceLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProvinceLoader.class);

  private final boolean enabled;
  private final boolean embeddedOnly;
  private final String demoPassword;
  private final DataSource dataSource;
  private final OrgDirectory org;
  private final UnitRegistry registry;
  private final Accounts accounts;
  private final Plans plans;
  private final vn.innohub.reporting.ReportingCalendars calendars;
  private final vn.innohub.directory.Directory directory;
  private final vn.innohub.shared.jobs.StartupLock startup;

  DemoProvinceLoader(@Value("${innohub.demo.enabled:true}") boolean enabled,
      @Value("${innohub.demo.embedded-only:true}") boolean embeddedOnly,
      @Value("${innohub.demo.password:demo-innohub-2026}") String demoPassword, DataSource dataSource,
      OrgDirectory org, UnitRegistry registry, Accounts accounts, Plans plans,
      vn.innohub.reporting.ReportingCalendars calendars, vn.innohub.directory.Directory directory,
      vn.innohub.shared.jobs.StartupLock startup) {
    this.startup = startup;
    this.calendars = calendars;
    this.directory = directory;
    this.enabled = enabled;
    this.embeddedOnly = embeddedOnly;
    this.demoPassword = demoPassword;
    this.dataSource = dataSource;
    this.org = org;
    this.registry = registry;
    this.accounts = accounts;
    this.plans = plans;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!enabled || (embeddedOnly && !embedded())) {
      return;
    }
    // Nodes starting together on one empty database take turns: the second sees the first one's units.
    startup.run("demo", () -> {
      if (org.all().isEmpty()) {
        load();
      }
    });
  }

  void load() throws IOException {
    List<UnitSummary> units = registry.createAll(readUnits());
    Map<String, Long> idByCode = new HashMap<>();
    units.forEach(u -> idByCode.put(u.code(), u.id()));
    Long dost = idByCode.get("SKHCN");
    Long commune = units.stream().filter(u -> u.type() == UnitType.COMMUNE).findFirst().map(UnitSummary::id).orElse(null);
    accounts.create(new NewAccount("lanhdao", "Lãnh đạo Ban Chỉ đạo (demo)", "lanhdao@demo.innohub.vn", demoPassword,
        Set.of(Role.LEADER), Set.of()));
    accounts.create(new NewAccount("canbo.skhcn", "Đầu mối Sở KH&CN (demo)", "skhcn@demo.innohub.vn", demoPassword,
        Set.of(Role.UNIT_OFFICER), Set.of(dost)));
    accounts.create(new NewAccount("canbo.stc", "Đầu mối Sở Tài chính (demo)", "stc@demo.innohub.vn", demoPassword,
        Set.of(Role.UNIT_OFFICER), Set.of(idByCode.get("STC"))));
    accounts.create(new NewAccount("canbo.xa", "Đầu mối UBND xã (demo)", "xa@demo.innohub.vn", demoPassword,
        Set.of(Role.UNIT_OFFICER), Set.of(commune)));
    accounts.create(new NewAccount("giamkhao", "Giám khảo (demo)", "giamkhao@demo.innohub.vn", demoPassword,
        Set.of(Role.JUDGE), Set.of()));
    var member = accounts.create(new NewAccount("thanhvien", "Nhà sáng lập (demo)", "thanhvien@demo.innohub.vn",
        demoPassword, Set.of(Role.MEMBER), Set.of()));
    directory(new vn.innohub.identity.Actor(member.id(), member.username(), member.displayName(), Set.of(Role.MEMBER),
        Set.of()));
    long planId = plans.importDocument("ke-hoach-mau.txt",
        new ClassPathResource("demo/ke-hoach-mau.txt").getContentAsByteArray(), vn.innohub.plan.PlanStatus.IN_FORCE);
    // The calendar from the usual rules, ready for an administrator to open a period ("Mở kỳ báo cáo").
    calendars.generate(planId, null);
    plans.list().stream().filter(p -> p.id() == planId).findFirst()
        .ifPresent(p -> log.info("Demo plan {} imported: {}", planId, p.title()));
    log.info("Loaded the demo province: {} units, 6 demo accounts (password '{}'), 1 plan", units.size(), demoPassword);
  }

  /** A few profiles of the demo province's ecosystem: most verified, one waiting for the DOST. */
  private void directory(vn.innohub.identity.Actor member) {
    var admin = new vn.innohub.identity.Actor(0, "demo", "demo", Set.of(Role.ADMIN), Set.of());
    List<String> innovative = List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis",
        "growthPotential", "contactsChecked");
    record Demo(vn.innohub.directory.ProfileKind kind, vn.innohub.directory.ProfileData data, List<String> checks) {}
    java.time.LocalDate d = java.time.LocalDate.of(2025, 3, 12);
    List<Demo> demos = List.of(
        new Demo(vn.innohub.directory.ProfileKind.STARTUP, startup("Nông Trại Số Minh Sơn", "0109000001", d,
            "Khởi nghiệp nông nghiệp công nghệ cao: cảm biến và nhật ký canh tác số cho hợp tác xã",
            List.of("hightech-agri", "digital"), new java.math.BigDecimal("2000000000")), innovative),
        new Demo(vn.innohub.directory.ProfileKind.STARTUP, startup("Dược Liệu Núi Mây", "0109000002", d.minusYears(1),
            "Trà và tinh dầu từ dược liệu bản địa, sản phẩm OCOP 4 sao", List.of("herbs", "ocop"),
            new java.math.BigDecimal("500000000")), innovative),
        new Demo(vn.innohub.directory.ProfileKind.STARTUP, startup("Đi Đâu Minh Sơn", "0109000003", d.minusYears(2),
            "Du lịch sinh thái cộng đồng: đặt homestay và trải nghiệm bản làng", List.of("tourism", "ecommerce"),
            null), List.of("legalEntity", "contactsChecked")),
        new Demo(vn.innohub.directory.ProfileKind.SUPPORT_ORG, org("Trung tâm Đổi mới sáng tạo Minh Sơn",
            vn.innohub.directory.ProfileData.SupportType.INNOVATION_CENTRE,
            "Ươm tạo, cố vấn, kết nối quỹ đầu tư; không gian làm việc chung 60 chỗ"), List.of("legalEntity",
            "activityChecked", "contactsChecked")));
    for (Demo demo : demos) {
      long id = directory.createProfile(demo.kind(), demo.data(), member);
      directory.submitProfile(id, member);
      directory.verifyProfile(id, demo.checks(), null, admin);
    }
    long pending = directory.createProfile(vn.innohub.directory.ProfileKind.STARTUP, startup("Logistics Biên Giới Xanh",
        "0109000004", d, "Kho lạnh và vận chuyển nông sản qua cửa khẩu", List.of("logistics"), null), member);
    directory.submitProfile(pending, member);
  }

  private static vn.innohub.directory.ProfileData startup(String name, String taxCode, java.time.LocalDate founded,
      String summary, List<String> sectors, java.math.BigDecimal raised) {
    List<vn.innohub.directory.ProfileData.FundingRound> rounds = raised == null ? List.of()
        : List.of(new vn.innohub.directory.ProfileData.FundingRound(founded.plusMonths(6), raised, "Quỹ Khởi nghiệp Minh Sơn",
            vn.innohub.directory.ProfileData.RoundType.SEED));
    return new vn.innohub.directory.ProfileData(name, summary, null, taxCode, founded, "Phường Minh Sơn", "Minh Sơn",
        sectors, null, null, null, null, null, null, null, null)
        .withStartup(new vn.innohub.directory.ProfileData.Startup(vn.innohub.directory.ProfileData.Stage.EARLY_REVENUE,
            8, List.of(), null, List.of(), rounds, null, null, false, null));
  }

  private static vn.innohub.directory.ProfileData org(String name, vn.innohub.directory.ProfileData.SupportType type,
      String services) {
    return new vn.innohub.directory.ProfileData(name, services, null, null, null, "Phường Minh Sơn", "Minh Sơn",
        List.of("digital"), null, null, null, null, null, null, null, null)
        .withSupportOrg(new vn.innohub.directory.ProfileData.SupportOrg(type, services, null));
  }

  /** Units in parent-first order from demo/units.csv: code;name;aliases (|);type;parentCode. */
  static List<UnitDraft> readUnits() throws IOException {
    List<UnitDraft> drafts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ClassPathResource("demo/units.csv").getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (header || line.isBlank()) {
          header = false;
          continue;
        }
        String[] c = line.split(";", -1);
        List<String> aliases = c[2].isBlank() ? List.of() : Arrays.asList(c[2].split("\\|"));
        drafts.add(new UnitDraft(c[0].strip(), c[1].strip(), aliases, UnitType.valueOf(c[3].strip()),
            c.length > 4 ? c[4].strip() : "", true));
      }
    }
    List<UnitDraft> ordered = new ArrayList<>();
    drafts.stream().filter(d -> d.parentCode().isEmpty()).forEach(ordered::add);
    drafts.stream().filter(d -> !d.parentCode().isEmpty()).forEach(ordered::add);
    return ordered;
  }

  private boolean embedded() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getURL().startsWith("jdbc:h2:");
    }
  }
}
