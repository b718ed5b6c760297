package dev.plancompliance.bench;

import dev.plancompliance.rules.PlanValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.Function;

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
    validator.validateAll(NationalBatch.stream(WARM_UP), ValidationBenchmark.AS_OF).forEach(r -> { });
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long findings = validator.validateAll(NationalBatch.stream(n), ValidationBenchmark.AS_OF)
        .mapToLong(r -> r.findings().size())
        .sum();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    long peak = heapMiB(MemoryPoolMXBean::getPeakUsage);
    System.gc();
    long live = heapMiB(MemoryPoolMXBean::getUsage);
    System.out.println(n + " " + elapsedMs + " " + peak + " " + findings + " " + live);
  }

  /** The heap pools' {@code usage} summed, in MiB. */
  private static long heapMiB(Function<MemoryPoolMXBean, MemoryUsage> usage) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> usage.apply(p).getUsed())
        .sum() / (1024 * 1024);
  }
}
