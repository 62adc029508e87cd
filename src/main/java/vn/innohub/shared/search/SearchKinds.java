package vn.innohub.shared.search;

import java.util.List;

/** The kinds of item one module puts into the site search ({@code <module>.web.<Module>SearchKinds} beans). */
public interface SearchKinds {

  List<SearchKind> searchKinds();
}
