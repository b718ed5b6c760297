package dev.plancompliance.bench;

import dev.plancompliance.model.Plan;
import dev.plancompliance.rules.PlanValidator;
import dev.plancompliance.rules.reference.ReferenceChecker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/**
 * Two threads against one, measured in alternation: each round checks the national batch on one thread,
 * then on two, with {@link PlanValidator} and then with the plain-Java reference (the control: how far
 * this machine's two cores scale any CPU-bound work). On a shared machine the speed drifts over minutes,
 * so separate JMH runs of the 1- and 2-thread batch can be minutes and a different load apart; a ratio
 * taken within each round is not. Prints {@code droolsMedianRatio referenceMedianRatio rounds}.
 */
public final class ThreadScaling {
  private static final int WARM_UP_ROUNDS = 3;
  private static final int ROUNDS = 9;

  private ThreadScaling() {}

  public static void main(String[] args) throws Exception {
    LocalDate asOf = ValidationBenchmark.AS_OF;
    PlanValidator validator = PlanValidator.builder().withStandardRules().build();
    ReferenceChecker reference = new ReferenceChecker();
    List<Plan> batch = NationalBatch.plans(NationalBatch.NATIONAL);
    ToIntFunction<Plan> drools = p -> validator.validate(p, asOf).findings().size();
    ToIntFunction<Plan> plain = p -> reference.check(p, asOf).size();
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Double> droolsRatios = new ArrayList<>();
      List<Double> plainRatios = new ArrayList<>();
      for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
        double d = ratio(two, batch, drools);
        double p = ratio(two, batch, plain);
        if (round >= WARM_UP_ROUNDS) {
          droolsRatios.add(d);
          plainRatios.add(p);
        }
      }
      System.out.println(median(droolsRatios) + " " + median(plainRatios) + " " + ROUNDS);
    } finally {
      two.shutdownNow();
    }
  }

  /** Time on one thread over time on two, for one pass of the batch each. */
  private static double ratio(ExecutorService two, List<Plan> batch, ToIntFunction<Plan> check) throws Exception {
    long start = System.nanoTime();
    NationalBatch.onOneThread(batch, check);
    long one = System.nanoTime() - start;
    start = System.nanoTime();
    NationalBatch.onTwoThreads(two, batch, check);
    return (double) one / (System.nanoTime() - start);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
