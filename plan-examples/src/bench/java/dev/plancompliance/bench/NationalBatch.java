package dev.plancompliance.bench;

import dev.plancompliance.examples.ExamplePlans;
import dev.plancompliance.model.DocumentRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * The plans of a national run, made deterministically from the real seed plans: 34 provinces and 3,321
 * communes, about 3,355 plans of ~40 tasks. Each plan is a seed plan with its own symbol, one task left out
 * and one lead changed, so that findings differ from plan to plan as they would in the country.
 */
final class NationalBatch {
  static final int NATIONAL = 3_355;
  private static final List<Plan> BASES = List.of(ExamplePlans.read("ha-tinh-444-kh-ubnd.json"), ExamplePlans.read("ha-noi-2025.json"));

  private NationalBatch() {}

  /** The {@code i}-th plan of a batch. */
  static Plan plan(int i) {
    Random random = new Random(i);
    Plan base = BASES.get(i % BASES.size());
    List<Task> tasks = new ArrayList<>(base.tasks());
    tasks.remove(random.nextInt(tasks.size()));
    int changed = random.nextInt(tasks.size());
    Task t = tasks.get(changed);
    tasks.set(changed, Task.builder().from(t).leads(random.nextBoolean() ? List.of() : List.of("so-tu-phap")).build());
    return Plan.builder().from(base)
        .ref(DocumentRef.builder().from(base.ref()).symbol(i + "/KH-UBND").build())
        .tasks(tasks)
        .build();
  }

  static List<Plan> plans(int n) {
    List<Plan> plans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      plans.add(plan(i));
    }
    return plans;
  }

  /** The sum of {@code check} over {@code plans}, on the calling thread. */
  static int onOneThread(List<Plan> plans, ToIntFunction<Plan> check) {
    int total = 0;
    for (Plan p : plans) {
      total += check.applyAsInt(p);
    }
    return total;
  }

  /** The same sum, each half of {@code plans} checked on a thread of {@code two}. */
  static int onTwoThreads(ExecutorService two, List<Plan> plans, ToIntFunction<Plan> check) throws InterruptedException, ExecutionException {
    int half = plans.size() / 2;
    Future<Integer> first = two.submit(() -> onOneThread(plans.subList(0, half), check));
    Future<Integer> second = two.submit(() -> onOneThread(plans.subList(half, plans.size()), check));
    return first.get() + second.get();
  }

  /** {@code n} plans made one at a time, for batches too large to hold. */
  static Stream<Plan> stream(int n) {
    return Stream.iterate(0, i -> i < n, i -> i + 1).map(NationalBatch::plan);
  }
}
