package vn.innohub.shared.files;

import java.time.Duration;

/**
 * The time budget of the parse running on this thread, checked in every loop we own (inflating, reading PDF pages
 * and operators) so that a parse past its budget really stops; and the refusal already raised, so that a library
 * wrapping our exception in its own still ends in the clear "file too complex" message.
 */
public final class ParseGuard {

  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
  private static final ThreadLocal<FileTooComplex> REFUSAL = new ThreadLocal<>();

  private ParseGuard() {}

  /** Runs {@code body} with a deadline {@code budget} from now on this thread (nested calls keep the outer one). */
  public static <T, E extends Exception> T within(Duration budget, Body<T, E> body) throws E {
    boolean outer = DEADLINE.get() == null;
    if (outer) {
      DEADLINE.set(System.nanoTime() + budget.toNanos());
      REFUSAL.remove();
    }
    try {
      return body.run();
    } finally {
      if (outer) {
        DEADLINE.remove();
        REFUSAL.remove();
      }
    }
  }

  /** A piece of parsing work. */
  @FunctionalInterface
  public interface Body<T, E extends Exception> {
    T run() throws E;
  }

  /** Throws the "too complex (time)" refusal when the budget is spent or the parse was cancelled. */
  public static void check() {
    Long deadline = DEADLINE.get();
    if (Thread.currentThread().isInterrupted() || deadline != null && System.nanoTime() - deadline > 0) {
      throw refuse(new FileTooComplex(FileTooComplex.Limit.TIME,
          UploadLimits.current().parseTimeBudget().toMillis() / 1000.0));
    }
  }

  /** Remembers a refusal (within a budget) before throwing it, in case a parser wraps it. */
  static FileTooComplex refuse(FileTooComplex refusal) {
    if (DEADLINE.get() != null && REFUSAL.get() == null) {
      REFUSAL.set(refusal);
    }
    return refusal;
  }

  /**
   * For a parser's catch block: if the failure is (or was caused by) a refusal of ours, throw that refusal instead of
   * the parser's generic "unreadable file"; otherwise return so that the caller reports the file as unreadable.
   */
  public static void rethrowRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FileTooComplex refusal) {
        throw refusal;
      }
    }
    FileTooComplex recorded = REFUSAL.get();
    if (recorded != null) {
      throw recorded;
    }
    if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
      throw new FileTooComplex(FileTooComplex.Limit.STRUCTURE);
    }
  }
}
