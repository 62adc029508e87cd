package vn.innohub.plan.importing;

/**
 * Tells Vietnamese typed with the legacy TCVN3 (ABC) or VNI fonts — read as Unicode it shows as "KÕ ho¹ch",
 * "Keá hoaïch" — apart from OCR output whose diacritics were lost and which carries a few stray symbols
 * ("Ke hoach ¢", "«So Khoa hoc»", "Ké hoach"). Legacy text marks most of its words from the inside, with
 * characters that no Unicode Vietnamese word contains; OCR noise is sparse. So the test counts words, not
 * symbols: a text is legacy when at least a fifth of its words carry such a mark, and more words do than carry
 * real Unicode Vietnamese letters.
 */
final class LegacyEncoding {

  /**
   * Latin-1 characters (and the soft hyphen, TCVN3's "ư") that legacy fonts use for Vietnamese letters but that
   * are not themselves letters of Unicode Vietnamese (à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals are).
   */
  private static final String FOREIGN =
      "\u00AD¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ";
  /** VNI writes the tone and shape marks after the vowel; these marks are Vietnamese letters on their own. */
  private static final String VNI_MARKS = "âêôùúõûïøëäåüéèàáãÂÊÔÙÚÕÛÏØËÄÅÜÉÈÀÁÃ";
  /** The least share of words a legacy text marks; measured: TCVN3 ≈ 0.6–0.8, VNI ≈ 0.5–0.7, OCR noise < 0.1. */
  static final double LEGACY_SHARE = 0.2;
  /** Below this many marked words a text is too short to tell; it is read, and a human sees the preview. */
  static final int MIN_WORDS = 5;

  private LegacyEncoding() {}

  /** The counts behind the decision, for tests and for the docs' figures. */
  record Measure(int words, int legacyWords, int unicodeWords) {

    double share() {
      return words == 0 ? 0 : (double) legacyWords / words;
    }

    boolean legacy() {
      return legacyWords >= MIN_WORDS && share() >= LEGACY_SHARE && legacyWords > unicodeWords;
    }
  }

  static boolean looksLegacy(String text) {
    return measure(text).legacy();
  }

  static Measure measure(String text) {
    int words = 0;
    int legacy = 0;
    int unicode = 0;
    for (String word : text.split("[\\s|]+")) {
      if (!hasLetter(word)) {
        continue; // "¢", "§", "|", "1/2026": isolated symbols and numbers are not words
      }
      words++;
      if (legacyWord(word)) {
        legacy++;
      } else if (unicodeVietnamese(word)) {
        unicode++;
      }
    }
    return new Measure(words, legacy, unicode);
  }

  /** A word marked from the inside the way TCVN3 or VNI mark it: "ho¹ch", "C«ng", "®æi", "vaø", "Coâng". */
  static boolean legacyWord(String word) {
    int asciiLetters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        asciiLetters++;
      }
    }
    if (asciiLetters == 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (FOREIGN.indexOf(c) >= 0 && touchesLetter(word, i)) {
        return true;
      }
      if (c >= 128 && Character.isUpperCase(c) && i > 0 && Character.isLowerCase(word.charAt(i - 1))) {
        return true; // TCVN3 draws "ể" as "Ó": "triÓn"; no Unicode word puts a capital after a small letter
      }
      if (i + 1 < word.length() && VNI_MARKS.indexOf(word.charAt(i + 1)) >= 0 && vniPair(c, word.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A vowel followed by a mark in a way Unicode Vietnamese never spells: "a" or "e" followed by any marked vowel
   * ("aâ", "eá", "aø"); "o" followed by a mark other than the tones of "oa"/"oe" ("oâ", "où", but "hoà", "khoé"
   * are words); VNI's "ô" (= ơ) followed by a tone ("ôû").
   */
  private static boolean vniPair(char vowel, char mark) {
    char v = Character.toLowerCase(vowel);
    char m = Character.toLowerCase(mark);
    return switch (v) {
      case 'a', 'e' -> true;
      case 'o' -> "àáãèé".indexOf(m) < 0;
      case 'ô' -> "øùûõï".indexOf(m) >= 0;
      default -> false;
    };
  }

  private static boolean touchesLetter(String word, int i) {
    return i > 0 && Character.isLetter(word.charAt(i - 1)) || i + 1 < word.length() && Character.isLetter(word.charAt(i + 1));
  }

  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Letters only Unicode Vietnamese has: ạ…ỹ, ơ, ư, đ, ă, ĩ, ũ (and capitals). */
  static boolean unicodeVietnamese(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u1EA0' && c <= '\u1EF9' || "ơƠưƯđĐăĂĩĨũŨ".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
