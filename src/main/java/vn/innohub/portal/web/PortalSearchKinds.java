package vn.innohub.portal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;

/** News, events and policy documents in the site search. */
@Component
class PortalSearchKinds implements SearchKinds {

  @Override
  public List<SearchKind> searchKinds() {
    return List.of(new SearchKind("NEWS", 50, "search.kind.NEWS", "/tin-tuc", false),
        new SearchKind("EVENT", 60, "search.kind.EVENT", "/su-kien", false),
        new SearchKind("DOCUMENT", 70, "search.kind.DOCUMENT", "/van-ban", false));
  }
}
