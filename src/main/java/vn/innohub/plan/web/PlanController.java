package vn.innohub.plan.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.innohub.org.OrgDirectory;
import vn.innohub.plan.Plans;

/** The list of plans for signed-in users. */
@Controller
class PlanController {

  private final Plans plans;
  private final OrgDirectory org;

  PlanController(Plans plans, OrgDirectory org) {
    this.plans = plans;
    this.org = org;
  }

  @GetMapping("/plans")
  String list(Model model) {
    Map<Long, String> issuers = new HashMap<>();
    org.all().forEach(u -> issuers.put(u.id(), u.name()));
    model.addAttribute("plans", plans.list());
    model.addAttribute("issuers", issuers);
    return "plan/plan-list";
  }
}
