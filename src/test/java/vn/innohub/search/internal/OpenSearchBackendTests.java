package vn.innohub.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.innohub.IntegrationTest;
import vn.innohub.RandomWords;
import vn.innohub.identity.Actor;
import vn.innohub.identity.Role;
import vn.innohub.portal.internal.PortalContent;
import vn.innohub.portal.internal.PortalEvent;
import vn.innohub.search.SiteSearch;

/**
 * The scale-out search path: the whole application on Hibernate Search's Elasticsearch backend against a real
 * OpenSearch 2.19 node (started in a child JVM by {@link OpenSearchNode}), configured only through the documented
 * settings (INNOHUB_SEARCH_BACKEND, INNOHUB_SEARCH_HOSTS, and the backend's version opensearch:2.19, checked against
 * the node at start). Runs with -Popensearch.
 */
@IntegrationTest
@Tag("opensearch")
class OpenSearchBackendTests {

  @DynamicPropertySource
  static void openSearch(DynamicPropertyRegistry registry) {
    registry.add("INNOHUB_SEARCH_BACKEND", () -> "elasticsearch");
    registry.add("INNOHUB_SEARCH_HOSTS", () -> OpenSearchNode.shared().hostAndPort());
    registry.add("spring.jpa.properties.hibernate.search.backend.version", () -> "opensearch:2.19");
  }

  @Autowired EntityManagerFactory emf;
  @Autowired SiteSearch siteSearch;
  @Autowired PortalContent content;
  @Autowired MockMvc mvc;

  private final Actor admin = new Actor(0, "admin", "admin", Set.of(Role.ADMIN), Set.of());

  @Test
  void theApplicationIndexesIntoTheOpenSearchNodeWithTheVietnameseAnalyzer() throws Exception {
    assertThat(Search.mapping(emf).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
    String word = "chi" + RandomWords.letters(6);
    content.saveNews(null, 0, "Khởi nghiệp " + word, null, "Nội dung.", null, true, admin);

    // The node itself holds the document: its own search API finds it by the folded words.
    String found = OpenSearchNode.shared().get("/portal-news-read/_search?q=words:" + word + "%20AND%20words:khoi");
    assertThat(found).contains("\"total\":{\"value\":1,");
    // And its analyzer is the one VietnameseAnalysis declared for the Elasticsearch backend, defined in the index.
    String analyzed = OpenSearchNode.shared().post("/portal-news-read/_analyze",
        "{\"analyzer\": \"vietnamese\", \"text\": \"Đổi mới SÁNG TẠO\"}");
    assertThat(analyzed).contains("\"token\":\"doi\"", "\"token\":\"moi\"", "\"token\":\"sang\"", "\"token\":\"tao\"");
  }

  @Test
  void wordsTypedWithoutAccentsOrWithDInsteadOfDStrokeFindTheVietnameseText() {
    String word = "vn" + RandomWords.letters(6);
    content.saveNews(null, 0, "Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo " + word, null,
        "Đầu tư cho doanh nghiệp trẻ tại Đà Lạt.", null, true, admin);

    assertThat(titles("khoi nghiep doi moi " + word)).containsExactly(
        "Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo " + word);
    assertThat(titles("dau tu da lat " + word)).as("đ typed as d, in the text").hasSize(1);
    assertThat(titles("ĐẦU TƯ ĐÀ LẠT " + word.toUpperCase())).as("capitals and accents typed in full").hasSize(1);
    assertThat(siteSearch.suggest("Khoi ngh", 50)).extracting(SiteSearch.Hit::title)
        .as("suggestions while typing: word prefixes, accents folded")
        .contains("Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo " + word);
  }

  @Test
  void facetsCountTheHitsOfEachKindAndAKindFilterKeepsOnlyThatKind() throws Exception {
    String word = "fc" + RandomWords.letters(6);
    for (int i = 1; i <= 3; i++) {
      content.saveNews(null, 0, "Tin nông nghiệp " + word + " số " + i, null, "Nội dung.", null, true, admin);
    }
    for (int i = 1; i <= 2; i++) {
      Instant starts = Instant.parse("2026-07-0" + i + "T02:00:00Z");
      content.saveEvent(null, 0, new PortalEvent.EventForm("Hội thảo nông nghiệp " + word + " " + i,
          "Kết nối cung cầu", null, starts, starts.plusSeconds(3 * 3600), "Hội trường UBND tỉnh", null, "Sở KH&CN",
          null, null, true), admin);
    }
    // One draft, which is not indexed and so not counted.
    content.saveNews(null, 0, "Bản nháp nông nghiệp " + word, null, "Nội dung.", null, false, admin);

    SiteSearch.Result all = siteSearch.search(new SiteSearch.Query("nong nghiep " + word, null, null, null, null, 0));
    assertThat(all.relaxed()).as("both words matched, accents folded").isFalse();
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.totalExact()).isTrue();
    assertThat(all.kinds()).isEqualTo(Map.of("NEWS", 3L, "EVENT", 2L));

    SiteSearch.Result events = siteSearch.search(new SiteSearch.Query("nong nghiep " + word, "EVENT", null, null, null,
        0));
    assertThat(events.hits()).extracting(SiteSearch.Hit::kind).containsOnly("EVENT").hasSize(2);

    // The same through the public API and the search page.
    mvc.perform(get("/api/v1/search").param("q", "nong nghiep " + word))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.relaxed").value(false))
        .andExpect(jsonPath("$.kinds.NEWS").value(3))
        .andExpect(jsonPath("$.kinds.EVENT").value(2));
    mvc.perform(get("/tim-kiem").param("q", "hoi thao " + word))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Hội thảo nông nghiệp " + word + " 1")));
  }

  /** Titles of the hits that hold every word of the query (not the "any word" fallback, which the random word alone
   * would satisfy). */
  private java.util.List<String> titles(String query) {
    SiteSearch.Result result = siteSearch.search(new SiteSearch.Query(query, null, null, null, null, 0));
    assertThat(result.relaxed()).as("every word of \"%s\" matched", query).isFalse();
    return result.hits().stream().map(SiteSearch.Hit::title).toList();
  }
}
