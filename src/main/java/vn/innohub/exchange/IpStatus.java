package vn.innohub.exchange;

/** Tình trạng sở hữu trí tuệ of an offer. */
public enum IpStatus {
  NONE, PATENT, UTILITY_SOLUTION, KNOW_HOW, COPYRIGHT, PLANT_VARIETY, APPLICATION_FILED
}
