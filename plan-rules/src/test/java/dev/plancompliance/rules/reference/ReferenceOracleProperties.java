package dev.plancompliance.rules.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.testkit.PlanArbitraries;
import dev.plancompliance.model.testkit.PlanProgress;
import dev.plancompliance.model.testkit.Violation;
import dev.plancompliance.rules.Outcome;
import dev.plancompliance.rules.reference.ReferenceChecker.RuleResult;
import dev.plancompliance.rules.reference.ReferenceChecker.SetResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The differential oracle: for generated plans — arbitrary, compliant and with one known defect, alone or
 * with a progress report — and for generated plan sets, the Drools rules and the plain-Java
 * {@link ReferenceChecker} conclude the same outcome and the same finding paths for every rule of every
 * report.
 */
class ReferenceOracleProperties {
  private static final ReferenceChecker REFERENCE = new ReferenceChecker();

  @Property(tries = 2000)
  void droolsAndReferenceAgree_onArbitraryPlans(@ForAll Plan plan, @ForAll("anyDay") LocalDate asOf) {
    Map<String, RuleResult> reference = assertAgree(plan, asOf);
    reference.forEach((id, result) -> Statistics.label(id).collect(result.outcome()));
    // the agreement means something only if every rule fails often enough, and the data-dependent rules also cannot decide
    for (String id : ReferenceChecker.PLAN_RULE_IDS) {
      if (!id.equals("DL-003")) { // needs a progress report: see the properties below
        Statistics.label(id).coverage(c -> c.check(Outcome.FAILED).percentage(p -> p >= 1.0));
      }
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
  void droolsAndReferenceAgree_onPlansWithOneDefect(@ForAll Violation violation, @ForAll("anyDay") LocalDate asOf) {
    assertAgree(violation.plan(), asOf);
  }

  /** Any plan with a progress report, validated as of the report's date or a day near it (DL-003 in every outcome). */
  @Property(tries = 2000)
  void droolsAndReferenceAgree_onArbitraryPlansWithProgress(@ForAll("anyWithProgress") PlanProgress pp, @ForAll("nearTheReport") int days) {
    Map<String, RuleResult> reference = assertAgree(pp, pp.progress().asOf().plusDays(days));
    Statistics.label("DL-003").collect(reference.get("DL-003").outcome());
    Statistics.label("DL-003").coverage(c -> {
      c.check(Outcome.FAILED).percentage(p -> p >= 10.0);
      c.check(Outcome.PASSED).percentage(p -> p >= 5.0);
      c.check(Outcome.NOT_EVALUABLE).percentage(p -> p >= 5.0);
    });
    Statistics.label("DL-003 findings").collect(reference.get("DL-003").paths().stream().map(p -> p.startsWith("tasks[") ? p.endsWith("]") ? "task instance" : "task" : "reporting duty")
        .distinct().sorted().toList());
    Statistics.label("DL-003 findings").coverage(c -> {
      c.check(List.of("task")).percentage(p -> p >= 1.0);
      c.check(List.of("task instance")).percentage(p -> p >= 1.0);
      c.check(List.of("reporting duty")).percentage(p -> p >= 1.0);
    });
    // runs of earlier instances folded into one finding (more than PlanValidator.LISTED_INSTANCES fell due)
    Statistics.label("DL-003 run").collect(reference.get("DL-003").paths().stream().anyMatch(p -> p.contains("…")));
    Statistics.label("DL-003 run").coverage(c -> c.check(true).count(n -> n > 0)); // about 0.6 % of the tries
  }

  /** Compliant plans with a progress report: mostly everything due is done, so DL-003 often passes. */
  @Property(tries = 1000)
  void droolsAndReferenceAgree_onCompliantPlansWithProgress(@ForAll("compliantWithProgress") PlanProgress pp, @ForAll("nearTheReport") int days) {
    Map<String, RuleResult> reference = assertAgree(pp, pp.progress().asOf().plusDays(days));
    Statistics.label("DL-003").collect(reference.get("DL-003").outcome());
    Statistics.label("DL-003").coverage(c -> {
      c.check(Outcome.FAILED).percentage(p -> p >= 10.0);
      c.check(Outcome.PASSED).percentage(p -> p >= 10.0);
      c.check(Outcome.NOT_EVALUABLE).percentage(p -> p >= 2.0);
    });
  }

  /** Plan sets: every report of the set — parent, each child, cross-plan — agrees, and each cross-plan rule both passes and fails. */
  @Property(tries = 1000)
  void droolsAndReferenceAgree_onPlanSets(@ForAll("sets") PlanSet set, @ForAll("anyDay") LocalDate asOf) {
    SetResult reference = REFERENCE.check(set, asOf);
    assertEquals(List.of(), Reports.differences(Reports.STANDARD.validate(set, asOf), reference));
    reference.crossPlan().forEach((id, result) -> Statistics.label(id).collect(result.outcome()));
    for (String id : ReferenceChecker.CROSS_PLAN_RULE_IDS) {
      Statistics.label(id).coverage(c -> {
        c.check(Outcome.FAILED).percentage(p -> p >= 10.0);
        c.check(Outcome.PASSED).percentage(p -> p >= 10.0);
      });
    }
    Statistics.label("DL-004").coverage(c -> c.check(Outcome.NOT_EVALUABLE).percentage(p -> p >= 2.0));
    Statistics.label("HIE-001 findings").collect(reference.crossPlan().get("HIE-001").paths().stream()
        .map(p -> p.substring(p.indexOf("].") + 2).replaceAll("\\[.*", "")).distinct().sorted().toList());
    Statistics.label("HIE-001 findings").coverage(c -> {
      c.check(List.of("groups")).percentage(p -> p >= 5.0);
      c.check(List.of("parentRefs")).percentage(p -> p >= 5.0);
    });
  }

  static Map<String, RuleResult> assertAgree(Plan plan, LocalDate asOf) {
    Map<String, RuleResult> reference = REFERENCE.check(plan, asOf);
    assertEquals(List.of(), Reports.differences(Reports.results(Reports.STANDARD.validate(plan, asOf)), reference));
    return reference;
  }

  static Map<String, RuleResult> assertAgree(PlanProgress pp, LocalDate asOf) {
    Map<String, RuleResult> reference = REFERENCE.check(pp.plan(), pp.progress(), asOf);
    assertEquals(List.of(), Reports.differences(Reports.results(Reports.STANDARD.validate(pp.plan(), pp.progress(), asOf)), reference));
    return reference;
  }

  @Provide
  Arbitrary<Plan> compliant() {
    return PlanArbitraries.compliantPlans();
  }

  @Provide
  Arbitrary<PlanProgress> anyWithProgress() {
    // the plans' own edge cases (no tasks, no duties) would be a third of the tries; the plan properties above try them
    return PlanArbitraries.withProgress(PlanArbitraries.plans().withoutEdgeCases());
  }

  @Provide
  Arbitrary<PlanProgress> compliantWithProgress() {
    return PlanArbitraries.withProgress(compliant());
  }

  @Provide
  Arbitrary<PlanSet> sets() {
    return PlanArbitraries.planSets();
  }

  /** Days from a progress report's date to the validation date: mostly the same day, often a few weeks either side, now and then years. */
  @Provide
  Arbitrary<Integer> nearTheReport() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)),
        Tuple.of(3, Arbitraries.integers().between(-90, 90)),
        Tuple.of(1, Arbitraries.integers().between(-800, 800)));
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
