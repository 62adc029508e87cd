package vn.innohub.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.innohub.shared.files.FileTooComplex.Limit;

class ParseBudgetTests {

  private final ParseBudget budget = new ParseBudget(1, 1);

  @AfterEach
  void stop() {
    budget.destroy();
    UploadGuards.apply(UploadLimits.DEFAULTS);
  }

  private static void budgetOf(Duration d) {
    UploadLimits x = UploadLimits.DEFAULTS;
    UploadGuards.apply(new UploadLimits(x.maxEntries(), x.maxDeclaredBytes(), x.maxInflatedBytes(), x.maxRatio(),
        x.ratioGraceBytes(), x.maxPdfPages(), x.maxPdfInflatedBytes(), x.maxTextChars(), d));
  }

  @Test
  void aParseThatChecksItsDeadlineStopsAtItAndTheUserIsTold() {
    budgetOf(Duration.ofMillis(100));
    AtomicBoolean stopped = new AtomicBoolean();
    assertThatThrownBy(() -> budget.run(() -> {
      try {
        while (true) {
          ParseGuard.check();
        }
      } catch (FileTooComplex e) {
        stopped.set(true);
        throw e;
      }
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.TIME));
    assertThat(stopped).isTrue();
  }

  @Test
  void aParseStuckOutsideOurChecksIsInterruptedAndTheRequestAnswered() throws Exception {
    budgetOf(Duration.ofMillis(100));
    CountDownLatch interrupted = new CountDownLatch(1);
    assertThatThrownBy(() -> budget.run(() -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return null;
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.TIME));
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void whenEveryParserAndTheQueueAreTakenTheNextUploadIsToldTheServerIsBusy() throws Exception {
    budgetOf(Duration.ofSeconds(30));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    Thread first = new Thread(() -> quietly(() -> {
      running.countDown();
      return release.await(30, TimeUnit.SECONDS);
    }));
    first.start();
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    Thread second = new Thread(() -> quietly(() -> release.await(30, TimeUnit.SECONDS)));
    second.start();
    // the second waits in the one-place queue: wait until it is there
    for (int i = 0; i < 1000 && budget.queued() == 0; i++) {
      Thread.sleep(5);
    }
    assertThatThrownBy(() -> budget.run(() -> "third")).isInstanceOfSatisfying(FileTooComplex.class,
        e -> assertThat(e.limit()).isEqualTo(Limit.BUSY));
    release.countDown();
    first.join();
    second.join();
    assertThat(budget.run(() -> "after")).isEqualTo("after");
  }

  private void quietly(ParseGuard.Body<Boolean, InterruptedException> body) {
    try {
      budget.run(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theParsesOwnRefusalsAndExceptionsComeThrough() {
    assertThatThrownBy(() -> budget.run(() -> {
      throw new java.io.IOException("broken");
    })).isInstanceOf(java.io.IOException.class).hasMessage("broken");
    assertThatThrownBy(() -> budget.run(() -> {
      throw new FileTooComplex(Limit.RATIO, 100);
    })).isInstanceOfSatisfying(FileTooComplex.class, e -> assertThat(e.limit()).isEqualTo(Limit.RATIO));
  }
}
