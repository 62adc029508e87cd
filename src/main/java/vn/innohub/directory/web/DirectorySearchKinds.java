package vn.innohub.directory.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.innohub.directory.ProfileKind;
import vn.innohub.shared.search.SearchKind;
import vn.innohub.shared.search.SearchKinds;

/** Published profiles in the site search: one kind per profile kind, with the sector, stage and commune facets. */
@Component
class DirectorySearchKinds implements SearchKinds {

  @Override
  public List<SearchKind> searchKinds() {
    return Arrays.stream(ProfileKind.values()).map(k -> new SearchKind(k.name(), 10 + k.ordinal(),
        "profileKind." + k.name(), "/danh-ba?kind=" + k.name(), true)).toList();
  }
}
