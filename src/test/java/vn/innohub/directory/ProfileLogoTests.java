package vn.innohub.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.innohub.IntegrationTest;
import vn.innohub.RandomWords;
import vn.innohub.TestImages;
import vn.innohub.audit.AuditQuery;
import vn.innohub.audit.AuditTrail;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.identity.Accounts;
import vn.innohub.identity.Actor;
import vn.innohub.identity.NewAccount;
import vn.innohub.identity.Role;
import vn.innohub.shared.media.ImageStore;

/**
 * Profile logos: checked and re-encoded on upload, private to the owner and ADMIN until verified, public (and cached
 * for good) only as the verified logo, replaced only by the next verification.
 */
@IntegrationTest
class ProfileLogoTests {

  @Autowired MockMvc mvc;
  @Autowired ProfileService profiles;
  @Autowired Accounts accounts;
  @Autowired AuditTrail audit;
  @Autowired ImageStore images;
  @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());
  private final String run = RandomWords.letters(8);
  private Actor owner;
  private Actor stranger;

  @BeforeEach
  void members() {
    owner = member("logo-" + run);
    stranger = member("other-" + run);
  }

  private Actor member(String username) {
    var a = accounts.create(new NewAccount(username, "Thành viên " + username, username + "@example.vn",
        "member-password-1", Set.of(Role.MEMBER), Set.of()));
    return new Actor(a.id(), a.username(), a.displayName(), Set.of(Role.MEMBER), Set.of());
  }

  private RequestPostProcessor as(Actor a) {
    return user(users.loadUserByUsername(a.username()));
  }


  private MockHttpServletResponse upload(Profile p, Actor who, byte[] bytes) throws Exception {
    return mvc.perform(multipart("/me/profiles/" + p.getId() + "/logo")
        .file(new MockMultipartFile("logo", "logo.png", "image/png", bytes))
        .param("version", Long.toString(profiles.get(p.getId(), admin).getVersion()))
        .with(as(who)).with(csrf())).andReturn().getResponse();
  }

  private MockHttpServletResponse fetch(String url, RequestPostProcessor... who) throws Exception {
    var request = get(url);
    for (RequestPostProcessor w : who) {
      request = request.with(w);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private String text(String url) throws Exception {
    return fetch(url).getContentAsString(StandardCharsets.UTF_8);
  }

  private Profile startup() {
    return profiles.create(ProfileKind.STARTUP, ProfileData.named("Trà Shan Tuyết " + run), owner);
  }

  private void verify(Profile p) {
    profiles.verify(p.getId(), List.of(), null, admin);
  }

  @Test
  void aLogoIsReencodedPrivateUntilVerifiedAndThenPublicEverywhere() throws Exception {
    Profile p = startup();
    byte[] upload = TestImages.png(1000, 500);
    byte[] tampered = java.util.Arrays.copyOf(upload, upload.length + 18);
    System.arraycopy("<script>x</script>".getBytes(StandardCharsets.US_ASCII), 0, tampered, upload.length, 18);
    assertThat(upload(p, owner, tampered).getRedirectedUrl()).isEqualTo("/me/profiles/" + p.getId() + "#logoCard");
    Long logo = profiles.get(p.getId(), owner).getDraftLogoId();
    assertThat(logo).isNotNull();

    // The owner and ADMIN see it, re-encoded and scaled to 512 px wide; nobody else does.
    MockHttpServletResponse mine = fetch("/me/profiles/" + p.getId() + "/logo/" + logo, as(owner));
    assertThat(mine.getStatus()).isEqualTo(200);
    assertThat(mine.getHeader("Cache-Control")).contains("no-store");
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(mine.getContentAsByteArray()));
    assertThat(read.getWidth()).isEqualTo(512);
    assertThat(read.getHeight()).isEqualTo(256);
    assertThat(new String(mine.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    assertThat(fetch("/me/profiles/" + p.getId() + "/logo/" + logo, as(admin)).getStatus()).isEqualTo(200);
    assertThat(fetch("/me/profiles/" + p.getId() + "/logo/" + logo, as(stranger)).getStatus()).isEqualTo(404);
    // Nor through a profile of their own: the image must be that profile's logo.
    Profile theirs = profiles.create(ProfileKind.STARTUP, ProfileData.named("Mật Ong Bạc Hà " + run), stranger);
    assertThat(fetch("/me/profiles/" + theirs.getId() + "/logo/" + logo, as(stranger)).getStatus()).isEqualTo(404);
    // Not published: no public address serves it, not even the portal's image address.
    String path = PublicProfile.logoPath(p.getSlug(), logo);
    assertThat(fetch(path).getStatus()).isEqualTo(404);
    assertThat(fetch("/media/" + logo).getStatus()).isEqualTo(404);

    profiles.submit(p.getId(), owner);
    verify(p);
    MockHttpServletResponse pub = fetch(path);
    assertThat(pub.getStatus()).isEqualTo(200);
    assertThat(pub.getContentType()).isIn("image/jpeg", "image/png");
    assertThat(pub.getHeader("Cache-Control")).contains("max-age=604800").contains("public");
    assertThat(pub.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    String page = text("/danh-ba/" + p.getSlug());
    assertThat(page).contains("id=\"profileLogo\"").contains("src=\"" + path + "\"")
        .contains("<meta property=\"og:image\" content=\"http://localhost:8080" + path + "\">")
        .contains("\"logo\":\"http://localhost:8080" + path + "\"");
    assertThat(text("/api/v1/directory/" + p.getSlug())).contains("\"logo\":\"" + path + "\"");
    assertThat(audit.search(new AuditQuery(null, null, null, Long.toString(p.getId()), null, null),
        org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
        .as("the logo change is in the audit trail").anyMatch(r -> r.changes() != null && r.changes().contains("draftLogoId"));
  }

  @Test
  void aNewLogoWaitsForReviewAndARejectionKeepsThePublishedOne() throws Exception {
    Profile p = startup();
    upload(p, owner, TestImages.png(200, 200));
    profiles.submit(p.getId(), owner);
    verify(p);
    long first = profiles.get(p.getId(), owner).getPublishedLogoId();

    upload(p, owner, TestImages.png(300, 100));
    Profile changed = profiles.get(p.getId(), owner);
    long second = changed.getDraftLogoId();
    assertThat(second).isNotEqualTo(first);
    assertThat(changed.isLogoChanged()).isTrue();
    assertThat(text("/danh-ba/" + p.getSlug())).contains(PublicProfile.logoPath(p.getSlug(), first))
        .doesNotContain(PublicProfile.logoPath(p.getSlug(), second));
    assertThat(fetch(PublicProfile.logoPath(p.getSlug(), second)).getStatus()).isEqualTo(404);
    assertThat(fetch("/me/profiles/" + p.getId() + "/logo/" + second).getStatus()).as("anonymous: sign in first")
        .isEqualTo(302);

    // Only the logo changed: still something to review, and ADMIN sees both logos side by side.
    profiles.submit(p.getId(), owner);
    String review = mvc.perform(get("/admin/directory/" + p.getId()).with(as(admin))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(review).contains("id=\"logoChange\"").contains("/me/profiles/" + p.getId() + "/logo/" + first)
        .contains("/me/profiles/" + p.getId() + "/logo/" + second);
    profiles.reject(p.getId(), "Logo mờ, đề nghị gửi bản rõ hơn", admin);
    Profile rejected = profiles.get(p.getId(), owner);
    assertThat(rejected.getDraftLogoId()).isEqualTo(first);
    assertThat(rejected.getPublishedLogoId()).isEqualTo(first);
    assertThat(fetch(PublicProfile.logoPath(p.getSlug(), first)).getStatus()).isEqualTo(200);

    // Removing is a change too: the published logo stays until verified, then goes.
    mvc.perform(post("/me/profiles/" + p.getId() + "/logo/remove").with(as(owner)).with(csrf())
        .param("version", Long.toString(rejected.getVersion()))).andExpect(status().is3xxRedirection());
    assertThat(profiles.get(p.getId(), owner).getDraftLogoId()).isNull();
    assertThat(fetch(PublicProfile.logoPath(p.getSlug(), first)).getStatus()).isEqualTo(200);
    profiles.submit(p.getId(), owner);
    verify(p);
    assertThat(fetch(PublicProfile.logoPath(p.getSlug(), first)).getStatus()).isEqualTo(404);
    assertThat(text("/danh-ba/" + p.getSlug())).doesNotContain("id=\"profileLogo\"").doesNotContain("og:image");
  }

  @Test
  void aRefusedUploadSaysWhyAndChangesNothing() throws Exception {
    Profile p = startup();
    upload(p, owner, TestImages.png(64, 64));
    Profile before = profiles.get(p.getId(), owner);

    for (byte[] bad : List.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), new byte[0],
        new byte[ImageStore.MAX_BYTES + 1])) {
      MockHttpServletResponse r = upload(p, owner, bad);
      assertThat(r.getRedirectedUrl()).isEqualTo("/me/profiles/" + p.getId() + "#logoCard");
      Profile after = profiles.get(p.getId(), owner);
      assertThat(after.getDraftLogoId()).isEqualTo(before.getDraftLogoId());
      assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }
    var flash = mvc.perform(multipart("/me/profiles/" + p.getId() + "/logo")
        .file(new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a not really".getBytes(StandardCharsets.US_ASCII)))
        .param("version", Long.toString(before.getVersion())).with(as(owner)).with(csrf()))
        .andReturn().getFlashMap();
    assertThat(flash.get("logoError")).asString().contains("PNG").contains("JPEG");

    // A stale form (the profile changed since it was opened) is refused with a message, not applied.
    var stale = mvc.perform(multipart("/me/profiles/" + p.getId() + "/logo")
        .file(new MockMultipartFile("logo", "logo.png", "image/png", TestImages.png(80, 80)))
        .param("version", Long.toString(before.getVersion() - 1)).with(as(owner)).with(csrf()))
        .andReturn().getFlashMap();
    assertThat(stale.get("logoError")).asString().contains("tải lại trang"); // error.staleEdit
    assertThat(profiles.get(p.getId(), owner).getDraftLogoId()).isEqualTo(before.getDraftLogoId());

    // Someone else's profile does not exist for them; a pending profile is locked for its owner.
    assertThat(upload(p, stranger, TestImages.png(80, 80)).getStatus()).isEqualTo(404);
    profiles.submit(p.getId(), owner);
    var locked = mvc.perform(multipart("/me/profiles/" + p.getId() + "/logo")
        .file(new MockMultipartFile("logo", "logo.png", "image/png", TestImages.png(80, 80)))
        .param("version", Long.toString(profiles.get(p.getId(), owner).getVersion())).with(as(owner)).with(csrf()))
        .andReturn().getFlashMap();
    assertThat(locked.get("logoError")).isEqualTo("Hồ sơ đang chờ xác minh nên chưa sửa được.");
    assertThat(profiles.get(p.getId(), owner).getDraftLogoId()).isEqualTo(before.getDraftLogoId());
  }

  @Test
  void logosFitA512BoxHugePicturesAreRefusedBeforeDecodingAndReplacedLogosAreDeleted() throws Exception {
    // 1-bit pictures compress to a few kilobytes whatever their size: what a decompression bomb looks like.
    byte[] huge = bitmap(10_000, 5_000);
    assertThat(huge.length).isLessThan(ImageStore.MAX_BYTES);
    Profile p = startup();
    var refused = mvc.perform(multipart("/me/profiles/" + p.getId() + "/logo")
        .file(new MockMultipartFile("logo", "logo.png", "image/png", huge))
        .param("version", Long.toString(p.getVersion())).with(as(owner)).with(csrf())).andReturn().getFlashMap();
    assertThat(refused.get("logoError")).asString().contains("40 megapixel");
    assertThat(profiles.get(p.getId(), owner).getDraftLogoId()).isNull();

    // Large but allowed: decoded subsampled, then fitted into 512 × 512 keeping the proportions.
    upload(p, owner, bitmap(6_000, 4_000));
    long wide = profiles.get(p.getId(), owner).getDraftLogoId();
    assertThat(size(wide)).containsExactly(512, 341);
    upload(p, owner, TestImages.png(100, 2_000));
    long tall = profiles.get(p.getId(), owner).getDraftLogoId();
    assertThat(size(tall)).containsExactly(26, 512);
    assertThat(images.load(wide, ImageStore.Use.LOGO)).as("the replaced draft logo is deleted").isEmpty();

    // Verified, then replaced and refused: the refused one is deleted, the published one kept.
    profiles.submit(p.getId(), owner);
    verify(p);
    upload(p, owner, TestImages.png(64, 64));
    long refusedLogo = profiles.get(p.getId(), owner).getDraftLogoId();
    profiles.submit(p.getId(), owner);
    profiles.reject(p.getId(), "Chưa đạt", admin);
    assertThat(images.load(refusedLogo, ImageStore.Use.LOGO)).isEmpty();
    assertThat(images.load(tall, ImageStore.Use.LOGO)).isPresent();
    // Replaced and verified: the former published logo goes.
    upload(p, owner, TestImages.png(80, 80));
    profiles.submit(p.getId(), owner);
    verify(p);
    assertThat(images.load(tall, ImageStore.Use.LOGO)).isEmpty();
  }

  private int[] size(long image) throws Exception {
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(images.load(image, ImageStore.Use.LOGO).orElseThrow().content()));
    return new int[] {read.getWidth(), read.getHeight()};
  }

  private static byte[] bitmap(int width, int height) throws Exception {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    img.setRGB(width / 2, height / 2, 0xffffff);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
