package vn.innohub;

import java.util.concurrent.ThreadLocalRandom;

/** Random words of letters only, so that a test's data cannot collide with another test's in a shared database. */
public final class RandomWords {

  private RandomWords() {}

  /** Exactly {@code n} random lower-case ASCII letters. */
  public static String letters(int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }
}
