package vn.innohub.exchange;

import java.util.List;

/** Gợi ý phù hợp: a published listing of the other kind ranked for a listing, with the reasons in words. */
public record Match(long listingId, String slug, String title, ListingKind kind, String fieldCode, Integer trl,
    String province, double score, List<String> reasons) {

  /** The reasons as one line, e.g. "Cùng lĩnh vực Dược liệu; từ khoá chung: chiết xuất, cao khô; TRL 7 ≥ 5". */
  public String reasonText() {
    return String.join("; ", reasons);
  }
}
