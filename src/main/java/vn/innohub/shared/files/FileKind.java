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

  /** Pictures larger than this are refused from their header (the same limit as {@code ImageStore}'s). */
  static final long MAX_PIXELS = 40_000_000L;

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

  /**
   * What the bytes are, if they are one of the accepted kinds — and only if they read as that kind (the file will be
   * kept and opened by someone): a PDF loads and its pages' text can be extracted, ending with %%EOF; a DOCX or XLSX
   * inflates under the upload limits and its document or sheets are well-formed; a PNG or JPEG decodes without error.
   * Bytes that claim a kind but do not read as it are {@link FileDamaged}; bombs {@link FileTooComplex}. Run it
   * within {@link ParseBudget}.
   */
  public static Optional<FileKind> detect(byte[] content) {
    try {
      return ParseGuard.within(UploadLimits.current().parseTimeBudget(), () -> detectWithin(content));
    } catch (FileTooComplex e) {
      throw e.reported();
    }
  }

  private static Optional<FileKind> detectWithin(byte[] content) {
    if (content == null || content.length < 4) {
      return Optional.empty();
    }
    if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
      checkPdf(content);
      return Optional.of(PDF);
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      checkImage(content, PNG);
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      checkImage(content, JPEG);
      return Optional.of(JPEG);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return office(content);
    }
    return Optional.empty();
  }

  /**
   * A DOCX or XLSX by the names in its ZIP directory (nothing inflated to decide); then every entry is inflated under
   * the upload limits (a bomb is refused with {@link FileTooComplex}) and the main parts are read, streaming. A ZIP
   * that cannot be read at all (cut in half, noise after the signature) is {@link FileDamaged} as the Office file it
   * pretends to be; a readable ZIP of something else is not a kind we accept.
   */
  private static Optional<FileKind> office(byte[] content) {
    OfficeInspection.Directory directory;
    try {
      directory = OfficeInspection.directory(content);
    } catch (OfficeInspection.NotAZip e) {
      throw new FileDamaged(DOCX.equals(guessByName(content)) ? DOCX : XLSX);
    }
    Optional<FileKind> kind = directory.kind();
    if (kind.isEmpty()) {
      return kind;
    }
    try {
      OfficeInspection.verify(content, directory);
      if (kind.get() == DOCX) {
        DocxBlocks.read(content);
      } else {
        SheetRows.read(content, n -> true, 1, Integer.MAX_VALUE);
      }
    } catch (OfficeInspection.NotAZip | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new FileDamaged(kind.get());
    }
    return kind;
  }

  /** For a ZIP without a readable directory: DOCX when a local header names a word/ part, else XLSX. */
  private static FileKind guessByName(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("xl/") && !head.contains("word/") ? XLSX : DOCX;
  }

  /** A PDF must end with %%EOF (a cut file does not) and load with its pages' text readable, at a bounded cost. */
  private static void checkPdf(byte[] content) {
    String tail = new String(content, Math.max(0, content.length - 1024), Math.min(1024, content.length),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!tail.contains("%%EOF")) {
      throw new FileDamaged(PDF);
    }
    try {
      PdfText.check(content);
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      // a password-protected PDF is kept as it is: only its owner can open it, and it loaded as far as its encryption
    } catch (java.io.IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new FileDamaged(PDF);
    }
  }

  /** A picture must decode entirely (a cut or noisy one fails, or makes the decoder warn); huge ones are refused. */
  private static void checkImage(byte[] content, FileKind kind) {
    try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
        new java.io.ByteArrayInputStream(content))) {
      java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new FileDamaged(kind);
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        long pixels = (long) width * height;
        if (pixels <= 0) {
          throw new FileDamaged(kind);
        }
        if (pixels > MAX_PIXELS) {
          // a few kilobytes can claim a picture that needs gigabytes decoded: refused from the header, as ImageStore does
          throw vn.innohub.shared.DomainException.invalid("portal.image.tooManyPixels", width, height,
              MAX_PIXELS / 1_000_000);
        }
        boolean[] warned = {false};
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / 1_000_000.0)));
        param.setSourceSubsampling(step, step, 0, 0);
        reader.read(0, param);
        if (warned[0]) {
          throw new FileDamaged(kind);
        }
      } finally {
        reader.dispose();
      }
    } catch (vn.innohub.shared.DomainException e) {
      throw e;
    } catch (java.io.IOException | RuntimeException e) {
      ParseGuard.rethrowRefusal(e);
      throw new FileDamaged(kind);
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
