package dev.plancompliance.model.testkit;

import dev.plancompliance.model.Agency;
import dev.plancompliance.model.BudgetYear;
import dev.plancompliance.model.Deadline;
import dev.plancompliance.model.Directive;
import dev.plancompliance.model.Directives;
import dev.plancompliance.model.Plan;
import dev.plancompliance.model.PlanSet;
import dev.plancompliance.model.ProgressReport;
import dev.plancompliance.model.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of plans and their parts, for property-based tests of code that reads, stores or
 * checks plans. Everything is made of the seed plans' own words: real Vietnamese agency names (ids
 * ASCII), verbatim task titles and outputs, and time phrases worded as the seeds word them.
 *
 * <pre>{@code
 * @Property
 * void everyPlanSurvivesMyStore(@ForAll Plan plan) { ... }          // Plan, Task, Deadline, Agency
 *
 * @Property
 * void compliantPlansPass(@ForAll("compliant") Plan plan) { ... }
 *
 * @Provide
 * Arbitrary<Plan> compliant() {
 *   return PlanArbitraries.compliantPlans(Directives.standard().get("66-NQ/TW"));
 * }
 * }</pre>
 *
 * <p>{@code @ForAll Plan}, {@code @ForAll Task}, {@code @ForAll Deadline}, {@code @ForAll Agency} and
 * {@code @ForAll Violation} ({@link #violations()}) work without a {@code @Provide} method: the kit registers its providers in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}. jqwik is an optional dependency of
 * plan-model: a test suite that uses this class adds {@code net.jqwik:jqwik} itself, in test scope.
 *
 * <p>Generated plans shrink part by part: a plan that fails a property shrinks to a few tasks, no
 * duties and no budget years, as far as the failure allows.
 */
public final class PlanArbitraries {
  /**
   * The date from which every spending floor the kit generates is in force. Validate generated plans as of
   * this date or later: before it, the budget rules do not apply and budget violations are not found.
   */
  public static final LocalDate FLOORS_IN_FORCE = LocalDate.of(2025, 7, 9);

  private PlanArbitraries() {}

  /** Agencies of the seed plans: departments, offices, police, collective designations, issuers. */
  public static Arbitrary<Agency> agencies() {
    return Generators.agencies();
  }

  /**
   * Time frames of every {@link Deadline} variant, {@link Deadline.Composite} and {@link Deadline.Unspecified}
   * included; dated ones fall in 2020–2035, on both sides of 66-NQ/TW's 2030 horizon.
   */
  public static Arbitrary<Deadline> deadlines() {
    return Deadlines.any();
  }

  /**
   * Any task: zero, one or several leads, collective designations, agencies a registry may lack, any group
   * (of 66-NQ/TW, 06-CT/TU, or none), any time frame, an output or none.
   */
  public static Arbitrary<Task> tasks() {
    return Generators.tasks();
  }

  /**
   * Well-formed tasks for a group of {@code directive}: one named lead that does not also coordinate, an
   * output, and a time frame that ends by the directive's target year (2030 when it has none). Agency ids
   * are those of a province's registry ({@link #agencies()}).
   */
  public static Arbitrary<Task> tasks(Directive directive) {
    return Generators.tasks(Objects.requireNonNull(directive, "directive"));
  }

  /** One fiscal year's spend in whole VND, its law-drafting share from 0 to 1.2 %, sometimes a zero total. */
  public static Arbitrary<BudgetYear> budgetYears() {
    return Generators.budgetYears();
  }

  /**
   * Any plan the model can represent, compliant or not: every plan level, full and partial scopes,
   * 66-NQ/TW, 06-CT/TU, unknown or no directives, tasks of every shape, optional monitor and duties,
   * budget years and spending floors of every level, one in ten leaving its tasks' specifics to an
   * appendix it lacks ({@link Plan#missingAppendix()}). Every standard rule both passes and fails on them.
   */
  public static Arbitrary<Plan> plans() {
    return Generators.plans();
  }

  /**
   * Plans that implement {@code directive} and that no rule of the standard catalogue faults above INFO,
   * as of {@link #FLOORS_IN_FORCE} or later: a province or centrally-run city plan with every group of
   * the directive covered (one to three tasks each, so COV-004 may report single-task groups as INFO),
   * one named lead per task that is not also a coordinator, every agency in the registry, an output and a
   * time frame ending by the directive's target year for every task, a monitor, a dated order to issue
   * subordinate plans, a six-monthly reporting duty with cut-offs; and, when the plan declares a spending
   * floor (or the directive sets one for the provincial budget), budget years at or above it with a
   * rising share.
   */
  public static Arbitrary<Plan> compliantPlans(Directive directive) {
    return Generators.compliantPlans(Objects.requireNonNull(directive, "directive"), Generators.FloorMode.ANY);
  }

  /** {@link #compliantPlans(Directive)} of any directive of the bundled catalogue ({@link Directives#standard()}). */
  public static Arbitrary<Plan> compliantPlans() {
    return Arbitraries.oneOf(Directives.standard().all().stream().map(PlanArbitraries::compliantPlans).toList());
  }

  /** {@link #violations(Directive)} of any directive of the bundled catalogue ({@link Directives#standard()}). */
  public static Arbitrary<Violation> violations() {
    return Arbitraries.oneOf(Directives.standard().all().stream().map(PlanArbitraries::violations).toList());
  }

  /**
   * Compliant plans of {@code directive} with exactly one known defect each, and the rule that must
   * report it: a group dropped (COV-001), a task without a group (COV-002), a lead removed (ACC-001),
   * duplicated (ACC-002), made collective (ACC-003) or also coordinating (ACC-004), an agency the
   * registry lacks (ACC-005), no monitor (ACC-006), spend one VND under the floor (BUD-001), a flat share
   * (BUD-002), a blank time frame (DL-001), a time frame past the horizon (DL-002, when the directive has
   * one), no reporting duty or no cut-off (REP-001), no or an undated child-plan duty (REP-002), no
   * output (STR-002). Validate as of {@link #FLOORS_IN_FORCE} or later.
   */
  public static Arbitrary<Violation> violations(Directive directive) {
    Map<String, List<Arbitrary<Violation>>> byRule = Defects.violations(Objects.requireNonNull(directive, "directive"));
    return Arbitraries.oneOf(byRule.values().stream().flatMap(List::stream).toList());
  }

  /** The violations of {@link #violations(Directive)} that break rule {@code ruleId}. */
  public static Arbitrary<Violation> violations(Directive directive, String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    Map<String, List<Arbitrary<Violation>>> byRule = Defects.violations(Objects.requireNonNull(directive, "directive"));
    List<Arbitrary<Violation>> kinds = byRule.get(ruleId);
    if (kinds == null) {
      throw new IllegalArgumentException("no violation of " + ruleId + " for " + directive.symbol() + "; known: " + byRule.keySet());
    }
    return Arbitraries.oneOf(kinds);
  }

  /** The rule ids {@link #violations(Directive)} can break for {@code directive}, in catalogue order. */
  public static List<String> violatedRules(Directive directive) {
    return List.copyOf(Defects.violations(Objects.requireNonNull(directive, "directive")).keySet());
  }

  /**
   * Progress reports on {@code plan} (DL-003), as of a day from 1/6/2025 to 31/12/2030: for each time a
   * task or reporting duty falls due by then (a dated window once, a recurring frame per period instance
   * from the plan's issue date) mostly DONE on or before its last day, some done late, in progress, not
   * started or not mentioned, and now and then an entry that completes nothing (a period on a one-off
   * task, none on a recurring one). Entries name the plan's tasks and {@code reportingDuties[i]} only, so
   * {@code PlanValidator.validate(plan, report, asOf)} accepts every report. Reports shrink to fewer
   * departures from "everything due was done".
   */
  public static Arbitrary<ProgressReport> progressReports(Plan plan) {
    return Progress.reports(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * Each plan of {@code plans} with a progress report on it ({@link #progressReports(Plan)}); plan and
   * report are drawn from independent parts, so both shrink.
   */
  public static Arbitrary<PlanProgress> withProgress(Arbitrary<Plan> plans) {
    return Progress.withProgress(Objects.requireNonNull(plans, "plans"));
  }

  /**
   * Small plan sets (HIE-001, HIE-002, DL-004): a parent — mostly a compliant plan of {@code directive},
   * now and then any plan — and one to four illustrative child plans, each answering for a unit the parent
   * names (a commune plan for "UBND cấp xã", a Sở's plan for "các sở, ban, ngành" or for that Sở, a public
   * unit's plan for the public units), with one task per group of the parent's tasks. Defects come mixed
   * in: a child drops a group (which the parent may assign to its unit), does not cite the parent, is
   * issued after the parent's deadline for child plans or gives no issue date; units the parent orders to
   * plan may have no child. A failing set shrinks to one child.
   */
  public static Arbitrary<PlanSet> planSets(Directive directive) {
    Objects.requireNonNull(directive, "directive");
    return Sets.sets(Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Generators.compliantPlans(directive, Generators.FloorMode.ANY)),
        // any plan's own edge cases (no tasks, no duties) would crowd out the sets the cross-plan rules have something to say about
        net.jqwik.api.Tuple.of(1, Generators.plans().withoutEdgeCases())));
  }

  /** {@link #planSets(Directive)} for every directive of the standard catalogue. */
  public static Arbitrary<PlanSet> planSets() {
    return Arbitraries.oneOf(Directives.standard().all().stream().map(PlanArbitraries::planSets).toList());
  }
}
