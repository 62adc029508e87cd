package vn.innohub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Role;
import vn.innohub.org.OrgDirectory;
import vn.innohub.plan.Plans;

/**
 * The demo province loads on the first start of an empty embedded database. Runs on its own in-memory H2
 * database in both CI runs: the demo is embedded-only by design.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-province;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "innohub.demo.enabled=true", "innohub.demo.password=demo-password-1"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoProvinceLoaderTests {

  @org.springframework.beans.factory.annotation.Autowired vn.innohub.directory.Directory directory;

  @Autowired OrgDirectory org;
  @Autowired Accounts accounts;
  @Autowired Plans plans;
  @Autowired DemoProvinceLoader loader;
  @Autowired MockMvc mvc;
  @Autowired vn.innohub.plan.internal.PlanEditor planEditor;
  @Autowired vn.innohub.reporting.internal.PeriodService periods;

  @Test
  void theFirstStartLoadsUnitsOneAccountPerRoleAndAPlan() throws Exception {
    String csv = new ClassPathResource("demo/units.csv").getContentAsString(StandardCharsets.UTF_8);
    long rows = csv.lines().filter(l -> !l.isBlank()).count() - 1;
    assertThat(org.all()).hasSize((int) rows);
    assertThat(plans.count()).isEqualTo(1);
    assertThat(plans.list().get(0).status()).isEqualTo(vn.innohub.plan.PlanStatus.IN_FORCE);
    var plan = planEditor.plan(plans.list().get(0).id());
    assertThat(plan.getTargets()).hasSize(5);
    assertThat(plan.getTasks()).hasSize(10);
    assertThat(plan.getBudgetLines()).hasSize(3);
    assertThat(periods.ofPlan(plan.getId())).as("six-month and annual periods 2026–2030, not yet open")
        .hasSize(10).allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(vn.innohub.reporting.PeriodStatus.PLANNED));
    assertThat(plan.getTasks()).allSatisfy(t -> assertThat(t.getUnresolved()).as(t.getName()).isNull());
    assertThat(plan.getTasks()).filteredOn(t -> t.getFlags() != null).extracting(t -> t.getCode()).containsExactly("6");
    assertThat(accounts.findByUsername("lanhdao")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.LEADER));
    assertThat(accounts.findByUsername("giamkhao")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.JUDGE));
    assertThat(accounts.findByUsername("thanhvien")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MEMBER));
    // The directory: three verified startups (two meet all five criteria), one innovation centre, one pending.
    var stats = directory.statistics();
    assertThat(stats.startups()).isEqualTo(3);
    assertThat(stats.innovativeStartups()).isEqualTo(2);
    assertThat(stats.innovationSpaces()).isEqualTo(1);
    assertThat(stats.capitalRaisedVnd()).isEqualByComparingTo("2500000000");
    long dost = org.all().stream().filter(u -> u.code().equals("SKHCN")).findFirst().orElseThrow().id();
    assertThat(accounts.findByUsername("canbo.skhcn")).hasValueSatisfying(a -> assertThat(a.unitIds()).containsExactly(dost));

    mvc.perform(get("/api/v1/me").with(httpBasic("canbo.skhcn", "demo-password-1")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("UNIT_OFFICER"));
  }

  @Test
  void aSecondStartAddsNothing() throws Exception {
    int units = org.all().size();
    long users = accounts.count();
    loader.run(new DefaultApplicationArguments());
    assertThat(org.all()).hasSize(units);
    assertThat(accounts.count()).isEqualTo(users);
    assertThat(plans.count()).isEqualTo(1);
  }
}
