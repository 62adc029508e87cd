package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.FieldErrors;

/**
 * The directory on a Vietnamese fixture written for this test: validation, review, statistics worked out by hand,
 * and accent-insensitive search. The shared test clock stands at 10 June 2026.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryTests {

  @Autowired ProfileService profiles;
  @Autowired vn.innohub.search.SiteSearch search;
  @Autowired Accounts accounts;
  @Autowired MockMvc mvc;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired vn.innohub.directory.internal.ProfileClaims claims;
  @Autowired vn.innohub.notification.Notifier notifier;

  private Actor member;
  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private EcosystemStatistics before;
  private final List<Profile> fixture = new ArrayList<>();

  private static ProfileData startup(String name, String summary, String description, List<String> sectors) {
    ProfileData n = ProfileData.named(name);
    return new ProfileData(name, summary, description, null, null, "Xã Bản Lầu", "Lào Cai", sectors,
        new ProfileData.Startup(ProfileData.Stage.PROTOTYPE, 5, List.of(), null, List.of(), List.of(), null, null,
            false, null), null, null, null, null, null, null, null);
  }

  private static ProfileData withFacts(ProfileData p, String taxCode, LocalDate founded, boolean networked,
      List<ProfileData.IpRight> ip, List<ProfileData.FundingRound> rounds) {
    ProfileData.Startup s = p.startup();
    return new ProfileData(p.name(), p.summary(), p.description(), taxCode, founded, p.commune(), p.province(),
        p.sectors(), new ProfileData.Startup(s.stage(), s.teamSize(), s.founders(), s.products(), ip, rounds,
            s.awards(), s.supportReceived(), networked, s.networks()),
        p.supportOrg(), p.fund(), p.expert(), p.website(), p.email(), p.phone(), p.address());
  }

  private Profile publish(ProfileKind kind, ProfileData data, List<String> checks) {
    Profile p = profiles.create(kind, data, member);
    profiles.submit(p.getId(), member);
    return profiles.verify(p.getId(), checks, null, admin);
  }

  private String tax(int i) {
    return String.format("%04d%06d", Math.abs(run.hashCode()) % 10000, i);
  }

  @BeforeAll
  void fixture() {
    var account = accounts.create(new NewAccount("founder-" + run, "Nhà sáng lập", "f" + run + "@example.vn",
        "member-password-1", Set.of(Role.MEMBER), Set.of()));
    member = new Actor(account.id(), account.username(), account.displayName(), Set.of(Role.MEMBER), Set.of());
    before = profiles.statistics();
    List<String> all = List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis",
        "growthPotential", "contactsChecked");
    // Two innovative startups (all criteria), one not (growth not shown), one support organisation (a space).
    fixture.add(publish(ProfileKind.STARTUP, withFacts(startup("Nông Trại Số " + run,
            "Khởi nghiệp nông nghiệp công nghệ cao: cảm biến cho nhà kính",
            "Giải pháp IoT cho nông nghiệp, khởi nghiệp từ năm 2024", List.of("hightech-agri", "digital")),
        tax(1), LocalDate.of(2024, 3, 1), true,
        List.of(new ProfileData.IpRight(ProfileData.IpType.UTILITY_SOLUTION, "2-0002345", "Cảm biến độ ẩm", null)),
        List.of(new ProfileData.FundingRound(LocalDate.of(2025, 5, 1), new BigDecimal("1500000000"), "Quỹ A", ProfileData.RoundType.SEED),
            new ProfileData.FundingRound(LocalDate.of(2026, 2, 1), new BigDecimal("500000000"), "Quỹ B", ProfileData.RoundType.ANGEL))),
        all));
    fixture.add(publish(ProfileKind.STARTUP, withFacts(startup("Dược Liệu Hoàng Liên " + run,
            "Chế biến dược liệu bản địa", "Trà và tinh dầu từ dược liệu vùng cao", List.of("herbs", "ocop")),
        tax(2), LocalDate.of(2023, 9, 9), false, List.of(),
        List.of(new ProfileData.FundingRound(LocalDate.of(2026, 1, 15), new BigDecimal("300000000"), "Nhà đầu tư thiên thần", ProfileData.RoundType.ANGEL))),
        all));
    fixture.add(publish(ProfileKind.STARTUP, withFacts(startup("Du Lịch Đá Đỏ " + run,
            "Du lịch sinh thái cộng đồng", "Đặt phòng homestay, trải nghiệm nông nghiệp", List.of("tourism")),
        tax(3), LocalDate.of(2025, 1, 1), false, List.of(), List.of()),
        List.of("legalEntity", "underFiveYears", "noPublicOffering", "innovationBasis")));
    ProfileData space = ProfileData.named("Vườn Ươm Khởi Nghiệp " + run);
    space = new ProfileData(space.name(), "Vườn ươm doanh nghiệp khởi nghiệp nông nghiệp", null, null, null, null,
        "Lào Cai", List.of("hightech-agri"), null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INCUBATOR, "Ươm tạo, cố vấn", "20 chỗ"));
    fixture.add(publish(ProfileKind.SUPPORT_ORG, space, List.of("legalEntity", "activityChecked")));
    // A draft that never goes public.
    profiles.create(ProfileKind.STARTUP, startup("Khởi Nghiệp Nông Nghiệp Bí Mật " + run, "chưa xác minh", null,
        List.of("hightech-agri")), member);
  }

  @Test
  void theSitemapIndexNamesFilesThatListEveryPublishedProfileOnceAndNoDraft() throws Exception {
    String index = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(index).startsWith("<?xml").contains("<sitemapindex").contains("/sitemap-trang.xml</loc>");
    java.util.regex.Matcher files = java.util.regex.Pattern.compile("<loc>[^<]*(/sitemap-danh-ba-\\d+\\.xml)</loc>")
        .matcher(index);
    List<String> listed = new ArrayList<>();
    int fileCount = 0;
    while (files.find()) {
      fileCount++;
      String xml = mvc.perform(get(files.group(1))).andExpect(status().isOk()).andReturn().getResponse()
          .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>[^<]*/danh-ba/([^<]+)</loc>").matcher(xml);
      while (loc.find()) {
        listed.add(loc.group(1));
      }
    }
    assertThat(fileCount).isPositive();
    Integer published = jdbc.queryForObject(
        "select count(*) from directory_profile where published is not null", Integer.class);
    assertThat(listed).doesNotHaveDuplicates().hasSize(published);
    assertThat(listed).contains(fixture.get(0).getSlug(), fixture.get(3).getSlug())
        .noneMatch(slug -> slug.contains("bi-mat-" + run));
    // A file past the last one, and names that are not numbers, are not found.
    mvc.perform(get("/sitemap-danh-ba-" + (fileCount + 1) + ".xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap-danh-ba-0.xml")).andExpect(status().isNotFound());
    mvc.perform(get("/sitemap-danh-ba-x.xml")).andExpect(status().isNotFound());
  }

  @Test
  void statisticsCountOnlyVerifiedFactsAsWorkedOutByHand() {
    EcosystemStatistics s = profiles.statistics();
    // 3 startups published, 2 innovative (all five criteria), 1 networked; 1 IP right; 2 startups raised
    // 1.5 bn (2025) + 0.5 bn + 0.3 bn (2026) = 2.3 bn; one incubator, an innovation space.
    assertThat(s.startups() - before.startups()).isEqualTo(3);
    assertThat(s.innovativeStartups() - before.innovativeStartups()).isEqualTo(2);
    assertThat(s.networkedStartups() - before.networkedStartups()).isEqualTo(1);
    assertThat(s.ipRegistrations() - before.ipRegistrations()).isEqualTo(1);
    assertThat(s.startupsThatRaised() - before.startupsThatRaised()).isEqualTo(2);
    assertThat(s.capitalRaisedVnd().subtract(before.capitalRaisedVnd())).isEqualByComparingTo("2300000000");
    assertThat(s.capitalRaisedByYear().get(2026).subtract(before.capitalRaisedByYear().getOrDefault(2026, BigDecimal.ZERO)))
        .isEqualByComparingTo("800000000");
    assertThat(s.innovationSpaces() - before.innovationSpaces()).isEqualTo(1);
    assertThat(s.value("directory.capitalRaisedBillionVnd").subtract(before.value("directory.capitalRaisedBillionVnd")))
        .isEqualByComparingTo("2.3");
  }

  @Test
  void searchIgnoresAccentsCaseAndWordOrderAndNeverShowsUnverifiedProfiles() {
    var hits = search.search(new vn.innohub.search.SiteSearch.Query("khoi nghiep nong nghiep " + run, null, null, null,
        null, 0));
    List<String> names = names(hits);
    // The startup says "khởi nghiệp nông nghiệp" in its summary; the incubator says it too; the draft never shows.
    assertThat(names).contains("Nông Trại Số " + run, "Vườn Ươm Khởi Nghiệp " + run)
        .doesNotContain("Khởi Nghiệp Nông Nghiệp Bí Mật " + run, "Dược Liệu Hoàng Liên " + run);
    // "đ" and "d" are the same letter; accents and word order don't matter.
    assertThat(names(search.search(q("da do du lich " + run)))).containsExactly("Du Lịch Đá Đỏ " + run);
    assertThat(names(search.search(q("DƯỢC LIỆU " + run)))).first().isEqualTo("Dược Liệu Hoàng Liên " + run);
    assertThat(names(search.search(q("duoc lieu " + run)))).first().isEqualTo("Dược Liệu Hoàng Liên " + run);
    // A facet narrows the results: only support organisations.
    assertThat(names(search.search(new vn.innohub.search.SiteSearch.Query("nong nghiep " + run, "SUPPORT_ORG", null,
        null, null, 0)))).containsExactly("Vườn Ươm Khởi Nghiệp " + run);
    // Once a profile kind is chosen, the profile facets count. Two startups say "nông nghiệp": the farm (high-tech
    // agriculture, digital) and the tour operator ("trải nghiệm nông nghiệp"; tourism), both at the prototype stage.
    var startups = search.search(new vn.innohub.search.SiteSearch.Query("nong nghiep " + run, "STARTUP", null, null,
        null, 0));
    assertThat(names(startups)).containsExactlyInAnyOrder("Nông Trại Số " + run, "Du Lịch Đá Đỏ " + run);
    assertThat(startups.sectors()).containsEntry("hightech-agri", 1L).containsEntry("digital", 1L)
        .containsEntry("tourism", 1L);
    assertThat(startups.stages()).containsEntry("PROTOTYPE", 2L);
    assertThat(names(search.search(new vn.innohub.search.SiteSearch.Query("nong nghiep " + run, "STARTUP", "tourism",
        null, null, 0)))).containsExactly("Du Lịch Đá Đỏ " + run);
    // Suggestions while typing: word prefixes.
    assertThat(search.suggest("vuon uom khoi ngh", 20).stream().map(vn.innohub.search.SiteSearch.Hit::title))
        .contains("Vườn Ươm Khởi Nghiệp " + run);
  }

  private static vn.innohub.search.SiteSearch.Query q(String text) {
    return new vn.innohub.search.SiteSearch.Query(text, null, null, null, null, 0);
  }

  private static List<String> names(vn.innohub.search.SiteSearch.Result r) {
    return r.hits().stream().map(vn.innohub.search.SiteSearch.Hit::title).toList();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndDuplicatesAreCaught() {
    ProfileData bad = withFacts(startup("Sai " + run, null, null, List.of("no-such-sector")), "12345", LocalDate.of(2027, 1, 1),
        false, List.of(), List.of(new ProfileData.FundingRound(LocalDate.of(2026, 1, 1), new BigDecimal("-5"), null, null)));
    assertThatThrownBy(() -> profiles.create(ProfileKind.STARTUP, bad, member))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields())
            .containsOnlyKeys("taxCode", "foundedOn", "sectors", "fundingRounds[0].amountVnd"));
    // The same tax code as a verified startup: refused, naming the other profile.
    assertThatThrownBy(() -> profiles.create(ProfileKind.STARTUP,
        withFacts(startup("Khác " + run, null, null, List.of()), tax(1), null, false, List.of(), List.of()), member))
        .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.fields().get("taxCode")).contains("Nông Trại Số"));
    // A branch tax code is accepted; a near-identical name is flagged for a merge, not refused.
    Profile twin = profiles.create(ProfileKind.STARTUP,
        withFacts(startup("Nong trai so " + run, null, null, List.of()), tax(1) + "-001", null, false, List.of(), List.of()), member);
    assertThat(twin.getDuplicateOf()).isEqualTo(fixture.get(0).getId());
  }

  @Test
  void aChangeToAVerifiedProfileWaitsForReviewWhileThePublishedCopyStays() throws Exception {
    Profile p = fixture.get(2);
    Profile fresh = profiles.get(p.getId(), member);
    ProfileData changed = withFacts(startup("Du Lịch Đá Đỏ " + run, "Tóm tắt mới <script>alert(1)</script>",
        "Đặt phòng homestay, trải nghiệm nông nghiệp", List.of("tourism")), tax(3), LocalDate.of(2025, 1, 1), false, List.of(), List.of());
    profiles.update(p.getId(), fresh.getVersion(), changed, member);
    profiles.submit(p.getId(), member);
    assertThat(profiles.changes(p.getId(), admin)).extracting(c -> c.field()).containsExactly("summary");
    // Publicly still the verified summary, until ADMIN decides.
    String page = mvc.perform(get("/danh-ba/" + p.getSlug())).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).contains("Du lịch sinh thái cộng đồng").doesNotContain("Tóm tắt mới");
    profiles.reject(p.getId(), "Chưa rõ", admin);
    assertThat(profiles.get(p.getId(), member).getStatus()).isEqualTo(ProfileStatus.VERIFIED);
    assertThat(profiles.get(p.getId(), member).draftData().summary()).isEqualTo("Du lịch sinh thái cộng đồng");
    // Unverified profiles are not public, not in the API.
    mvc.perform(get("/danh-ba/khoi-nghiep-nong-nghiep-bi-mat-" + run)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/directory/khoi-nghiep-nong-nghiep-bi-mat-" + run)).andExpect(status().isNotFound());
    // Another member cannot see someone else's draft.
    Actor stranger = new Actor(999_999, "x", "x", Set.of(Role.MEMBER), Set.of());
    assertThatThrownBy(() -> profiles.get(p.getId(), stranger)).isInstanceOfSatisfying(
        vn.innohub.shared.DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));
  }

  @Test
  void aMemberClaimsAProfileTheDostEnteredAndAdminHandsItOver() throws Exception {
    // Entered by ADMIN: verified, public, and nobody's.
    ProfileData centre = new ProfileData("Trung Tâm Đổi Mới " + run, "Trung tâm hỗ trợ đổi mới sáng tạo", null, null,
        null, null, "Lào Cai", List.of("digital"), null, null, null, null, null, null, null, null)
        .withSupportOrg(new ProfileData.SupportOrg(ProfileData.SupportType.INNOVATION_CENTRE, "Tư vấn", null));
    Profile entered = profiles.create(ProfileKind.SUPPORT_ORG, centre, admin);
    profiles.submit(entered.getId(), admin);
    profiles.verify(entered.getId(), List.of("legalEntity"), null, admin);
    var second = accounts.create(new NewAccount("claimant-" + run, "Người thứ hai", "c" + run + "@example.vn",
        "member-password-1", Set.of(Role.MEMBER), Set.of()));
    Actor other = new Actor(second.id(), second.username(), second.displayName(), Set.of(Role.MEMBER), Set.of());

    // Bad input: no message; the profile page offers the claim.
    assertThatThrownBy(() -> claims.claim(entered.getSlug(), "  ", member))
        .isInstanceOfSatisfying(FieldErrors.class,
            e -> assertThat(e.fields()).containsKey("message"));
    assertThat(mvc.perform(get("/danh-ba/" + entered.getSlug())).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("id=\"claim\"");

    var first = claims.claim(entered.getSlug(), "Giám đốc trung tâm, 0912 345 678", member);
    var rival = claims.claim(entered.getSlug(), "Cán bộ trung tâm", other);
    assertThatThrownBy(() -> claims.claim(entered.getSlug(), "Lần nữa", member))
        .isInstanceOfSatisfying(vn.innohub.shared.DomainException.class,
            e -> assertThat(e.code()).isEqualTo("directory.claim.alreadyPending"));
    assertThatThrownBy(() -> claims.decide(first.getId(), true, null, member))
        .isInstanceOfSatisfying(vn.innohub.shared.DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    assertThatThrownBy(() -> claims.decide(rival.getId(), false, " ", admin))
        .isInstanceOf(FieldErrors.class);
    assertThat(claims.pending()).extracting(c -> c.claim().getId()).contains(first.getId(), rival.getId());

    claims.decide(first.getId(), true, null, admin);
    // The member now owns it (edits it like their own); the rival's claim is closed with a reason, both are told.
    assertThat(profiles.mine(member)).extracting(Profile::getId).contains(entered.getId());
    assertThat(profiles.get(entered.getId(), member).getOwnerUserId()).isEqualTo(member.userId());
    assertThat(claims.mine(other)).singleElement().satisfies(c -> {
      assertThat(c.claim().getStatus()).isEqualTo(vn.innohub.directory.internal.ProfileClaim.Status.REFUSED);
      assertThat(c.claim().getNote()).isNotBlank();
    });
    assertThat(notifier.recent(member.userId(), 10)).anySatisfy(n -> assertThat(n.subject()).contains("Trung Tâm Đổi Mới " + run));
    assertThat(notifier.recent(other.userId(), 10)).anySatisfy(n -> assertThat(n.subject()).contains("Trung Tâm Đổi Mới " + run));
    assertThat(claims.pending()).extracting(c -> c.claim().getId()).doesNotContain(first.getId(), rival.getId());
    // Owned now: no one else may claim it, and the page no longer offers it.
    assertThatThrownBy(() -> claims.claim(entered.getSlug(), "Tôi cũng vậy", other))
        .isInstanceOfSatisfying(vn.innohub.shared.DomainException.class,
            e -> assertThat(e.code()).isEqualTo("directory.claim.owned"));
    assertThat(mvc.perform(get("/danh-ba/" + entered.getSlug())).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("id=\"claim\"");
  }
}
