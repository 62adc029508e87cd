package vn.innohub.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;

class SearchKindCatalogTest {

  @Test
  void kindsOfEveryModuleAreListedByTheirOrder() {
    SearchKinds a = () -> List.of(new SearchKind("B", 20, "k.b", "/b", false));
    SearchKinds b = () -> List.of(new SearchKind("C", 30, "k.c", "/c", false), new SearchKind("A", 10, "k.a", "/a", true));
    assertThat(SearchKindCatalog.of(List.of(a, b))).extracting(SearchKind::name).containsExactly("A", "B", "C");
  }

  @Test
  void twoModulesCannotClaimOneKind() {
    SearchKinds a = () -> List.of(new SearchKind("NEWS", 10, "k", "/a", false));
    SearchKinds b = () -> List.of(new SearchKind("NEWS", 20, "k", "/b", false));
    assertThatThrownBy(() -> SearchKindCatalog.of(List.of(a, b))).hasMessageContaining("NEWS");
  }
}
