package vn.innohub.portal.library.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.innohub.portal.library.internal.PolicyLibrary;

/** A library file as a download: its checked type, saved (never shown inline), and no type sniffing. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> of(PolicyLibrary.StoredFile f) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(f.contentType()))
        .contentLength(f.content().length)
        .body(f.content());
  }
}
