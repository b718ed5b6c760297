package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;

/** {@code @ForAll Agency}: {@link PlanArbitraries#agencies()}. */
public final class AgencyArbitraryProvider extends ModelArbitraryProvider {
  public AgencyArbitraryProvider() {
    super(Agency.class, PlanArbitraries::agencies);
  }
}
