package vn.innohub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.MutableClock;
import vn.innohub.SignIn;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Role;
import vn.innohub.identity.internal.AccountService;
import vn.innohub.org.UnitRegistry;
import vn.innohub.plan.internal.PlanEditor;
import vn.innohub.reporting.internal.PeriodService;
import vn.innohub.reporting.internal.ReportService;

/** A unit officer whom the DOST disables or moves loses the old unit's report on the next request of any session. */
@IntegrationTest
class ReportAccessAfterAccountChangeTests {

  @Autowired MockMvc mvc;
  @Autowired MutableClock clock;
  @Autowired UnitRegistry units;
  @Autowired AccountService accounts;
  @Autowired PlanEditor editor;
  @Autowired PeriodService periods;
  @Autowired ReportService reports;

  private ReportingFixture f;

  @BeforeEach
  void fixture() {
    clock.set(Instant.parse("2026-06-01T02:00:00Z"));
    f = new ReportingFixture(units, accounts, editor, periods, reports);
  }

  private String difficulties(long reportId) {
    return reports.view(reportId, accounts.findByUsername("admin").map(a -> new vn.innohub.identity.Actor(a.id(),
        a.username(), a.displayName(), a.roles(), a.unitIds())).orElseThrow()).difficulties();
  }

  @Test
  void aDisabledOfficersOpenSessionCannotSaveTheReport() throws Exception {
    Cookie session = SignIn.as(mvc, f.officerA, ReportingFixture.PASSWORD, "10.77.0.1");
    mvc.perform(get("/reports/" + f.reportA).cookie(session)).andExpect(status().isOk());
    AccountView officer = accounts.findByUsername(f.officerA).orElseThrow();

    accounts.update(officer.id(), officer.displayName(), null, Set.of(Role.UNIT_OFFICER), Set.of(f.unitA), false,
        accounts.version(officer.id()));

    mvc.perform(post("/reports/" + f.reportA + "/autosave").with(csrf()).cookie(session)
            .param("difficulties", "viết sau khi bị vô hiệu hóa"))
        .andExpect(status().isForbidden());
    assertThat(difficulties(f.reportA)).isNotEqualTo("viết sau khi bị vô hiệu hóa");
  }

  @Test
  void anOfficerMovedToAnotherUnitCannotOpenTheOldUnitsReport() throws Exception {
    Cookie session = SignIn.as(mvc, f.officerA, ReportingFixture.PASSWORD, "10.77.0.2");
    mvc.perform(get("/reports/" + f.reportA).cookie(session)).andExpect(status().isOk());
    AccountView officer = accounts.findByUsername(f.officerA).orElseThrow();

    accounts.update(officer.id(), officer.displayName(), null, Set.of(Role.UNIT_OFFICER), Set.of(f.unitB), true,
        accounts.version(officer.id()));

    mvc.perform(get("/reports/" + f.reportA).cookie(session)).andExpect(status().isForbidden());
    // Signed in again, the officer acts for the new unit only.
    Cookie again = SignIn.as(mvc, f.officerA, ReportingFixture.PASSWORD, "10.77.0.2");
    int old = mvc.perform(get("/reports/" + f.reportA).cookie(again)).andReturn().getResponse().getStatus();
    assertThat(old).isIn(403, 404);
    mvc.perform(get("/reports/" + f.reportB).cookie(again)).andExpect(status().isOk());
  }
}
