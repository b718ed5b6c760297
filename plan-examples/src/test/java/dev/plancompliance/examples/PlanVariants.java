package dev.plancompliance.examples;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.GroupRef;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Valid plans made by varying the four seed plans: some tasks dropped, some duplicated under a new code,
 * leads changed (none, two, another agency, one the registry lacks), deadlines swapped for others (past,
 * future, vague, none), groups renumbered, the monitor dropped. Variant {@code i} is the same on every run
 * (its random choices are seeded with {@code i}).
 */
final class PlanVariants {
  private static final List<Plan> SEEDS = MalformedCorpus.SEEDS.stream().map(MalformedCorpus::seedPlan).toList();

  private static final List<Deadline> DEADLINES = List.of(
      new Deadline.Continuous("Thường xuyên"),
      new Deadline.ByDate("trước ngày 30/6/2025", LocalDate.of(2025, 6, 30), true),
      new Deadline.ByDate("trước ngày 31/12/2026", LocalDate.of(2026, 12, 31), true),
      new Deadline.OnDate("ngày 30/9/2025", LocalDate.of(2025, 9, 30)),
      new Deadline.WithinMonth("trong tháng 9/2025", YearMonth.of(2025, 9)),
      new Deadline.InYear("Năm 2026", 2026),
      new Deadline.InYear("Năm 2025", 2025),
      new Deadline.YearRange("Năm 2025 đến năm 2030", 2025, 2030),
      new Deadline.FromYearOnward("Năm 2025 và các năm tiếp theo", 2025),
      new Deadline.OnEvent("Sau khi Đề án ban hành", Deadline.Relation.AFTER, Deadline.Event.SCHEME_ISSUED),
      new Deadline.Vague("trong thời gian tới"),
      new Deadline.Unspecified(""));

  private PlanVariants() {}

  static List<Plan> seeds() {
    return SEEDS;
  }

  /** Variant {@code i}: a seed plan cut to at most {@code maxTasks} tasks (0: all of them), then varied. */
  static Plan variant(int i, int maxTasks) {
    SplittableRandom r = new SplittableRandom(0x5EED_0000L + i);
    Plan seed = SEEDS.get(i % SEEDS.size());
    List<Task> source = seed.tasks();
    List<String> ids = seed.agencies().stream().map(Agency::id).toList();
    int from = maxTasks <= 0 || source.size() <= maxTasks ? 0 : r.nextInt(source.size() - maxTasks + 1);
    int count = maxTasks <= 0 ? source.size() : Math.min(source.size(), 1 + r.nextInt(maxTasks));
    List<Task> tasks = new ArrayList<>();
    for (Task t : source.subList(from, from + count)) {
      int roll = r.nextInt(100);
      if (roll < 10 && count > 1) {
        continue; // dropped
      }
      Task.Builder b = Task.builder().from(t);
      if (r.nextInt(4) == 0) {
        b.leads(switch (r.nextInt(4)) {
          case 0 -> List.of();
          case 1 -> List.of(ids.get(r.nextInt(ids.size())));
          case 2 -> List.of(ids.get(r.nextInt(ids.size())), ids.get(r.nextInt(ids.size()))).stream().distinct().toList();
          default -> List.of("co-quan-" + r.nextInt(5));
        });
      }
      if (r.nextInt(4) == 0) {
        b.deadline(DEADLINES.get(r.nextInt(DEADLINES.size())));
      }
      if (r.nextInt(10) == 0 && t.group().isPresent()) {
        b.group(GroupRef.of(t.group().get().directive(), 1 + r.nextInt(11)));
      }
      Task varied = b.build();
      tasks.add(varied);
      if (roll >= 92) { // duplicated under a new code
        tasks.add(Task.builder().from(varied).code(varied.code() + "-" + i).build());
      }
    }
    Plan.Builder plan = Plan.builder().from(seed).tasks(tasks);
    if (r.nextInt(10) == 0) {
      plan.monitor(Optional.empty());
    }
    return plan.build();
  }
}
