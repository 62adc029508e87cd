package vn.innohub.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.directory.ProfileData;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.exchange.internal.Listing;
import vn.innohub.exchange.internal.ListingService;
import vn.innohub.identity.AccountView;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.FieldErrors;

/** Issue 15 point 9: a listing speaks only for a directory profile its member manages; ADMIN sees the submitter. */
@IntegrationTest
class ListingProfileLinkTests {

  @Autowired ListingService listings;
  @Autowired ProfileService profiles;
  @Autowired Accounts accounts;
  @Autowired MockMvc mvc;
  @Autowired vn.innohub.identity.internal.AccountService userDetails;

  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  private Actor member(String name) {
    AccountView a = accounts.create(new NewAccount(name + "-" + run, "Người " + name, name + "-" + run
        + "@example.vn", "link-password-1", Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private ListingData linked(String title, String slug) {
    ListingData d = ListingData.demand(ListingCategory.NEED, title + " " + run, "Thảo quả bị ám khói.",
        "Cần máy sấy.", "herbs.extraction", 5, "Lào Cai");
    return ListingData.demand(d.category(), d.title(), "Vấn đề", null, "agri", null, null).withProfile(slug)
        .withContacts("HTX", null, null, null);
  }

  @Test
  void aMemberCannotLinkSomeoneElsesProfileTheOwnerCanAndAdminSeesTheSubmitter() throws Exception {
    org.springframework.context.i18n.LocaleContextHolder.setLocale(vn.innohub.shared.web.Messages.VI);
    Actor owner = member("chu");
    Actor other = member("khac");
    ProfileData data = ProfileData.named("HTX Liên Kết " + run);
    data = new ProfileData(data.name(), "Hợp tác xã " + run, null, null, null, null, "Lào Cai", List.of("digital"),
        null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INCUBATOR, "Ươm tạo", null));
    var p = profiles.create(ProfileKind.SUPPORT_ORG, data, owner);
    profiles.submit(p.getId(), owner);
    profiles.verify(p.getId(), List.of("legalEntity", "activityChecked"), null, admin);

    assertThatThrownBy(() -> listings.create(linked("Nhu cầu mạo danh", p.getSlug()), other))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields().get("profileSlug"))
            .contains("tổ chức mà bạn quản lý"));

    Listing mine = listings.create(linked("Nhu cầu của chủ", p.getSlug()), owner);
    assertThat(mine.getProfileSlug()).isEqualTo(p.getSlug());
    listings.submit(mine.getId(), owner);

    String page = mvc.perform(get("/admin/exchange/" + mine.getId()).with(user(userDetails.loadUserByUsername("admin"))))
        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("Người chu").contains("chu-" + run).contains("chu-" + run + "@example.vn")
        .contains("HTX Liên Kết " + run);
  }
}
