package vn.innohub.portal.web;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.innohub.org.OrgDirectory;
import vn.innohub.org.UnitSummary;
import vn.innohub.org.UnitType;
import vn.innohub.plan.Plans;

/** The public home page; its numbers are counted live from the data. */
@Controller
class HomeController {

  private final OrgDirectory org;
  private final Plans plans;
  private final vn.innohub.directory.Directory directory;
  private final vn.innohub.portal.internal.PortalContent content;

  // Everything the home page shows is read at most once per write on this node or per cross-node delay.
  private final vn.innohub.shared.cache.FreshCache<String, java.util.Map<String, Object>> facts;
  private final vn.innohub.shared.cache.FreshCache<String, java.util.Optional<byte[]>> pages;
  private final vn.innohub.shared.web.SplicedPage pageRenderer;

  HomeController(OrgDirectory org, Plans plans, vn.innohub.directory.Directory directory,
      vn.innohub.portal.internal.PortalContent content, vn.innohub.shared.cache.DataChanges changes,
      vn.innohub.shared.web.SplicedPage pageRenderer) {
    this.facts = changes.cache(1);
    this.pages = changes.cache(16);
    this.pageRenderer = pageRenderer;
    this.org = org;
    this.plans = plans;
    this.directory = directory;
    this.content = content;
  }

  /**
   * Anonymous visitors without query parameters all see the same page: it is rendered once per language and state of
   * the data and written as bytes; signed-in users (their name, their menu) get it rendered for them.
   */
  @GetMapping("/")
  String home(Model model, jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) throws Exception {
    java.util.Map<String, Object> data = facts.get("home", k -> read());
    boolean anonymous = !isSignedIn();
    if (anonymous && request.getParameterMap().isEmpty()) {
      vn.innohub.shared.web.AnonymousPageCache.share(request, java.time.Duration.ofSeconds(1));
    }
    if (anonymous && request.getParameterMap().isEmpty()
        && RequestContextUtils.getInputFlashMap(request) == null) {
      java.util.Locale locale = RequestContextUtils.getLocale(request);
      java.util.Optional<byte[]> page = pages.get(locale.getLanguage() + "|"
          + vn.innohub.shared.web.AnonymousPageCache.variant(request), k -> {
        try {
          return pageRenderer.renderShared("portal/home", data, request, response);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      if (page.isPresent()) {
        vn.innohub.shared.web.SplicedPage.writeShared(page.get(), request, response);
        return null;
      }
    }
    model.addAllAttributes(data);
    return "portal/home";
  }

  private static boolean isSignedIn() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken);
  }

  private java.util.Map<String, Object> read() {
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    List<UnitSummary> units = org.all();
    model.put("departments", units.stream().filter(u -> u.type() == UnitType.DEPARTMENT).count());
    model.put("localities", units.stream().filter(u -> u.type().isLocal()).count());
    model.put("units", units.size());
    model.put("plans", plans.count());
    model.put("stats", directory.statistics());
    model.put("featured", directory.latestStartups(6));
    model.put("latestNews", content.publishedNews(0, 4).getContent());
    model.put("upcoming", content.upcoming(4));
    model.put("zone", content.zone());
    return java.util.Map.copyOf(model);
  }
}
