package vn.innohub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.org.UnitDraft;
import vn.innohub.org.UnitRegistry;
import vn.innohub.org.UnitType;

/**
 * The menus every module contributes, as each kind of visitor sees them: exactly the links their role may use, each
 * of which opens for them, and no empty drop-down.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenuTests {

  enum Who { ANONYMOUS, MEMBER, JUDGE, UNIT_OFFICER, LEADER, ADMIN }

  private static final String PASSWORD = "menu-password-1";
  private static final Set<String> PUBLIC = Set.of("directoryLink", "newsLink", "eventsLink", "libraryLink",
      "contestsLink", "exchangeLink", "searchLink");
  private static final Set<String> ADMIN_MENU = Set.of("directoryAdminLink", "newsAdminLink", "eventsAdminLink",
      "exchangeAdminLink", "libraryAdminLink", "contestsAdminLink", "unitsAdminLink", "usersAdminLink", "auditAdminLink",
      "apiAdminLink");
  private static final Pattern LINK = Pattern.compile("<a class=\"(?:nav-link|dropdown-item)\" id=\"(\\w+)\" href=\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired UnitRegistry units;

  private final Map<Who, Cookie> sessions = new LinkedHashMap<>();

  @BeforeAll
  void signInEveryRole() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000);
    long unitId = units.create(new UnitDraft("MNU-" + suffix, "Đơn vị thực đơn " + suffix, List.of(), UnitType.OTHER,
        null, true)).id();
    int address = 1;
    for (Who who : Who.values()) {
      if (who == Who.ANONYMOUS) {
        continue;
      }
      Role role = Role.valueOf(who.name());
      String username = "menu." + who.name().toLowerCase().replace('_', '-') + "." + suffix;
      accounts.create(new NewAccount(username, who.name(), null, PASSWORD, Set.of(role),
          role == Role.UNIT_OFFICER ? Set.of(unitId) : Set.of()));
      sessions.put(who, SignIn.as(mvc, username, PASSWORD, "10.77.0." + address++));
    }
  }

  /** What each visitor should find in the menus, written out here rather than read from the modules' entries. */
  private static Set<String> expected(Who who) {
    Set<String> ids = new TreeSet<>(PUBLIC);
    if (who == Who.ANONYMOUS) {
      return ids;
    }
    ids.add("plansLink");
    ids.add("notificationsLink");
    ids.add("profileLink");
    switch (who) {
      case MEMBER -> ids.addAll(Set.of("myContestsLink", "myProfilesLink", "myListingsLink"));
      case JUDGE -> ids.add("judgeLink");
      case UNIT_OFFICER, LEADER -> ids.addAll(Set.of("dashboardLink", "reportingLink"));
      case ADMIN -> {
        ids.addAll(Set.of("dashboardLink", "reportingLink"));
        ids.addAll(ADMIN_MENU);
      }
      default -> throw new IllegalStateException(who.name());
    }
    return ids;
  }

  private MockHttpServletResponse page(Who who, String path) throws Exception {
    var request = get(path).header("Accept", "text/html");
    if (sessions.containsKey(who)) {
      request.cookie(sessions.get(who));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Who.class)
  void eachVisitorSeesExactlyTheLinksTheirRoleMayUse(Who who) throws Exception {
    MockHttpServletResponse home = page(who, "/");
    assertThat(home.getStatus()).isEqualTo(200);
    String html = home.getContentAsString();
    String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
    Map<String, String> links = new LinkedHashMap<>();
    Matcher m = LINK.matcher(nav);
    while (m.find()) {
      links.put(m.group(1), m.group(2));
    }
    assertThat(links.keySet()).as("menu links of " + who).containsExactlyInAnyOrderElementsOf(expected(who));
    assertThat(nav.contains("id=\"adminMenu\"")).as("admin menu shown to " + who).isEqualTo(who == Who.ADMIN);
    assertThat(nav).as("an empty drop-down").doesNotContainPattern("<ul class=\"dropdown-menu\">\\s*</ul>");

    List<String> refused = new ArrayList<>();
    for (Map.Entry<String, String> link : links.entrySet()) {
      MockHttpServletResponse answer = page(who, link.getValue());
      String location = String.valueOf(answer.getRedirectedUrl());
      if (answer.getStatus() >= 400 || location.contains("/login")) {
        refused.add(link.getKey() + " " + link.getValue() + " → " + answer.getStatus() + " " + location);
      }
    }
    assertThat(refused).as("menu links that do not open for " + who).isEmpty();
  }
}
