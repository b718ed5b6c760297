package dev.plancompliance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One validator shared by eight threads gives, plan for plan, the reports one thread gives. */
class ConcurrentValidationTest {
  private static final int PLANS = 10_000;
  private static final int THREADS = 8;
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  @Test
  void oneValidatorSharedByEightThreads_givesTheSingleThreadReportsForTenThousandPlans() throws Exception {
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    List<Plan> plans = IntStream.range(0, PLANS).mapToObj(i -> PlanVariants.variant(i, 8)).toList();

    long start = System.nanoTime();
    List<ValidationReport> expected = new ArrayList<>(PLANS);
    for (Plan p : plans) {
      expected.add(validator.validate(p, AS_OF));
    }
    long single = System.nanoTime() - start;

    AtomicReferenceArray<ValidationReport> got = new AtomicReferenceArray<>(PLANS);
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          go.await();
          // threads take plans from one counter, so neighbouring plans run at the same time on different threads
          for (int i = next.getAndIncrement(); i < PLANS; i = next.getAndIncrement()) {
            try {
              got.set(i, validator.validate(plans.get(i), AS_OF));
            } catch (Throwable e) {
              failures.add("plan " + i + ": " + e);
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> w : workers) {
        w.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long shared = System.nanoTime() - start;

    assertEquals(List.of(), List.copyOf(failures), "no exception in any thread");
    int differ = 0;
    String first = null;
    for (int i = 0; i < PLANS; i++) {
      if (!expected.get(i).equals(got.get(i))) {
        differ++;
        first = first == null ? "plan " + i + ":\n" + expected.get(i).toText() + "\n---\n" + (got.get(i) == null ? "none" : got.get(i).toText()) : first;
      }
    }
    String firstDifference = first;
    assertEquals(0, differ, () -> "reports differ from the single-thread ones; the first: " + firstDifference);
    long findings = expected.stream().mapToLong(r -> r.findings().size()).sum();
    long failed = expected.stream().mapToLong(r -> r.count(Outcome.FAILED)).sum();
    long tasks = plans.stream().mapToLong(p -> p.tasks().size()).sum();
    assertTrue(expected.stream().allMatch(ValidationReport::isComplete));
    assertTrue(expected.stream().map(ValidationReport::findings).distinct().count() > PLANS / 10, "the plans differ");
    System.out.printf("[concurrency] %d threads, %,d plans (%,d tasks), one shared validator: reports equal to one thread's"
            + " (%,d findings, %,d failed outcomes); one thread %d ms, %d threads %d ms%n",
        THREADS, PLANS, tasks, findings, failed, single / 1_000_000, THREADS, shared / 1_000_000);
  }
}
