package vn.innohub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.innohub.shared.web.NavEntry.Audience;
import vn.innohub.shared.web.NavEntry.Menu;

class MenusTest {

  private static Authentication signedIn(String... roles) {
    return UsernamePasswordAuthenticationToken.authenticated("u", "p", AuthorityUtils.createAuthorityList(
        java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
  }

  private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("k", "anonymousUser",
      AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

  private final Menus menus = new Menus(List.of(
      () -> List.of(NavEntry.main(20, "b", "k.b", "/b", Audience.anyone()),
          NavEntry.admin(10, "adm", "k.adm", "/admin/x")),
      () -> List.of(NavEntry.main(10, "a", "k.a", "/a", Audience.signedIn()),
          NavEntry.main(30, "c", "k.c", "/c", Audience.roles("LEADER", "ADMIN")),
          NavEntry.mine(10, "m", "k.m", "/me/m", Audience.roles("MEMBER")).withBadge("count"))));

  private static List<String> ids(List<NavEntry> entries) {
    return entries.stream().map(NavEntry::id).toList();
  }

  @Test
  void entriesOfEveryModuleAreMergedInOrder() {
    assertThat(ids(menus.all(Menu.MAIN))).containsExactly("a", "b", "c");
  }

  @Test
  void aVisitorSeesOnlyWhatIsOpenToEveryone() {
    assertThat(ids(menus.visible(Menu.MAIN, null))).containsExactly("b");
    assertThat(ids(menus.visible(Menu.MAIN, ANONYMOUS))).containsExactly("b");
    assertThat(menus.visible(Menu.ADMIN, ANONYMOUS)).isEmpty();
    assertThat(menus.visible(Menu.MINE, ANONYMOUS)).isEmpty();
  }

  @Test
  void rolesDecideTheRest() {
    assertThat(ids(menus.visible(Menu.MAIN, signedIn("MEMBER")))).containsExactly("a", "b");
    assertThat(ids(menus.visible(Menu.MINE, signedIn("MEMBER")))).containsExactly("m");
    assertThat(ids(menus.visible(Menu.MAIN, signedIn("LEADER")))).containsExactly("a", "b", "c");
    assertThat(menus.visible(Menu.ADMIN, signedIn("LEADER"))).isEmpty();
    assertThat(ids(menus.visible(Menu.ADMIN, signedIn("ADMIN")))).containsExactly("adm");
    // An authority that merely ends in the role's name is not the role.
    assertThat(menus.visible(Menu.ADMIN, UsernamePasswordAuthenticationToken.authenticated("u", "p",
        AuthorityUtils.createAuthorityList("SCOPE_ADMIN")))).isEmpty();
  }

  @Test
  void aBadgeNamesItsModelAttribute() {
    assertThat(menus.all(Menu.MINE).get(0).badge()).isEqualTo("count");
    assertThat(menus.all(Menu.MAIN).get(0).badge()).isNull();
  }

  @Test
  void anAudienceOfRolesNamesAtLeastOne() {
    assertThatThrownBy(() -> Audience.roles()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoEntriesWithOneIdAreRefused() {
    assertThatThrownBy(() -> new Menus(List.of(
        () -> List.of(NavEntry.main(1, "same", "k", "/x", Audience.anyone())),
        () -> List.of(NavEntry.admin(1, "same", "k", "/admin/y")))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("same");
  }
}
