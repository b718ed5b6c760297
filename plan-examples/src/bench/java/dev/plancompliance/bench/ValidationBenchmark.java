package dev.plancompliance.bench;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.ValidationReport;
import dev.plancompliance.rules.reference.ReferenceChecker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same checks two ways, on the same plans, in one run: the plain-Java reference checker (the physical
 * limit) and {@link PlanValidator} on Drools — one plan of 41 tasks, and the national batch on one and on
 * two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  PlanValidator validator;
  ReferenceChecker reference;
  Plan single;
  List<Plan> batch;
  ExecutorService twoThreads;
  /** A batch's work per plan, the same on one thread and on two: validate, and count what was found. */
  ToIntFunction<Plan> drools;
  ToIntFunction<Plan> plain;

  @Setup(Level.Trial)
  public void setUp() {
    validator = PlanValidator.builder().withStandardRules().build();
    reference = new ReferenceChecker();
    single = NationalBatch.plan(0);
    batch = NationalBatch.plans(NationalBatch.NATIONAL);
    twoThreads = Executors.newFixedThreadPool(2);
    drools = p -> validator.validate(p, AS_OF).findings().size();
    plain = p -> reference.check(p, AS_OF).size();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    twoThreads.shutdownNow();
  }

  @Benchmark
  public Map<String, ReferenceChecker.RuleResult> referenceSingle() {
    return reference.check(single, AS_OF);
  }

  @Benchmark
  public int referenceBatch() {
    return NationalBatch.onOneThread(batch, plain);
  }

  @Benchmark
  public ValidationReport droolsSingle() {
    return validator.validate(single, AS_OF);
  }

  @Benchmark
  public int droolsBatch() {
    return NationalBatch.onOneThread(batch, drools);
  }

  @Benchmark
  public int droolsBatchTwoThreads() throws Exception {
    return NationalBatch.onTwoThreads(twoThreads, batch, drools);
  }

  /** The control for two threads: how the plain-Java checker scales on this machine's two cores. */
  @Benchmark
  public int referenceBatchTwoThreads() throws Exception {
    return NationalBatch.onTwoThreads(twoThreads, batch, plain);
  }
}
