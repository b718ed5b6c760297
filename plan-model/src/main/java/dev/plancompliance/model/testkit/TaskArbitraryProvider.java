package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Task;

/** {@code @ForAll Task}: {@link PlanArbitraries#tasks()}. */
public final class TaskArbitraryProvider extends ModelArbitraryProvider {
  public TaskArbitraryProvider() {
    super(Task.class, PlanArbitraries::tasks);
  }
}
