package dev.plancompliance.bench;

import dev.plancompliance.rules.PlanValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** {@code PlanValidator.build()} with the standard rules, once, in each of several fresh JVMs. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class BuildBenchmark {
  @Benchmark
  public PlanValidator buildStandard() {
    return PlanValidator.builder().withStandardRules().build();
  }
}
