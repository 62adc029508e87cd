package vn.innohub.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchViewTest {

  @Test
  void facetLinksKeepEveryCriterionAndEncodeWhatWouldBreakTheQueryString() {
    // Written out by hand: "&", "=", "+" and "#" in the words must not end or split the parameter; spaces become "+".
    assertThat(SearchView.href("", "nông nghiệp & du lịch=1+2#x", "STARTUP", null, "", "Sa Pa", 0))
        .isEqualTo("/tim-kiem?q=n%C3%B4ng+nghi%E1%BB%87p+%26+du+l%E1%BB%8Bch%3D1%2B2%23x&kind=STARTUP&commune=Sa+Pa");
  }

  @Test
  void theNextPageLinkCarriesThePageAndTheContextPath() {
    assertThat(SearchView.href("/innohub", "ocop", null, "AGRI", null, null, 2))
        .isEqualTo("/innohub/tim-kiem?q=ocop&sector=AGRI&page=2");
    assertThat(SearchView.href("", "", null, null, null, null, 0)).isEqualTo("/tim-kiem");
  }
}
