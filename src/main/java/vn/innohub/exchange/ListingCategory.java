package vn.innohub.exchange;

/** What a listing offers or asks for; a CHALLENGE is an agency's problem statement ("đề bài", "bài toán"). */
public enum ListingCategory {
  TECHNOLOGY(ListingKind.OFFER), EQUIPMENT(ListingKind.OFFER), PROCESS(ListingKind.OFFER), SERVICE(ListingKind.OFFER),
  IP_RIGHT(ListingKind.OFFER), RESEARCH_RESULT(ListingKind.OFFER), NEED(ListingKind.DEMAND),
  CHALLENGE(ListingKind.DEMAND);

  private final ListingKind kind;

  ListingCategory(ListingKind kind) {
    this.kind = kind;
  }

  public ListingKind kind() {
    return kind;
  }

  /** An agency's problem statement (đặt hàng): a demand with a call window and a selection outcome. */
  public boolean challenge() {
    return this == CHALLENGE;
  }
}
