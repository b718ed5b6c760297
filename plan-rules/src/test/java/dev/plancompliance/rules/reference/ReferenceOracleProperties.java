package dev.plancompliance.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.testkit.PlanArbitraries;
import dev.plancompliance.model.testkit.Violation;
import dev.plancompliance.rules.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dev.plancompliance.rules.reference.ReferenceChecker.RuleResult;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The differential oracle: for generated plans — arbitrary, compliant and with one known defect — the
 * Drools rules and the plain-Java {@link ReferenceChecker} conclude the same outcome and the same finding
 * paths for every rule of the catalogue.
 */
class ReferenceOracleProperties {
  private static final ReferenceChecker REFERENCE = new ReferenceChecker();
  private static final List<Directive> STANDARD = Directives.standard().all();

  @Property(tries = 2000)
  void droolsAndReferenceAgree_onArbitraryPlans(@ForAll Plan plan, @ForAll("anyDay") LocalDate asOf) {
    Map<String, RuleResult> reference = assertAgree(plan, asOf);
    reference.forEach((id, result) -> Statistics.label(id).collect(result.outcome()));
    // the agreement means something only if every rule fails often enough, and the data-dependent rules also cannot decide
    for (String id : ReferenceChecker.RULE_IDS) {
      Statistics.label(id).coverage(c -> c.check(Outcome.FAILED).percentage(p -> p >= 1.0));
    }
    for (String id : List.of("BUD-001", "BUD-002", "COV-001", "COV-004", "DL-001")) {
      Statistics.label(id).coverage(c -> c.check(Outcome.NOT_EVALUABLE).percentage(p -> p >= 1.0));
    }
  }

  @Property(tries = 1000)
  void droolsAndReferenceAgree_onCompliantPlans(@ForAll("compliant") Plan plan, @ForAll("floorsInForce") LocalDate asOf) {
    assertAgree(plan, asOf);
  }

  @Property(tries = 1000)
  void droolsAndReferenceAgree_onPlansWithOneDefect(@ForAll("violations") Violation violation, @ForAll("anyDay") LocalDate asOf) {
    assertAgree(violation.plan(), asOf);
  }

  static Map<String, RuleResult> assertAgree(Plan plan, LocalDate asOf) {
    Map<String, RuleResult> reference = REFERENCE.check(plan, asOf);
    assertEquals(List.of(), Reports.differences(Reports.results(Reports.STANDARD.validate(plan, asOf)), reference));
    return reference;
  }

  @Provide
  Arbitrary<Plan> compliant() {
    return Arbitraries.oneOf(STANDARD.stream().map(PlanArbitraries::compliantPlans).toList());
  }

  @Provide
  Arbitrary<Violation> violations() {
    return Arbitraries.oneOf(STANDARD.stream().map(PlanArbitraries::violations).toList());
  }

  /** Report dates around the days the floors take effect, and any day from 2025 to 2031. */
  @Provide
  Arbitrary<LocalDate> anyDay() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 9),
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1))),
        Tuple.of(2, Arbitraries.integers().between(0, 7 * 366).map(d -> LocalDate.of(2025, 1, 1).plusDays(d))));
  }

  @Provide
  Arbitrary<LocalDate> floorsInForce() {
    return Arbitraries.integers().between(0, 5 * 366).map(d -> PlanArbitraries.FLOORS_IN_FORCE.plusDays(d));
  }
}
