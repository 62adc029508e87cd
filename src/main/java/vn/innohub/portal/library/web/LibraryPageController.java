package vn.innohub.portal.library.web;

import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.internal.LibrarySearch;
import vn.innohub.portal.library.internal.PolicyDocument;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.text.Texts;

/** The public policy library: search with filters, document pages and file downloads. No sign-in needed. */
@Controller
class LibraryPageController {

  private final PolicyLibrary library;
  private final LibrarySearch search;

  LibraryPageController(PolicyLibrary library, LibrarySearch search) {
    this.library = library;
    this.search = search;
  }

  @GetMapping("/van-ban")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
      @RequestParam(required = false) String status, @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String year, @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "0") int page, Model model) {
    LibrarySearch.Query query = new LibrarySearch.Query(Texts.blankToNull(q), enumOf(DocumentType.class, type),
        enumOf(DocumentStatus.class, status), Texts.blankToNull(issuer), year(year), Texts.blankToNull(tag), page,
        LibrarySearch.PAGE_SIZE);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("query", query);
    model.addAttribute("result", search.search(query, true));
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("statuses", DocumentStatus.values());
    model.addAttribute("issuers", library.publishedIssuers());
    model.addAttribute("years", library.publishedYears());
    return "portal/library/list";
  }

  @GetMapping("/van-ban/{slug}")
  String document(@PathVariable String slug, Model model) {
    PolicyDocument d = library.published(slug).orElseThrow(() -> DomainException.notFound("Document", slug));
    model.addAttribute("d", d);
    PolicyDocument replacement = d.getReplacedBy();
    model.addAttribute("replacement", replacement != null && replacement.isPublished() ? replacement : null);
    model.addAttribute("replaces", library.replacedBy(d));
    model.addAttribute("files", library.files(d.getId()));
    model.addAttribute("tags", d.getTags() == null ? java.util.List.of()
        : Arrays.stream(d.getTags().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList());
    model.addAttribute("ogDescription", d.getSummary());
    return "portal/library/document";
  }

  @GetMapping("/van-ban/{slug}/tep/{id}")
  ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable long id) {
    return Downloads.of(library.publishedFile(slug, id));
  }

  /** A filter value from a link or a hand-typed address: anything unknown means "any". */
  private static <E extends Enum<E>> E enumOf(Class<E> kind, String text) {
    try {
      return text == null || text.isBlank() ? null : Enum.valueOf(kind, text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer year(String text) {
    try {
      return Texts.parsed(text, Integer::valueOf);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
