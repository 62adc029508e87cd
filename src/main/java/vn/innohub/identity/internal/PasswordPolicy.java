package vn.innohub.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.innohub.shared.DomainException;

/**
 * The password rules of OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters (counted as characters, so a Vietnamese
 * passphrase counts its letters, not its UTF-8 bytes), up to {@value #MAX_LENGTH}, any character allowed, no
 * composition rules, and not one of the most common breached passwords. The list is the 100,000 most common passwords
 * that the nbvcxz library ships (from public breach corpora), plus common Vietnamese ones
 * ({@code identity/common-passwords-vi.txt}); a password is refused when it equals one of them ignoring case, accents
 * and spaces, or is one of them followed only by digits and punctuation ("password2026!").
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 1024;
  private static final int MIN_STEM = 6;

  private final Set<String> common;

  public PasswordPolicy() {
    Set<String> words = new HashSet<>(110_000);
    load("/dictionaries/passwords.txt", words);
    load("/identity/common-passwords-vi.txt", words);
    this.common = Set.copyOf(words);
  }

  /** Refuses a password that breaks the rules, with a message that names the rule; the username may be null. */
  public void check(String password, String username) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new DomainException(HttpStatus.BAD_REQUEST, "identity.password.tooShort", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new DomainException(HttpStatus.BAD_REQUEST, "identity.password.tooLong", MAX_LENGTH);
    }
    String key = key(password);
    if (username != null && !username.isBlank() && key.equals(key(username))) {
      throw DomainException.invalid("identity.password.isUsername");
    }
    if (isCommon(key)) {
      throw DomainException.invalid("identity.password.common");
    }
  }

  boolean isCommon(String key) {
    if (common.contains(key)) {
      return true;
    }
    // A common password with digits or punctuation added at the end ("matkhau123456", "password2026!").
    int end = key.length();
    while (end > 0 && !Character.isLetter(key.charAt(end - 1))) {
      end--;
    }
    return end >= MIN_STEM && end < key.length() && common.contains(key.substring(0, end));
  }

  /** Lower case, accents and đ folded, spaces removed: "Mật Khẩu 123" and "matkhau123" are the same password. */
  static String key(String s) {
    String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replace('đ', 'd');
    return folded.replaceAll("\\s+", "");
  }

  private static void load(String resource, Set<String> into) {
    InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing password list " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          into.add(key(word));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read password list " + resource, e);
    }
  }
}
