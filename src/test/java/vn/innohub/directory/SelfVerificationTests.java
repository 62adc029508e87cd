package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileClaims;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.DomainException;

/**
 * Issue 15, point 11: a profile cannot be verified by its own owner. An ADMIN who owns a profile (created it as a
 * member, or had a claim approved) or has an open claim on it cannot verify it nor decide their own claim; another
 * ADMIN must. The queue and the review page say so.
 */
@IntegrationTest
class SelfVerificationTests {

  @Autowired ProfileService profiles;
  @Autowired ProfileClaims claims;
  @Autowired Accounts accounts;
  @Autowired UserDetailsService users;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final Actor otherAdmin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  private static ProfileData startup(String name) {
    return new ProfileData(name, "Khởi nghiệp nông nghiệp công nghệ cao", null, null, null, "Xã Bản Lầu", "Lào Cai",
        List.of("hightech-agri"), new ProfileData.Startup(ProfileData.Stage.PROTOTYPE, 5, List.of(), null, List.of(),
            List.of(), null, null, false, null), null, null, null, null, null, null, null);
  }

  private String page(String url, String username) throws Exception {
    return mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anAdminCannotVerifyAProfileTheyOwnAnotherAdminMust() throws Exception {
    // A member who created a profile, later made an ADMIN of the DOST.
    String username = "sv-" + run;
    long id = accounts.create(new NewAccount(username, "Cán bộ Sở", username + "@example.vn", "verify-password-123",
        Set.of(Role.MEMBER, Role.ADMIN), Set.of())).id();
    Actor asMember = new Actor(id, username, "Cán bộ Sở", Set.of(Role.MEMBER), Set.of());
    Actor asAdmin = new Actor(id, username, "Cán bộ Sở", Set.of(Role.MEMBER, Role.ADMIN), Set.of());
    Profile p = profiles.create(ProfileKind.STARTUP, startup("Nông Trại Của Tôi " + run), asMember);
    profiles.submit(p.getId(), asMember);

    assertThatThrownBy(() -> profiles.verify(p.getId(), List.of(), null, asAdmin))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.status().value()).isEqualTo(409);
          assertThat(e.code()).isEqualTo("directory.ownProfile");
        });
    assertThat(profiles.get(p.getId(), otherAdmin).getStatus()).isEqualTo(ProfileStatus.PENDING);
    assertThat(profiles.get(p.getId(), otherAdmin).getPublished()).isNull();

    // The queue and the review page tell them; the page's verify is refused with the message, nothing published.
    assertThat(page("/admin/directory", username)).contains("Hồ sơ của bạn — quản trị viên khác xác minh");
    String review = page("/admin/directory/" + p.getId(), username);
    assertThat(review).contains("id=\"ownProfileNote\"").containsPattern("id=\"verifyButton\"[^>]*disabled");
    var refused = mvc.perform(post("/admin/directory/" + p.getId() + "/verify").with(csrf())
        .with(user(users.loadUserByUsername(username)))).andReturn();
    assertThat(refused.getFlashMap().get("error").toString()).contains("không thể tự xác minh");
    assertThat(profiles.get(p.getId(), otherAdmin).getPublished()).isNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'PROFILE_SELF_VERIFY_REFUSED'"
        + " AND entity_id = ?", Long.class, String.valueOf(p.getId()))).isEqualTo(2);
    // Another ADMIN sees no such note and verifies.
    assertThat(page("/admin/directory/" + p.getId(), "admin")).doesNotContain("id=\"ownProfileNote\"");
    profiles.verify(p.getId(), List.of(), null, otherAdmin);
    assertThat(profiles.get(p.getId(), otherAdmin).getStatus()).isEqualTo(ProfileStatus.VERIFIED);
  }

  @Test
  void anAdminCannotDecideTheirOwnClaimNorVerifyTheProfileWhileClaimingIt() {
    String username = "sc-" + run;
    long id = accounts.create(new NewAccount(username, "Cán bộ Sở", username + "@example.vn", "verify-password-123",
        Set.of(Role.MEMBER, Role.ADMIN), Set.of())).id();
    Actor me = new Actor(id, username, "Cán bộ Sở", Set.of(Role.MEMBER, Role.ADMIN), Set.of());
    // The DOST entered the profile (no owner) and verified it; a change waits for review.
    Profile entered = profiles.create(ProfileKind.STARTUP, startup("Trung Tâm Được Nhập " + run), otherAdmin);
    profiles.submit(entered.getId(), otherAdmin);
    profiles.verify(entered.getId(), List.of(), null, otherAdmin);
    var claim = claims.claim(entered.getSlug(), "Tôi là giám đốc trung tâm", me);

    assertThatThrownBy(() -> claims.decide(claim.getId(), true, null, me))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("directory.claim.ownClaim"));
    Profile again = profiles.get(entered.getId(), otherAdmin);
    profiles.update(again.getId(), again.getVersion(), startup("Trung Tâm Được Nhập " + run + " mới"), otherAdmin);
    profiles.submit(entered.getId(), otherAdmin);
    assertThatThrownBy(() -> profiles.verify(entered.getId(), List.of(), null, me))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("directory.ownProfile"));
    assertThat(profiles.get(entered.getId(), otherAdmin).getOwnerUserId()).isNull();

    // Another ADMIN approves the claim; from then on the profile is theirs, so they still cannot verify it.
    claims.decide(claim.getId(), true, null, otherAdmin);
    assertThat(profiles.get(entered.getId(), otherAdmin).getOwnerUserId()).isEqualTo(id);
    assertThatThrownBy(() -> profiles.verify(entered.getId(), List.of(), null, me))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("directory.ownProfile"));
    profiles.verify(entered.getId(), List.of(), null, otherAdmin);
  }
}
