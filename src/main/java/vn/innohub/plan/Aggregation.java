package vn.innohub.plan;

import vn.innohub.shared.text.VietnameseText;

/** How unit reports of a target are combined into the province's figure. */
public enum Aggregation {
  SUM, AVERAGE, LATEST, MAX;

  /**
   * The sensible default: counts add up ("25 doanh nghiệp"), while percentages, rates and indexes do not
   * ("≥ 60%", "Tỷ lệ …", "Chỉ số …") — for those the latest reported figure stands.
   */
  public static Aggregation defaultFor(String name, String unit) {
    String n = VietnameseText.fold(name);
    if ("%".equals(unit) || n.startsWith("ty le") || n.startsWith("chi so") || n.contains(" ty le ")) {
      return LATEST;
    }
    return SUM;
  }
}
