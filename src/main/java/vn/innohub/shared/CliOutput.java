package vn.innohub.shared;

import java.io.PrintStream;

/** Standard output of a command-line run; during the run System.out is pointed at stderr so that logs stay out of the result. */
public final class CliOutput {

  private static volatile PrintStream out = System.out;

  private CliOutput() {}

  public static PrintStream out() {
    return out;
  }

  public static void set(PrintStream stream) {
    out = stream;
  }
}
