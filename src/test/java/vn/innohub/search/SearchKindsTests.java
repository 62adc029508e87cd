package vn.innohub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.shared.search.SearchKind;

/** The kinds the search offers come from the modules that index them, each named and each with its own page. */
@IntegrationTest
class SearchKindsTests {

  @Autowired SiteSearch search;
  @Autowired MessageSource messages;
  @Autowired MockMvc mvc;

  @Test
  void theModulesDeclareEveryKindInThePortalsOrder() {
    assertThat(search.kinds()).extracting(SearchKind::name).containsExactly("STARTUP", "SUPPORT_ORG", "FUND",
        "EXPERT", "NEWS", "EVENT", "DOCUMENT", "OFFER", "DEMAND");
    assertThat(search.kinds()).filteredOn(SearchKind::profileFacets).extracting(SearchKind::name)
        .containsExactly("STARTUP", "SUPPORT_ORG", "FUND", "EXPERT");
  }

  @Test
  void everyKindIsNamedInBothLanguages() {
    for (SearchKind kind : search.kinds()) {
      for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
        String label = messages.getMessage(kind.labelKey(), null, null, locale);
        assertThat(label).as(kind.name() + " in " + locale).isNotBlank().isNotEqualTo(kind.labelKey());
      }
    }
  }

  @Test
  void aSearchNarrowedToAKindLinksToThatKindsOwnPageWhichOpens() throws Exception {
    for (SearchKind kind : search.kinds()) {
      String html = mvc.perform(get("/tim-kiem").param("kind", kind.name())).andReturn().getResponse()
          .getContentAsString();
      String href = kind.listPath().replace("&", "&amp;");
      assertThat(html).as(kind.name()).contains("id=\"browseKind\" href=\"" + href + "\"");
      assertThat(mvc.perform(get(kind.listPath())).andReturn().getResponse().getStatus()).as(kind.listPath())
          .isEqualTo(200);
    }
    String unfiltered = mvc.perform(get("/tim-kiem").param("q", "x")).andReturn().getResponse().getContentAsString();
    assertThat(unfiltered).doesNotContain("browseKind");
  }
}
