package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Deadline;

/** {@code @ForAll Deadline}: {@link PlanArbitraries#deadlines()}. */
public final class DeadlineArbitraryProvider extends ModelArbitraryProvider {
  public DeadlineArbitraryProvider() {
    super(Deadline.class, PlanArbitraries::deadlines);
  }
}
