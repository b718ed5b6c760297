package dev.plancompliance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plancompliance.model.Plan;
import dev.plancompliance.model.json.PlanDocuments;
import dev.plancompliance.model.testkit.PlanArbitraries;
import dev.plancompliance.model.testkit.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/** What the standard rules conclude about generated plans: compliant ones pass, each known defect is found, reports are values. */
class ValidationProperties {
  private static final PlanValidator VALIDATOR = PlanValidator.builder().withStandardRules().build();
  private static final int THREADS = 4;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Property(tries = 300)
  void compliantPlans_haveNoFindingAboveInfo(@ForAll("compliant") Plan plan, @ForAll("floorsInForce") LocalDate asOf) {
    ValidationReport report = VALIDATOR.validate(plan, asOf);
    assertTrue(report.isComplete(), () -> report.errors().toString());
    // the only INFO a compliant plan may draw: COV-004, a group covered by a single task, and STR-004, the
    // targets and requests it states beside its tasks
    List<String> unexpected = report.findings().stream()
        .filter(f -> !(f.severity() == Severity.INFO && (f.ruleId().equals("COV-004") || f.ruleId().equals("STR-004"))))
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.path() + ": " + f.messageEn())
        .toList();
    assertEquals(List.of(), unexpected);
    assertTrue(report.isCompliant());
  }

  @Property(tries = 500)
  void eachKnownDefect_isFoundByItsRuleAndNoOtherRuleAboveInfo(@ForAll Violation violation, @ForAll("floorsInForce") LocalDate asOf) {
    ValidationReport report = VALIDATOR.validate(violation.plan(), asOf);
    assertTrue(report.isComplete(), () -> report.errors().toString());
    assertEquals(Outcome.FAILED, report.outcome(violation.ruleId()).orElseThrow().outcome(), violation::toString);
    assertFalse(report.findings(violation.ruleId()).isEmpty(), violation::toString);
    List<String> unrelated = report.findings().stream()
        .filter(f -> !f.ruleId().equals(violation.ruleId()) && f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.path())
        .toList();
    assertEquals(List.of(), unrelated, violation::toString);
  }

  @Property(tries = 300)
  void validation_isDeterministicAndLeavesThePlanAsItWas(@ForAll Plan plan, @ForAll("anyDay") LocalDate asOf) {
    String before = PlanDocuments.write(plan);
    Plan copy = PlanDocuments.read(before, "copy.json");
    ValidationReport first = VALIDATOR.validate(plan, asOf);
    ValidationReport second = VALIDATOR.validate(plan, asOf);
    assertEquals(first, second);
    assertEquals(first.toJson(), second.toJson());
    assertEquals(first, VALIDATOR.validate(copy, asOf));
    assertEquals(copy, plan);
    assertEquals(before, PlanDocuments.write(plan));
  }

  /** Every plan validated by {@value #THREADS} threads at once gives the report one thread gives. */
  @Property(tries = 40)
  void reportsFromSeveralThreads_equalTheSingleThreadReports(@ForAll @Size(min = 1, max = 6) List<Plan> plans, @ForAll("anyDay") LocalDate asOf)
      throws Exception {
    List<ValidationReport> single = VALIDATOR.validateAll(plans, asOf);
    List<Future<ValidationReport>> futures = new ArrayList<>();
    for (int round = 0; round < THREADS; round++) {
      for (Plan plan : plans) {
        futures.add(POOL.submit(() -> VALIDATOR.validate(plan, asOf)));
      }
    }
    for (int i = 0; i < futures.size(); i++) {
      assertEquals(single.get(i % plans.size()), futures.get(i).get());
    }
  }

  @Provide
  Arbitrary<Plan> compliant() {
    return PlanArbitraries.compliantPlans();
  }

  @Provide
  Arbitrary<LocalDate> floorsInForce() {
    return Arbitraries.integers().between(0, 5 * 366).map(d -> PlanArbitraries.FLOORS_IN_FORCE.plusDays(d));
  }

  @Provide
  Arbitrary<LocalDate> anyDay() {
    return Arbitraries.integers().between(0, 7 * 366).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
  }
}
