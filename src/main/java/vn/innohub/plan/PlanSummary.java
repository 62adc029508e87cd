package vn.innohub.plan;

/** Kế hoạch: a plan as listed; {@code number} may be blank in drafts ("Số: /KH-UBND"). */
public record PlanSummary(long id, String number, String title, Long issuerUnitId, int periodFrom, int periodTo,
    PlanStatus status) {}
