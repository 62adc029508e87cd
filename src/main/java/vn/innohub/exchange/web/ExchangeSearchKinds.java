package vn.innohub.exchange.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.exchange.ListingKind;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;

/** Published technology offers and demands in the site search. */
@Component
class ExchangeSearchKinds implements SearchKinds {

  @Override
  public List<SearchKind> searchKinds() {
    return Arrays.stream(ListingKind.values()).map(k -> new SearchKind(k.name(), 80 + k.ordinal(),
        "search.kind." + k.name(), "/cong-nghe?kind=" + k.name(), false)).toList();
  }
}
