package vn.innohub.plan.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.innohub.plan.importing.PlanReading;
import vn.innohub.plan.importing.ReadProgress;
import vn.innohub.plan.importing.UnreadableDocument;
import vn.innohub.shared.DomainException;
import vn.innohub.shared.files.FileTooComplex;
import vn.innohub.shared.files.ParseGuard;
import vn.innohub.shared.files.UploadRefused;

/**
 * Background reads of long plan documents for the web import (a 100-page PDF takes seconds, OCR of a scan minutes):
 * a few readers per node with a short queue (past it: "busy, try again"), the progress and the outcome kept in the
 * database so that any node answers the officer's poll. The read runs on the node that received the upload, as the
 * uploader (its audit records name them); nothing of the plan is saved until the preview's commit.
 */
@Service
public class PlanImportJobs implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PlanImportJobs.class);

  /** A read as the officer sees it; {@code status} FAILED with "plan.import.job.lost" for a read whose node went away. */
  public record View(long id, String fileName, PlanImportJob.Status status, int pagesDone, int pagesTotal,
      String messageKey, List<String> messageArgs, Long importId) {

    public boolean running() {
      return status.running();
    }

    /** Pages read in per cent, 0 before the page count is known. */
    public int percent() {
      return pagesTotal <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * pagesDone / pagesTotal));
    }
  }

  private final PlanImportJobRepository jobs;
  private final PlanImports imports;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Duration timeBudget;
  private final Duration staleAfter;
  private final ThreadPoolExecutor readers;

  PlanImportJobs(PlanImportJobRepository jobs, PlanImports imports, PlatformTransactionManager transactions,
      ApplicationEventPublisher events, Clock clock,
      @Value("${innohub.plan-import.job-threads:1}") int threads,
      @Value("${innohub.plan-import.job-queue:4}") int queue,
      @Value("${innohub.plan-import.job-time-budget:PT5M}") Duration timeBudget,
      @Value("${innohub.plan-import.job-stale-after:PT10M}") Duration staleAfter) {
    this.jobs = jobs;
    this.imports = imports;
    this.tx = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
    this.timeBudget = timeBudget;
    this.staleAfter = staleAfter;
    AtomicInteger n = new AtomicInteger();
    this.readers = new ThreadPoolExecutor(Math.max(1, threads), Math.max(1, threads), 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
          Thread t = new Thread(r, "plan-import-read-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    readers.allowCoreThreadTimeOut(true);
  }

  /**
   * Starts reading {@code content} in the background for the signed-in officer; the job's id for the progress page.
   * "plan.import.busy" (409) when every reader is taken and the queue is full — nothing is kept of the file then.
   */
  public long start(String name, byte[] content, Long replacesPlanId) {
    Authentication auth = signedIn();
    String fileName = name == null || name.isBlank() ? "tai-lieu" : name;
    long id = tx.execute(s -> jobs.save(new PlanImportJob(auth.getName(), fileName, replacesPlanId, clock.instant())).getId());
    try {
      readers.execute(() -> read(id, fileName, content, replacesPlanId, auth));
    } catch (RejectedExecutionException e) {
      finish(id, "plan.import.busy", List.of());
      throw DomainException.conflict("plan.import.busy");
    }
    return id;
  }

  /** The read, for its owner or an administrator; "not found" for anyone else (the id tells them nothing). */
  public View view(long id) {
    Authentication auth = signedIn();
    boolean admin = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    PlanImportJob job = jobs.findById(id).filter(j -> j.visibleTo(auth.getName(), admin))
        .orElseThrow(() -> DomainException.notFound("ImportJob", id));
    if (job.getStatus().running() && job.getUpdatedAt().plus(staleAfter).isBefore(clock.instant())) {
      // the node reading it stopped (restart, crash): say so instead of polling for ever
      return new View(id, job.getFileName(), PlanImportJob.Status.FAILED, job.getPagesDone(), job.getPagesTotal(),
          "plan.import.job.lost", List.of(), null);
    }
    return new View(id, job.getFileName(), job.getStatus(), job.getPagesDone(), job.getPagesTotal(),
        job.getMessageKey(), job.getMessageArgs(), job.getImportId());
  }

  private static Authentication signedIn() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new org.springframework.security.access.AccessDeniedException("sign-in required");
    }
    return auth;
  }

  private void read(long id, String name, byte[] content, Long replacesPlanId, Authentication auth) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> j.reading(clock.instant())));
      Progress progress = new Progress(id);
      vn.innohub.plan.importing.AgencyLookup lookup = imports.lookup();
      PlanReading.Source source = ParseGuard.within(timeBudget,
          () -> PlanReading.source(name, content, progress, lookup));
      tx.executeWithoutResult(s -> {
        long preview = imports.preview(name, source, replacesPlanId, auth.getName());
        jobs.findById(id).orElseThrow().done(preview, clock.instant());
      });
    } catch (UnreadableDocument e) {
      finish(id, e.code(), List.of());
    } catch (FileTooComplex e) {
      events.publishEvent(new UploadRefused(e.limit().name(), e.code()));
      if (e.limit() == FileTooComplex.Limit.TIME) {
        finish(id, "plan.import.job.tooLong", List.of(Long.toString(Math.max(1, timeBudget.toMinutes()))));
      } else {
        finish(id, e.code(), Arrays.stream(e.args()).map(String::valueOf).toList());
      }
    } catch (DomainException e) {
      finish(id, e.code(), Arrays.stream(e.args()).map(String::valueOf).toList());
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      log.warn("Reading plan document {} (job {}) failed", name, id, e);
      finish(id, e instanceof Error ? "upload.tooComplex.structure" : "plan.import.job.failed", List.of());
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void finish(long id, String key, List<String> args) {
    try {
      tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> j.failed(key, args, clock.instant())));
    } catch (RuntimeException e) {
      log.warn("Job {} could not be marked failed ({}); the poll reports it lost after {}", id, key, staleAfter, e);
    }
  }

  /** Writes the pages read at most every 250 ms (and the last page at once): a text layer reads 100 pages a second. */
  private final class Progress implements ReadProgress {
    private final long id;
    private long lastWrite;
    private int lastDone = -1;

    Progress(long id) {
      this.id = id;
    }

    @Override
    public synchronized void pages(int done, int total) {
      long now = System.nanoTime();
      if (done == lastDone || done < total && lastDone >= 0 && now - lastWrite < 250_000_000L) {
        return;
      }
      lastDone = done;
      lastWrite = now;
      Instant at = clock.instant();
      tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> j.pages(done, total, at)));
    }
  }

  /** Reads waiting or running on this node (for the tests and the health of the queue). */
  int busy() {
    return readers.getActiveCount() + readers.getQueue().size();
  }

  @Override
  public void destroy() {
    readers.shutdownNow();
  }
}
