package vn.innohub.search.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;

/** The kinds every module declares, in order; two modules claiming one kind name is a start-up error. */
final class SearchKindCatalog {

  private SearchKindCatalog() {}

  static List<SearchKind> of(List<SearchKinds> modules) {
    List<SearchKind> all = modules.stream().flatMap(m -> m.searchKinds().stream())
        .sorted(Comparator.comparingInt(SearchKind::order).thenComparing(SearchKind::name)).toList();
    Set<String> names = new HashSet<>();
    for (SearchKind kind : all) {
      if (!names.add(kind.name())) {
        throw new IllegalStateException("Two modules declare the search kind " + kind.name());
      }
    }
    return all;
  }
}
