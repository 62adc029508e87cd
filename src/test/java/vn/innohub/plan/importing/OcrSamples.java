package vn.innohub.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

/**
 * Test-only transformations of Unicode Vietnamese: the legacy TCVN3 (ABC) and VNI tables as the fonts define them,
 * diacritic stripping, and OCR-like noise. Written independently of the detector and the cleaner under test.
 */
final class OcrSamples {

  private OcrSamples() {}

  // TCVN3 (ABC): one code per lower-case letter; capitals with a tone use the same codes (drawn by the ".VnTimeH"
  // font); the seven plain capitals have codes of their own.
  private static final String TCVN3_UNICODE =
      "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
  private static final String TCVN3_CODES =
      "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ";
  private static final String TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ";
  private static final String TCVN3_CAPITAL_CODES = "¡¢£¤¥¦§";

  static String tcvn3(String unicode) {
    if (TCVN3_UNICODE.length() != TCVN3_CODES.length()) {
      throw new IllegalStateException("TCVN3 table: " + TCVN3_UNICODE.length() + " vs " + TCVN3_CODES.length());
    }
    String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int capital = TCVN3_CAPITALS.indexOf(c);
      int lower = TCVN3_UNICODE.indexOf(Character.toLowerCase(c));
      if (capital >= 0) {
        out.append(TCVN3_CAPITAL_CODES.charAt(capital));
      } else if (lower >= 0) {
        out.append(TCVN3_CODES.charAt(lower));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * VNI Windows: the base letter, then its shape and tone as one or two following codes: â = aâ, ă = aê, ê = eâ,
   * ô = oâ, ơ = ô, ư = ö, đ = ñ; tones ø ù û õ ï in general, à á å ã ä after â/ê/ô, è é ú ü ë after ă; the i has
   * single codes ì í æ ó ò and ỵ is î. Capitals use the capital codes.
   */
  static String vni(String unicode) {
    String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean upper = Character.isUpperCase(c);
      String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
      char base = d.charAt(0);
      if (c == 'đ' || c == 'Đ') {
        out.append(upper ? 'Ñ' : 'ñ');
        continue;
      }
      if (d.length() == 1 || "aeiouy".indexOf(base) < 0) {
        out.append(c);
        continue;
      }
      String shape = "";
      int tone = -1; // 0 grave, 1 acute, 2 hook, 3 tilde, 4 dot
      for (int k = 1; k < d.length(); k++) {
        switch (d.charAt(k)) {
          case '\u0302' -> shape = "circumflex";
          case '\u0306' -> shape = "breve";
          case '\u031B' -> shape = "horn";
          case '\u0300' -> tone = 0;
          case '\u0301' -> tone = 1;
          case '\u0309' -> tone = 2;
          case '\u0303' -> tone = 3;
          case '\u0323' -> tone = 4;
          default -> { }
        }
      }
      StringBuilder code = new StringBuilder();
      if (base == 'i' && shape.isEmpty()) {
        code.append("ìíæóò".charAt(tone));
      } else if (base == 'y' && tone == 4) {
        code.append('î');
      } else if (shape.equals("horn")) {
        code.append(base == 'o' ? 'ô' : 'ö');
        if (tone >= 0) {
          code.append("øùûõï".charAt(tone));
        }
      } else if (shape.equals("circumflex")) {
        code.append(base).append(tone < 0 ? 'â' : "àáåãä".charAt(tone));
      } else if (shape.equals("breve")) {
        code.append(base).append(tone < 0 ? 'ê' : "èéúüë".charAt(tone));
      } else {
        code.append(base).append("øùûõï".charAt(tone));
      }
      out.append(upper ? code.toString().toUpperCase(java.util.Locale.ROOT) : code);
    }
    return out.toString();
  }

  /** Diacritics removed the way OCR without a Vietnamese model loses them: marks dropped, đ read as d. */
  static String stripped(String unicode) {
    String d = Normalizer.normalize(unicode, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * OCR-like noise, the same for the same seed: about one word (of more than three characters) in {@code every}
   * gets a stray symbol (alone or stuck to it), an "e" read as "é", or a space breaking it; about one prose line in
   * {@code every} gets a stray "|" at its end.
   */
  static String noisy(String text, long seed, int every) {
    Random random = new Random(seed);
    String symbols = "¢£§«»°™";
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      StringBuilder l = new StringBuilder();
      String[] tokens = line.split(" ", -1);
      for (int t = 0; t < tokens.length; t++) {
        String word = tokens[t];
        if (!word.contains("\t") && word.length() > 3 && random.nextInt(every) == 0) {
          switch (random.nextInt(5)) {
            case 0 -> word = word + " " + symbols.charAt(random.nextInt(symbols.length()));
            case 1 -> word = symbols.charAt(random.nextInt(symbols.length())) + word;
            case 2 -> word = word.indexOf('e') >= 0 ? word.replaceFirst("e", "é") : word + symbols.charAt(0);
            case 3 -> word = word.substring(0, 2) + " " + word.substring(2);
            default -> word = word + symbols.charAt(random.nextInt(symbols.length()));
          }
        }
        l.append(t > 0 ? " " : "").append(word);
      }
      if (!line.contains("\t") && line.length() > 20 && random.nextInt(every) == 0) {
        l.append(" |");
      }
      out.append(l).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  static String resource(String name) {
    try (InputStream in = OcrSamples.class.getResourceAsStream("/plans/ocr/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource plans/ocr/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
