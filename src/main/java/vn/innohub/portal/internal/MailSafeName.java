package vn.innohub.portal.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only registrant-written text a registration e-mail may carry: the name in the greeting, at most
 * {@link #MAX_LENGTH} characters, without control or formatting characters (line breaks, bidi overrides), and left out
 * altogether when it contains anything a mail client could turn into a link or an address — a scheme
 * ("http", "://"), "www", "@", or a domain-like "word.tld" — after folding look-alike characters (full-width letters,
 * ideographic dots) to plain ones. Leaving it out rather than rewriting it means no half-neutralised link survives.
 */
public final class MailSafeName {

  /** Longest name kept in a mail. */
  public static final int MAX_LENGTH = 60;

  private static final Pattern LINK_LIKE = Pattern.compile(
      "(?i)(https?|ftp|mailto|file|data|javascript)\\s*:|://|www|@|[\\p{L}\\p{N}_-][.][a-z]{2,}(?![\\p{L}\\p{N}])"
          + "|[/\\\\<>\\[\\]{}|]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");

  private MailSafeName() {}

  /** The name to greet with, or empty when nothing of it may be mailed. */
  public static Optional<String> of(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('。', '.').replace('｡', '.');
    String visible = INVISIBLE.matcher(folded).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (visible.isEmpty() || LINK_LIKE.matcher(visible).find()) {
      return Optional.empty();
    }
    if (visible.codePointCount(0, visible.length()) > MAX_LENGTH) {
      visible = visible.substring(0, visible.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
    return Optional.of(visible);
  }
}
