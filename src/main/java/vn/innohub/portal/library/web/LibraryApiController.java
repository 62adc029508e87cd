package vn.innohub.portal.library.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.innohub.portal.library.DocumentStatus;
import vn.innohub.portal.library.DocumentType;
import vn.innohub.portal.library.PublicDocument;
import vn.innohub.portal.library.internal.LibrarySearch;
import vn.innohub.portal.library.internal.FileInfo;
import vn.innohub.portal.library.internal.PolicyDocument;
import vn.innohub.portal.library.internal.PolicyLibrary;
import vn.innohub.shared.DomainException;

/** Open data of the policy library: published documents only (schema innohub.documents/1), newest first. */
@RestController
@RequestMapping("/api/v1/documents")
class LibraryApiController {

  private final PolicyLibrary library;
  private final LibrarySearch search;

  // Open data names documents by their public address (innohub.base-url), not by whatever Host the caller sent.
  private final String baseUrl;

  LibraryApiController(PolicyLibrary library, LibrarySearch search,
      @org.springframework.beans.factory.annotation.Value("${innohub.base-url:http://localhost:8080}") String baseUrl) {
    this.library = library;
    this.search = search;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
  }

  record Listing(String schema, long total, int page, int size, List<PublicDocument> documents) {}

  @GetMapping
  Listing list(@RequestParam(required = false) String q, @RequestParam(required = false) DocumentType type,
      @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) String issuer,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    var found = search.search(new LibrarySearch.Query(q, type, status, issuer, year, tag, page, size));
    String base = base();
    return new Listing(PublicDocument.SCHEMA, found.total(), found.page(), found.size(),
        found.hits().stream().map(h -> view(h.document(), h.files(), base)).toList());
  }

  @GetMapping("/{slug}")
  PublicDocument one(@PathVariable String slug) {
    return library.published(slug).map(d -> view(d, library.files(d.getId()), base()))
        .orElseThrow(() -> DomainException.notFound("Document", slug));
  }

  private String base() {
    return baseUrl;
  }

  static PublicDocument view(PolicyDocument d, List<FileInfo> files, String base) {
    String url = base + "/van-ban/" + d.getSlug();
    PolicyDocument replacement = d.getReplacedBy();
    List<String> tags = d.getTags() == null ? List.of()
        : Arrays.stream(d.getTags().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    return new PublicDocument(d.getSlug(), d.getType(), d.getTitle(), d.getNumber(), d.getIssuedOn(), d.getIssuer(),
        d.getStatus(), replacement != null && replacement.isPublished() ? replacement.getSlug() : null,
        d.getSummary(), tags, d.getPublishedAt(), d.getUpdatedAt(), url,
        files.stream().map(f -> file(f, url)).toList());
  }

  private static PublicDocument.File file(FileInfo f, String documentUrl) {
    return new PublicDocument.File(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(),
        documentUrl + "/tep/" + f.id());
  }
}
