package vn.innohub.portal.web;

import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.innohub.org.OrgDirectory;
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
    model.addAttribute("departments", org.ofTypes(EnumSet.of(UnitType.DEPARTMENT)).size());
    model.addAttribute("localities", org.ofTypes(EnumSet.of(UnitType.COMMUNE, UnitType.WARD)).size());
    model.addAttribute("units", org.all().size());
    model.addAttribute("plans", plans.count());
    return "portal/home";
  }
}
