package dev.plancompliance.model.testkit;

/** {@code @ForAll Violation}: {@link PlanArbitraries#violations()}, one known defect against any bundled directive. */
public final class ViolationArbitraryProvider extends ModelArbitraryProvider {
  public ViolationArbitraryProvider() {
    super(Violation.class, PlanArbitraries::violations);
  }
}
