package vn.innohub.shared;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * A command-line command: 0 when it succeeded, 2 with the reason on standard error when the input or the usage was
 * wrong. Subclasses call {@link #succeeded()} or {@link #fail(String)}.
 */
public abstract class CliCommand implements ApplicationRunner, ExitCodeGenerator {

  private int exitCode;

  protected void succeeded() {
    exitCode = 0;
  }

  protected void fail(String message) {
    System.err.println(message);
    exitCode = 2;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
