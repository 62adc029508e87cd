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

  HomeController(OrgDirectory org, Plans plans) {
    this.org = org;
    this.plans = plans;
  }

  @GetMapping("/")
  String home(Model model) {
    List<UnitSummary> units = org.all();
    model.addAttribute("departments", units.stream().filter(u -> u.type() == UnitType.DEPARTMENT).count());
    model.addAttribute("localities", units.stream().filter(u -> u.type().isLocal()).count());
    model.addAttribute("units", units.size());
    model.addAttribute("plans", plans.count());
    return "portal/home";
  }
}
