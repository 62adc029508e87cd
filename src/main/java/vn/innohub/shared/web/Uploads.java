package vn.innohub.shared.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;
import vn.innohub.shared.DomainException;

/** Checks uploads by their content, not by their name or the browser's claimed type. */
public final class Uploads {

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

  private Uploads() {}

  /** An XLSX workbook is a ZIP container: anything else is refused before a parser sees it. */
  public static void requireXlsx(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw DomainException.invalid("upload.empty");
    }
    byte[] head = new byte[4];
    try (InputStream in = file.getInputStream()) {
      int read = in.readNBytes(head, 0, 4);
      for (int i = 0; i < ZIP.length; i++) {
        if (read < 4 || head[i] != ZIP[i]) {
          throw DomainException.invalid("org.import.notXlsx");
        }
      }
    }
  }
}
