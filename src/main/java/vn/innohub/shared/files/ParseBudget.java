package vn.innohub.shared.files;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the heavy parse of an upload (POI, PDFBox) on a small bounded pool with a time budget per request: the
 * request gets "file too complex" when the budget is spent, the worker stops at its next deadline check (every read
 * of an inflated part, every PDF page) and is interrupted; many bombs at once wait in a short queue or are refused
 * as busy, so they cannot take every core.
 */
@Component
public class ParseBudget implements DisposableBean {

  private static final ThreadLocal<Boolean> WORKER = new ThreadLocal<>();

  private final ThreadPoolExecutor pool;

  /**
   * Whether this thread is one of the pool's: a refusal raised here is reported (audited) by the request's thread
   * when {@link #run} rethrows it, where the uploader and the request's transaction are known.
   */
  static boolean onWorker() {
    return WORKER.get() != null;
  }

  @org.springframework.beans.factory.annotation.Autowired
  public ParseBudget(UploadGuards guards) {
    this(guards.parseThreads(), guards.parseQueue());
  }

  ParseBudget(int threads, int queue) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(() -> {
            WORKER.set(Boolean.TRUE);
            r.run();
          }, "upload-parse-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
  }

  /** The parse's result, or its own exception; {@link FileTooComplex} when over the budget or the pool is full. */
  public <T, E extends Exception> T run(ParseGuard.Body<T, E> parse) throws E {
    return run(null, parse);
  }

  /**
   * As {@link #run(ParseGuard.Body)} with a longer budget for one kind of work that is known to take longer (a PDF plan
   * of a hundred pages read by position: see docs/BENCHMARKS.md); never shorter than the configured
   * {@code innohub.uploads.parse-time-budget}, which a null {@code budget} means.
   */
  public <T, E extends Exception> T run(Duration budget, ParseGuard.Body<T, E> parse) throws E {
    Duration configured = UploadLimits.current().parseTimeBudget();
    try {
      return runWithin(budget == null || budget.compareTo(configured) < 0 ? configured : budget, parse);
    } catch (FileTooComplex e) {
      throw e.reported();
    }
  }

  private <T, E extends Exception> T runWithin(Duration budget, ParseGuard.Body<T, E> parse) throws E {
    LocaleContext locale = LocaleContextHolder.getLocaleContext();
    Future<T> future;
    try {
      future = pool.submit(() -> {
        LocaleContextHolder.setLocaleContext(locale);
        try {
          return ParseGuard.within(budget, parse);
        } finally {
          LocaleContextHolder.resetLocaleContext();
        }
      });
    } catch (RejectedExecutionException e) {
      throw new FileTooComplex(FileTooComplex.Limit.BUSY);
    }
    try {
      // the queue wait counts too: a request never waits much longer than its budget
      return future.get(budget.toMillis() + budget.toMillis() / 2, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FileTooComplex(FileTooComplex.Limit.TIME, budget.toMillis() / 1000.0);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FileTooComplex(FileTooComplex.Limit.TIME, budget.toMillis() / 1000.0);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        ParseGuard.rethrowRefusal(err);
        throw err;
      }
      throw ParseBudget.<E>sneaky(cause);
    }
  }

  /** The parse's own checked exception (its declared {@code E}), unwrapped from the executor's. */
  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Throwable cause) throws E {
    throw (E) cause;
  }

  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
