package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Plan;

/** {@code @ForAll Plan}: {@link PlanArbitraries#plans()}. */
public final class PlanArbitraryProvider extends ModelArbitraryProvider {
  public PlanArbitraryProvider() {
    super(Plan.class, PlanArbitraries::plans);
  }
}
