package dev.plancompliance.bench;

import dev.plancompliance.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.ToIntFunction;

/**
 * The two ratios of the targets, measured in alternation. Each round checks the national batch with
 * {@code PlanValidator} on one thread, then on two, and then the same with the plain-Java reference (which
 * is also the control for two threads: how far this machine's two cores scale any CPU-bound work). On a
 * shared machine the speed drifts over minutes, so separate JMH runs can be minutes and a different load
 * apart; ratios taken within each round are not. Prints the medians over the rounds:
 * {@code droolsOverPlain droolsTwoThreadSpeedUp plainTwoThreadSpeedUp rounds}.
 */
public final class Interleaved {
  private static final int WARM_UP_ROUNDS = 3;
  private static final int ROUNDS = 9;
  /** The findings counted, kept so that no pass can be optimised away. */
  static volatile long sink;

  private Interleaved() {}

  public static void main(String[] args) throws Exception {
    ValidationBenchmark state = new ValidationBenchmark();
    state.setUp();
    try {
      List<Double> droolsOverPlain = new ArrayList<>();
      List<Double> droolsSpeedUp = new ArrayList<>();
      List<Double> plainSpeedUp = new ArrayList<>();
      for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
        long[] drools = oneAndTwo(state.twoThreads, state.batch, state.drools);
        long[] plain = oneAndTwo(state.twoThreads, state.batch, state.plain);
        if (round >= WARM_UP_ROUNDS) {
          droolsOverPlain.add((double) drools[0] / plain[0]);
          droolsSpeedUp.add((double) drools[0] / drools[1]);
          plainSpeedUp.add((double) plain[0] / plain[1]);
        }
      }
      System.out.println(median(droolsOverPlain) + " " + median(droolsSpeedUp) + " " + median(plainSpeedUp) + " " + ROUNDS);
    } finally {
      state.tearDown();
    }
  }

  /** Nanoseconds for one pass of the batch on one thread, then for one on two. */
  private static long[] oneAndTwo(ExecutorService two, List<Plan> batch, ToIntFunction<Plan> check) throws Exception {
    long start = System.nanoTime();
    sink += NationalBatch.onOneThread(batch, check);
    long one = System.nanoTime() - start;
    start = System.nanoTime();
    sink += NationalBatch.onTwoThreads(two, batch, check);
    return new long[] {one, System.nanoTime() - start};
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
