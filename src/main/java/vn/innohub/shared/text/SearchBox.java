package vn.innohub.shared.text;

/**
 * What a search box reads of the text typed into it: at most {@value #MAX_LENGTH} characters, cut at a word boundary.
 * Longer text is no search anyone means, and each word becomes query clauses: 100,000 characters made Lucene refuse
 * the query (more than 1,024 clauses) with a 500.
 */
public final class SearchBox {

  public static final int MAX_LENGTH = 200;

  private SearchBox() {}

  /** The text to search for (null stays null). */
  public static String bounded(String typed) {
    if (typed == null || typed.length() <= MAX_LENGTH) {
      return typed;
    }
    String cut = typed.substring(0, MAX_LENGTH);
    int space = cut.lastIndexOf(' ');
    return space > MAX_LENGTH / 2 ? cut.substring(0, space) : cut;
  }
}
