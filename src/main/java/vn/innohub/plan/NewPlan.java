package vn.innohub.plan;

/** What is needed to register a plan. */
public record NewPlan(String number, String title, Long issuerUnitId, int periodFrom, int periodTo, PlanStatus status) {}
