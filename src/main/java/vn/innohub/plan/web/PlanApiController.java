package vn.innohub.plan.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.plan.PlanSummary;
import vn.innohub.plan.Plans;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "The province's plans")
class PlanApiController {

  private final Plans plans;

  PlanApiController(Plans plans) {
    this.plans = plans;
  }

  @GetMapping
  List<PlanSummary> list() {
    return plans.list();
  }
}
