package vn.innohub.shared.files;

import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.innohub.shared.Sha256;

/**
 * An uploaded file as it is kept: a name safe to store and to offer for download, its kind read from the content
 * ({@link FileKind#detect}, never the name or the browser's claim), the bytes and their SHA-256 (lower-case hex).
 */
public record StoredUpload(String fileName, FileKind kind, byte[] content, String sha256) {

  /** The longest name kept, in characters; a longer one loses the end of its base name, not its extension. */
  public static final int MAX_NAME = 200;

  /** Control and format characters (NUL, line breaks, bidi overrides) and those Windows refuses in a name. */
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\"<>:*?|]");

  /** A file of a known kind, with its checksum computed; {@code fileName} is expected safe ({@link #safeName}). */
  public static StoredUpload of(String fileName, FileKind kind, byte[] content) {
    return new StoredUpload(fileName, kind, content, Sha256.hex(content));
  }

  public String mediaType() {
    return kind.mediaType();
  }

  public int size() {
    return content.length;
  }

  /**
   * The name a browser sent, made safe: composed Unicode (NFC, so "báo cáo" typed on any system is stored alike), no
   * folder part ("C:\fakepath\", "../../"), no control, format or reserved characters, no leading or trailing dots
   * and spaces, at most {@link #MAX_NAME} characters with the extension kept. Vietnamese letters stay as they are.
   * Empty when nothing is left.
   */
  public static String safeName(String sent) {
    String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE.matcher(name).replaceAll("").strip();
    name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
    if (name.length() > MAX_NAME) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      int cut = MAX_NAME - extension.length();
      if (Character.isHighSurrogate(name.charAt(cut - 1))) {
        cut--;
      }
      name = name.substring(0, cut).stripTrailing() + extension;
    }
    return name;
  }

  /** {@link #safeName(String)}, or {@code fallback} when nothing of the sent name is left. */
  public static String safeName(String sent, String fallback) {
    String name = safeName(sent);
    return name.isEmpty() ? fallback : name;
  }
}
