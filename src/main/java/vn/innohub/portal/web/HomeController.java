package vn.innohub.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
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

  HomeController(OrgDirectory org, Plans plans, vn.innohub.directory.Directory directory,
      vn.innohub.portal.internal.PortalContent content, vn.innohub.shared.cache.DataChanges changes) {
    this.facts = changes.cache(1);
    this.org = org;
    this.plans = plans;
    this.directory = directory;
    this.content = content;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAllAttributes(facts.get("home", k -> read()));
    return "portal/home";
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
    model.put("zone", vn.innohub.portal.internal.PortalContent.VN);
    return java.util.Map.copyOf(model);
  }
}
