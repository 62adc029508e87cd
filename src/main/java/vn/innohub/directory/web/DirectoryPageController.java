package vn.innohub.directory.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.directory.ProfileKind;
import vn.innohub.directory.PublicProfile;
import vn.innohub.directory.internal.Profile;
import vn.innohub.directory.internal.ProfileService;
import vn.innohub.shared.DomainException;

/** The public directory: listing by kind, profile pages, search with facets and suggestions. No sign-in needed. */
@Controller
class DirectoryPageController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProfileService profiles;
  private final String baseUrl;

  DirectoryPageController(ProfileService profiles,
      @org.springframework.beans.factory.annotation.Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.profiles = profiles;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  @GetMapping("/danh-ba")
  String list(@RequestParam(required = false) ProfileKind kind, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("page", profiles.published(kind, page, 24));
    model.addAttribute("stats", profiles.statistics());
    model.addAttribute("kinds", ProfileKind.values());
    model.addAttribute("sectors", sectorNames());
    return "directory/list";
  }

  @GetMapping("/danh-ba/{slug}")
  String profile(@PathVariable String slug, Model model) {
    Profile p = profiles.publishedBySlug(slug).orElseThrow(() -> DomainException.notFound("Profile", slug));
    PublicProfile view = p.toPublic();
    model.addAttribute("p", view);
    model.addAttribute("sectors", sectorNames());
    model.addAttribute("jsonLd", jsonLd(view, baseUrl));
    model.addAttribute("ogDescription", view.summary());
    if (view.logo() != null) {
      model.addAttribute("ogImage", baseUrl + view.logo());
    }
    // Entered by the DOST and not managed by anyone yet: a member may ask to manage it.
    model.addAttribute("claimable", p.getOwnerUserId() == null);
    return "directory/profile";
  }

  /**
   * A published profile's verified logo. Its address names the image, so a new logo gets a new address; a week in
   * shared caches keeps a logo taken down (or replaced) from lingering long.
   */
  @GetMapping("/danh-ba/{slug}/logo/{imageId}")
  ResponseEntity<byte[]> logo(@PathVariable String slug, @PathVariable long imageId) {
    return profiles.publishedLogo(slug, imageId).orElseThrow(() -> DomainException.notFound("Logo", imageId))
        .response(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
  }

  private Map<String, String> sectorNames() {
    Map<String, String> names = new LinkedHashMap<>();
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    profiles.sectors().forEach(s -> names.put(s.getCode(), s.name(locale)));
    return names;
  }

  /** schema.org Organization as JSON-LD; "<" is escaped so no text can close the script element. */
  static String jsonLd(PublicProfile p, String baseUrl) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", p.kind() == ProfileKind.EXPERT ? "Person" : "Organization");
    ld.put("name", p.name());
    if (p.summary() != null) {
      ld.put("description", p.summary());
    }
    if (p.website() != null) {
      ld.put("url", p.website());
    }
    if (p.email() != null) {
      ld.put("email", p.email());
    }
    if (p.logo() != null) {
      ld.put(p.kind() == ProfileKind.EXPERT ? "image" : "logo", baseUrl + p.logo());
    }
    if (p.taxCode() != null) {
      ld.put("taxID", p.taxCode());
    }
    if (p.foundedOn() != null) {
      ld.put("foundingDate", p.foundedOn().toString());
    }
    if (p.commune() != null || p.province() != null) {
      Map<String, Object> address = new LinkedHashMap<>();
      address.put("@type", "PostalAddress");
      address.put("addressLocality", p.commune());
      address.put("addressRegion", p.province());
      address.put("addressCountry", "VN");
      ld.put("address", address);
    }
    try {
      return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
