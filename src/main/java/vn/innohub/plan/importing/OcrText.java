package vn.innohub.plan.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Văn bản OCR: text that came from a scan through OCR — diacritics mostly lost ("Ke hoach"), stray symbols
 * (¢ £ § « » ° ™), table cells separated by "|" — cleaned before it is parsed: noise symbols dropped, Latin-1
 * letters no Vietnamese word has folded to their base letter ("nghë" → "nghe"), and "|"-separated table rows turned
 * into the tab-separated rows the table reader understands. Only text that looks like OCR output is touched; clean
 * Unicode Vietnamese never is. Keywords, headings and agencies are then matched on folded text as for any text.
 */
final class OcrText {

  /** Symbols OCR makes of specks, rules and smudges; none belongs in a plan's text. */
  static final String NOISE = "¢£§«»°™©®¤¥¦¬¯±²³´µ¶·¸¹º¼½¾¿¡";
  /** Latin-1 letters that are no Vietnamese letter: OCR's reading of a marked vowel, folded to its base. */
  private static final String FOREIGN_LETTERS = "ÄÅËÎÏÑÖÛÜäåëîïñöûüÿ";
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** The least share of words without any diacritic for a text to be taken as OCR output (clean text: ≈ 0.3). */
  static final double PLAIN_SHARE = 0.85;
  static final int MIN_WORDS = 20;

  private OcrText() {}

  /** A text mostly without diacritics that carries OCR's marks: noise symbols or "|"-separated rows. */
  static boolean looksLikeOcr(List<String> lines) {
    int words = 0;
    int plain = 0;
    int signs = 0;
    for (String line : lines) {
      if (pipes(line) >= 2) {
        signs++;
      }
      for (String word : line.split("[\\s|]+")) {
        boolean letter = false;
        boolean marked = false;
        for (int i = 0; i < word.length(); i++) {
          char c = word.charAt(i);
          if (NOISE.indexOf(c) >= 0) {
            signs++;
          } else if (Character.isLetter(c)) {
            letter = true;
            marked |= c >= 128;
          }
        }
        if (letter) {
          words++;
          plain += marked ? 0 : 1;
        }
      }
    }
    return words >= MIN_WORDS && plain >= PLAIN_SHARE * words && signs > 0;
  }

  /** The lines cleaned of OCR noise, with "|" tables as tab-separated rows; as many lines as given. */
  static List<String> clean(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String cleaned = strip(line);
      // a row that already has tabs keeps its cells; a "|" in it is a stray rule
      out.add(cleaned.indexOf('\t') >= 0 && cleaned.indexOf('|') >= 0 ? strip(cleaned.replace('|', ' ')) : cleaned);
    }
    int i = 0;
    while (i < out.size()) {
      if (pipes(out.get(i)) == 0) {
        i++;
        continue;
      }
      int end = i;
      while (end < out.size() && pipes(out.get(end)) > 0) {
        end++;
      }
      table(out, i, end);
      i = end;
    }
    return out;
  }

  /**
   * A run of lines with "|" is a table when at least two of them split into two or more filled cells (a header and
   * a row); otherwise its "|" are stray rules and become spaces. A table drawn with borders — most of its lines
   * start and end with "|" — loses them; without borders a leading "|" is an empty first cell (a continuation).
   */
  private static void table(List<String> lines, int from, int to) {
    int rows = 0;
    int bordered = 0;
    for (int i = from; i < to; i++) {
      String line = lines.get(i).strip();
      if (filledCells(line) >= 2 && pipes(line) >= 2) {
        rows++;
      }
      if (line.length() > 1 && line.startsWith("|") && line.endsWith("|")) {
        bordered++;
      }
    }
    boolean table = rows >= 2;
    boolean borders = bordered * 2 > to - from;
    for (int i = from; i < to; i++) {
      String line = lines.get(i).strip();
      if (!table) {
        lines.set(i, SPACES.matcher(line.replace('|', ' ')).replaceAll(" ").strip());
        continue;
      }
      if (borders && line.startsWith("|")) {
        line = line.substring(1);
      }
      if (borders && line.endsWith("|")) {
        line = line.substring(0, line.length() - 1);
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\\|", -1)) {
        cells.add(cell.strip());
      }
      lines.set(i, String.join("\t", cells).stripTrailing());
    }
  }

  /** Noise symbols dropped (with the space they leave), foreign Latin-1 letters folded, spaces collapsed. */
  static String strip(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (NOISE.indexOf(c) >= 0) {
        continue;
      }
      if (FOREIGN_LETTERS.indexOf(c) >= 0) {
        b.append(MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll(""));
      } else {
        b.append(c);
      }
    }
    String[] cells = b.toString().split("\t", -1);
    String[] original = line.split("\t", -1);
    for (int c = 0; c < cells.length; c++) {
      // a symbol dropped at the start leaves no space behind: "« So" → "So"; the cell's own indent stays
      String indent = c < original.length ? original[c].substring(0, original[c].length() - original[c].stripLeading().length()) : "";
      cells[c] = indent + SPACES.matcher(cells[c].stripLeading()).replaceAll(" ");
    }
    return String.join("\t", cells).stripTrailing();
  }

  private static int pipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      n += line.charAt(i) == '|' ? 1 : 0;
    }
    return n;
  }

  private static int filledCells(String line) {
    int n = 0;
    for (String cell : line.split("\\|")) {
      n += cell.isBlank() ? 0 : 1;
    }
    return n;
  }
}
