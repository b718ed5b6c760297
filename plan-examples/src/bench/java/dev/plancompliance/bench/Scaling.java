package dev.plancompliance.bench;

import dev.plancompliance.rules.PlanValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;

/**
 * Validates {@code n} generated plans as a stream, holding no report, after a warm-up of 10,000 plans, and
 * prints {@code n elapsedMs peakHeapMb findings liveHeapMb}: the peak of the heap in use during the batch
 * (garbage included), and what is still in use after a full collection at its end.
 * Run in its own JVM (BenchReport starts it with -Xmx512m) so that its peak heap is its own.
 */
public final class Scaling {
  private static final int WARM_UP = 10_000;

  private Scaling() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    // warm up (directives read, code compiled) so that the time per plan compares across batch sizes
    validator.validateAll(NationalBatch.stream(WARM_UP), LocalDate.of(2025, 12, 31)).forEach(r -> { });
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long findings = validator.validateAll(NationalBatch.stream(n), LocalDate.of(2025, 12, 31))
        .mapToLong(r -> r.findings().size())
        .sum();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
    System.gc();
    long live = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getUsage().getUsed())
        .sum();
    System.out.println(n + " " + elapsedMs + " " + peak / (1024 * 1024) + " " + findings + " " + live / (1024 * 1024));
  }
}
