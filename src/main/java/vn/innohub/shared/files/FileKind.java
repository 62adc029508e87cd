package vn.innohub.shared.files;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document officers attach as evidence, recognised by their content (magic bytes, and for Office files
 * the parts inside the ZIP container), never by the name or the browser's claim.
 */
public enum FileKind {
  PDF("application/pdf", Set.of("pdf")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
  PNG("image/png", Set.of("png")),
  JPEG("image/jpeg", Set.of("jpg", "jpeg"));

  private final String mediaType;
  private final Set<String> extensions;

  FileKind(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public boolean matchesName(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** What the bytes are, if they are one of the accepted kinds. */
  public static Optional<FileKind> detect(byte[] content) {
    if (content == null || content.length < 4) {
      return Optional.empty();
    }
    if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
      return Optional.of(PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return office(content);
    }
    return Optional.empty();
  }

  /**
   * A DOCX or XLSX by the names in its ZIP directory (nothing inflated to decide); then, since the file will be kept
   * and opened by someone, every entry is inflated under the upload limits: a bomb is refused with
   * {@link FileTooComplex}, never accepted silently.
   */
  private static Optional<FileKind> office(byte[] content) {
    try {
      return ParseGuard.within(UploadLimits.current().parseTimeBudget(), () -> officeWithin(content));
    } catch (FileTooComplex e) {
      throw e.reported();
    }
  }

  private static Optional<FileKind> officeWithin(byte[] content) {
    try {
      OfficeInspection.Directory directory = OfficeInspection.directory(content);
      Optional<FileKind> kind = directory.kind();
      if (kind.isPresent()) {
        OfficeInspection.verify(content, directory);
      }
      return kind;
    } catch (OfficeInspection.NotAZip e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
